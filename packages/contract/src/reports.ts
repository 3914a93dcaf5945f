/** Progress reports (报送), their history and evidence files, as the API sends them. */
import { Type, type Static } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ReportStatus = Type.Union([
  Type.Literal('submitted'),
  Type.Literal('returned'),
  Type.Literal('approved'),
]);
export type ReportStatus = Static<typeof ReportStatus>;

export const ReportSubjectType = Type.Union([
  Type.Literal('task'),
  Type.Literal('project'),
  Type.Literal('indicator'),
]);

export const ReportJson = Type.Object({
  id: Type.String(),
  planId: Type.String(),
  subjectType: ReportSubjectType,
  subjectId: Type.String(),
  /** The unit the report is filed for (a task's lead and co-units each file their own). */
  unitId: Nullable(Type.String()),
  /** 2024, 2024-H1, 2024-Q2 or 2024-M06. */
  period: Type.String(),
  percent: Nullable(Type.Number()),
  doneText: Type.String(),
  problems: Nullable(Type.String()),
  nextSteps: Nullable(Type.String()),
  status: ReportStatus,
  revision: Type.Integer(),
  submittedBy: Nullable(Type.String()),
  submittedAt: Type.String(),
  /** Absent when a task's co-unit reads the lead unit's report: the review is addressed to the lead. */
  reviewedBy: Type.Optional(Nullable(Type.String())),
  reviewedAt: Nullable(Type.String()),
  reviewComment: Type.Optional(Nullable(Type.String())),
  version: Type.Integer(),
});
export type ReportJson = Static<typeof ReportJson>;

export const ReportListJson = Type.Object({ reports: Type.Array(ReportJson) });
export type ReportListJson = Static<typeof ReportListJson>;

export const EvidenceJson = Type.Object({
  id: Type.String(),
  reportId: Type.String(),
  /** The name given by the uploader, sanitised. */
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  uploadedBy: Nullable(Type.String()),
  uploadedAt: Type.String(),
});
export type EvidenceJson = Static<typeof EvidenceJson>;

/** One audited step of a report: submit, return, resubmit, approve. */
export const ReportStepJson = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  actor: Type.String(),
  action: Type.String(),
  state: Nullable(ReportJson),
});
export type ReportStepJson = Static<typeof ReportStepJson>;

export const ReportDetailJson = Type.Object({
  report: ReportJson,
  history: Type.Array(ReportStepJson),
  evidence: Type.Array(EvidenceJson),
});
export type ReportDetailJson = Static<typeof ReportDetailJson>;
