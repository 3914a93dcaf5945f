/** Request schemas of the report and evidence routes. */
import { Type } from 'typebox';
import { ReportStatus, ReportSubjectType } from '@gangmu/contract';
import { Id, LIMITS, SafeText, strict } from '../../schemas.ts';

export const ReportParams = strict({ reportId: Id });
export const EvidenceParams = strict({ evidenceId: Id });

export const NewReport = strict({
  subjectType: ReportSubjectType,
  subjectId: Id,
  period: Type.String({ pattern: '^\\d{4}(-(Q[1-4]|H[12]|M(0[1-9]|1[0-2])))?$' }),
  percent: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()])),
  doneText: SafeText(LIMITS.textChars, 2),
  problems: Type.Optional(Type.Union([SafeText(LIMITS.textChars), Type.Null()])),
  nextSteps: Type.Optional(Type.Union([SafeText(LIMITS.textChars), Type.Null()])),
});

export const ReportQuery = strict({ status: Type.Optional(ReportStatus) });

export const Review = strict({
  status: Type.Union([Type.Literal('approved'), Type.Literal('returned')]),
  comment: Type.Optional(SafeText(LIMITS.opinionChars)),
});

export const EvidenceQuery = strict({ name: Type.Optional(Type.String({ maxLength: 200 })) });
