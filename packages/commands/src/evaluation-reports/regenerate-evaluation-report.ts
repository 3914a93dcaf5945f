/**
 * Regenerates a draft from the current data: tables and untouched text follow the data, edited paragraphs stay
 * (regenerateReport). Only a draft: an approved report is frozen and never regenerated in place.
 */
import { regenerateReport, type ReportModel } from '@gangmu/reports';
import { getEvaluationReport, saveEvaluationReportContent } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { draftReportFromData } from './draft-evaluation-report.ts';
import { readEvaluationReport, type EvaluationReportDetail } from './read-evaluation-report.ts';
import { REPORT_WRITERS, requireDraft, requireReportRole } from './report-access.ts';

export interface RegenerateEvaluationReportOptions {
  readonly reportId: string;
  readonly expectedVersion: number;
}

export async function regenerateEvaluationReport(
  ctx: CommandContext,
  opts: RegenerateEvaluationReportOptions,
): Promise<EvaluationReportDetail> {
  requireReportRole(ctx, REPORT_WRITERS, 'regenerate');
  const row = await getEvaluationReport(ctx.db.kysely, opts.reportId);
  requireDraft(row);
  const fresh = await draftReportFromData(ctx, { planId: row.plan_id, kind: row.kind, year: row.year });
  const merged = JSON.stringify(regenerateReport(JSON.parse(row.content) as ReportModel, fresh));
  await saveEvaluationReportContent(ctx.db.kysely, ctx.caller.actor, row.id, opts.expectedVersion, merged, {
    action: 'evaluation_report.regenerate',
    before: null,
    after: { content: merged },
  });
  return readEvaluationReport(ctx, { reportId: row.id });
}
