/** Progress reports, their history and evidence as the API shows them: camelCase; no stored file name. */
import type { ReportDetail, ReportState } from '@gangmu/commands';
import type { EvidenceJson, ReportDetailJson, ReportJson } from '@gangmu/contract';
import type { EvidenceTable } from '@gangmu/storage';

/** A report; the review's comment and reviewer only when the reader may see them (absent, not null, otherwise). */
export const presentReport = (r: ReportState): ReportJson => ({
  id: r.id,
  planId: r.plan_id,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  unitId: r.unit_id ?? null,
  period: r.period,
  percent: r.percent,
  doneText: r.done_text,
  problems: r.problems ?? null,
  nextSteps: r.next_steps ?? null,
  status: r.status,
  revision: r.revision,
  submittedBy: r.submitted_by,
  submittedAt: r.submitted_at,
  ...(r.reviewed_by !== undefined ? { reviewedBy: r.reviewed_by } : {}),
  reviewedAt: r.reviewed_at,
  ...(r.review_comment !== undefined ? { reviewComment: r.review_comment } : {}),
  version: r.version,
});

export const presentEvidence = (e: EvidenceTable): EvidenceJson => ({
  id: e.id,
  reportId: e.report_id,
  fileName: e.file_name,
  contentType: e.content_type,
  size: e.size,
  sha256: e.sha256,
  uploadedBy: e.uploaded_by,
  uploadedAt: e.uploaded_at,
});

export const presentReportDetail = (d: ReportDetail): ReportDetailJson => ({
  report: presentReport(d.report),
  history: d.history.map((h) => ({ ...h, state: h.state && presentReport(h.state) })),
  evidence: d.evidence.map(presentEvidence),
});
