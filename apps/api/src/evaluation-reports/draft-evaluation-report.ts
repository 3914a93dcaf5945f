/** Drafts a report from the data and stores it as a new draft; a kind the year does not allow is refused with the reason. */
import { draftReport, type ReportKind, type ReportModel } from '@gangmu/reports';
import { createEvaluationReport, StorageError, type EvaluationReportsTable } from '@gangmu/storage';
import type { ReportContext } from './context.ts';
import { gatherReportInput } from './gather-report-input.ts';

export interface DraftEvaluationReportOptions {
  readonly planId: string;
  readonly kind: ReportKind;
  readonly year: number;
}

/** The report model drafted from the current data, not stored (the CLI's export and regeneration use it too). */
export async function draftFromData(
  opts: DraftEvaluationReportOptions,
  ctx: Omit<ReportContext, 'actor'>,
): Promise<ReportModel> {
  const input = await gatherReportInput(ctx.db, { ...opts, today: ctx.today });
  const result = draftReport(input);
  if (!result.ok)
    throw new StorageError('INVALID', result.message, { reason: result.code, messageEn: result.messageEn });
  return result.report;
}

export async function draftEvaluationReport(
  opts: DraftEvaluationReportOptions,
  ctx: ReportContext,
): Promise<EvaluationReportsTable> {
  const report = await draftFromData(opts, ctx);
  return createEvaluationReport(ctx.db, ctx.actor, { ...opts, content: JSON.stringify(report) });
}
