/** Stored report rows → JSON: explicit fields only (STYLE habit 14); the content parsed back into the report model. */
import type { ReportModel } from '@gangmu/reports';
import type {
  EvaluationReportCommentsTable,
  EvaluationReportsTable,
  EvaluationReportVersionsTable,
} from '@gangmu/storage';

type Head = Omit<EvaluationReportsTable, 'content' | 'created_by'>;

export const presentReportHead = (r: Head) => ({
  id: r.id,
  planId: r.plan_id,
  kind: r.kind,
  year: r.year,
  status: r.status,
  frozenVersion: r.frozen_version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export const presentReport = (r: EvaluationReportsTable) => ({
  ...presentReportHead(r),
  content: JSON.parse(r.content) as ReportModel,
});

export const presentComment = (c: EvaluationReportCommentsTable) => ({
  id: c.id,
  blockId: c.block_id,
  author: c.author_name,
  body: c.body,
  createdAt: c.created_at,
});

export const presentVersion = (v: Omit<EvaluationReportVersionsTable, 'content' | 'plan_id'>) => ({
  id: v.id,
  number: v.number,
  approvedAt: v.approved_at,
  publishedAt: v.published_at,
});
