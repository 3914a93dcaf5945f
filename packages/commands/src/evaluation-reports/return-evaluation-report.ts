/** The leader returns a submitted report to draft with a comment saying why (one transaction: both or neither). */
import { moveEvaluationReport } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { readEvaluationReport, type EvaluationReportDetail } from './read-evaluation-report.ts';
import { REPORT_APPROVERS, requireReportRole } from './report-access.ts';

export interface ReturnEvaluationReportOptions {
  readonly reportId: string;
  readonly expectedVersion: number;
  readonly comment: string;
}

export async function returnEvaluationReport(
  ctx: CommandContext,
  opts: ReturnEvaluationReportOptions,
): Promise<EvaluationReportDetail> {
  requireReportRole(ctx, REPORT_APPROVERS, 'return');
  await moveEvaluationReport(
    ctx.db.kysely,
    ctx.caller.actor,
    opts.reportId,
    opts.expectedVersion,
    'return',
    opts.comment,
  );
  return readEvaluationReport(ctx, opts);
}
