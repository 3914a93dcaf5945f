/** The plan office submits a draft for its leader's approval (draft → submitted). */
import { moveEvaluationReport } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { readEvaluationReport, type EvaluationReportDetail } from './read-evaluation-report.ts';
import { REPORT_WRITERS, requireReportRole } from './report-access.ts';

export interface SubmitEvaluationReportOptions {
  readonly reportId: string;
  readonly expectedVersion: number;
}

export async function submitEvaluationReport(
  ctx: CommandContext,
  opts: SubmitEvaluationReportOptions,
): Promise<EvaluationReportDetail> {
  requireReportRole(ctx, REPORT_WRITERS, 'submit');
  await moveEvaluationReport(ctx.db.kysely, ctx.caller.actor, opts.reportId, opts.expectedVersion, 'submit');
  return readEvaluationReport(ctx, opts);
}
