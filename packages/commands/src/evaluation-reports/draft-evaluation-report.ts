/** Drafts a report from the data and stores it as a new draft; a kind the year does not allow is refused with the reason. */
import { draftReport, type ReportKind, type ReportModel } from '@gangmu/reports';
import { createEvaluationReport } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { gatherReportInput } from './gather-report-input.ts';
import { readEvaluationReport, type EvaluationReportDetail } from './read-evaluation-report.ts';
import { REPORT_WRITERS, requireReportRole } from './report-access.ts';

export interface DraftEvaluationReportOptions {
  readonly planId: string;
  readonly kind: ReportKind;
  readonly year: number;
}

/**
 * The report model drafted from the current data, not stored: what `gangmu report` exports when nothing is
 * approved, and what a regeneration merges with the edited draft.
 */
export async function draftReportFromData(
  ctx: CommandContext,
  opts: DraftEvaluationReportOptions,
): Promise<ReportModel> {
  const result = draftReport(await gatherReportInput(ctx, opts));
  if (!result.ok)
    throw new CommandError(
      'INVALID',
      result.messageEn,
      { reason: result.code },
      { zh: result.message, en: result.messageEn },
    );
  return result.report;
}

export async function draftEvaluationReport(
  ctx: CommandContext,
  opts: DraftEvaluationReportOptions,
): Promise<EvaluationReportDetail> {
  requireReportRole(ctx, REPORT_WRITERS, 'draft');
  const report = await draftReportFromData(ctx, opts);
  const row = await createEvaluationReport(ctx.db.kysely, ctx.caller.actor, {
    ...opts,
    content: JSON.stringify(report),
  });
  return readEvaluationReport(ctx, { reportId: row.id });
}
