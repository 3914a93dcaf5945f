/** Request schemas of the evaluation-report routes (STYLE habit 11); the responses are @gangmu/contract's. */
import { Type } from 'typebox';
import { ReportKindJson } from '@gangmu/contract';
import { Id, LIMITS, SafeText, strict, Year } from '../../schemas.ts';

export const Kind = ReportKindJson;
export const ReportParams = strict({ reportId: Id });
export const PlanParams = strict({ planId: Id });
export const DraftBody = strict({ kind: Kind, year: Year });
/** Block ids are made by the drafter: letters, digits, dashes and the unit names some suggestions carry. */
export const BlockParams = strict({ reportId: Id, blockId: Type.String({ minLength: 1, maxLength: 200 }) });
export const EditBody = strict({ text: SafeText(LIMITS.textChars, 1) });
export const CommentBody = strict({
  blockId: Type.Optional(Type.String({ maxLength: 200 })),
  body: SafeText(2000, 1),
});
export const ReturnBody = strict({ comment: SafeText(2000, 1) });
const VersionNumber = Type.String({ pattern: '^[1-9]\\d{0,5}$' });
export const ExportQuery = strict({
  format: Type.Optional(Type.Union([Type.Literal('docx'), Type.Literal('brief'), Type.Literal('xlsx')])),
  version: Type.Optional(VersionNumber),
});
export const PublishedParams = strict({ reportId: Id, number: VersionNumber });
