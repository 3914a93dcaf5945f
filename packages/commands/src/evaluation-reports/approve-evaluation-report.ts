/** The leader approves a submitted report: its content is frozen as the next numbered version. */
import { approveEvaluationReport as approveStoredReport } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { readEvaluationReport, type EvaluationReportDetail } from './read-evaluation-report.ts';
import { REPORT_APPROVERS, requireReportRole } from './report-access.ts';

export interface ApproveEvaluationReportOptions {
  readonly reportId: string;
  readonly expectedVersion: number;
}

export async function approveEvaluationReport(
  ctx: CommandContext,
  opts: ApproveEvaluationReportOptions,
): Promise<EvaluationReportDetail> {
  requireReportRole(ctx, REPORT_APPROVERS, 'approve');
  await approveStoredReport(ctx.db.kysely, ctx.caller.actor, opts.reportId, opts.expectedVersion);
  return readEvaluationReport(ctx, opts);
}
