/** A plan's reports (heads), and one report with its content, comments and frozen versions: staff reads. */
import type { ReportModel } from '@gangmu/reports';
import {
  getEvaluationReport,
  listEvaluationReportComments,
  listEvaluationReports,
  listEvaluationReportVersions,
  type EvaluationReportCommentsTable,
  type EvaluationReportsTable,
  type EvaluationReportVersionsTable,
} from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { REPORT_READERS, requireReportRole } from './report-access.ts';

/** A report without its content (lists). */
export type EvaluationReportHead = Omit<EvaluationReportsTable, 'content' | 'created_by'>;

export interface EvaluationReportDetail {
  readonly report: EvaluationReportsTable;
  /** The stored content, parsed. */
  readonly content: ReportModel;
  readonly comments: readonly EvaluationReportCommentsTable[];
  readonly versions: readonly Omit<EvaluationReportVersionsTable, 'content' | 'plan_id'>[];
}

export async function listPlanEvaluationReports(
  ctx: CommandContext,
  opts: { readonly planId: string },
): Promise<EvaluationReportHead[]> {
  requireReportRole(ctx, REPORT_READERS, 'list');
  return listEvaluationReports(ctx.db.kysely, opts.planId);
}

export async function readEvaluationReport(
  ctx: CommandContext,
  opts: { readonly reportId: string },
): Promise<EvaluationReportDetail> {
  requireReportRole(ctx, REPORT_READERS, 'read');
  const k = ctx.db.kysely;
  const [report, comments, versions] = await Promise.all([
    getEvaluationReport(k, opts.reportId),
    listEvaluationReportComments(k, opts.reportId),
    listEvaluationReportVersions(k, opts.reportId),
  ]);
  return { report, content: JSON.parse(report.content) as ReportModel, comments, versions };
}
