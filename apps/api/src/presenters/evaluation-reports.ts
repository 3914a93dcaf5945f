/** Evaluation reports → the contract's shapes: explicit fields only, camelCase; the content is the report model. */
import type { EvaluationReportDetail, EvaluationReportHead } from '@gangmu/commands';
import type {
  EvaluationReportCommentJson,
  ReportContentJson,
  EvaluationReportDetailJson,
  EvaluationReportHeadJson,
  EvaluationReportVersionJson,
} from '@gangmu/contract';
import type { ReportModel } from '@gangmu/reports';

export const presentEvaluationReportHead = (r: EvaluationReportHead): EvaluationReportHeadJson => ({
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

/**
 * The report model as the contract's JSON: the same shape with mutable arrays (TypeBox's types), hence the `as`;
 * `_sameShape` stops compiling if a field of one is missing from the other or typed differently.
 */
export const presentReportContent = (m: ReportModel): ReportContentJson => m as ReportContentJson;
const _sameShape: [ReportContentJson extends ReportModel ? true : never] = [true];

const presentComment = (c: EvaluationReportDetail['comments'][number]): EvaluationReportCommentJson => ({
  id: c.id,
  blockId: c.block_id,
  author: c.author_name,
  body: c.body,
  createdAt: c.created_at,
});

const presentVersion = (v: EvaluationReportDetail['versions'][number]): EvaluationReportVersionJson => ({
  id: v.id,
  number: v.number,
  approvedAt: v.approved_at,
  publishedAt: v.published_at,
});

export const presentEvaluationReportDetail = (d: EvaluationReportDetail): EvaluationReportDetailJson => ({
  ...presentEvaluationReportHead(d.report),
  content: presentReportContent(d.content),
  comments: d.comments.map(presentComment),
  versions: d.versions.map(presentVersion),
});

export { presentComment as presentEvaluationReportComment };
