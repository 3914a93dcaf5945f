/** Publishes the latest frozen version on the portal (publishing again is a no-op). */
import { publishEvaluationReport as publishStoredReport } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { readEvaluationReport, type EvaluationReportDetail } from './read-evaluation-report.ts';
import { REPORT_PUBLISHERS, requireReportRole } from './report-access.ts';

export async function publishEvaluationReport(
  ctx: CommandContext,
  opts: { readonly reportId: string },
): Promise<EvaluationReportDetail> {
  requireReportRole(ctx, REPORT_PUBLISHERS, 'publish');
  await publishStoredReport(ctx.db.kysely, ctx.caller.actor, opts.reportId);
  return readEvaluationReport(ctx, opts);
}
