/**
 * Regenerates a draft from the current data: tables and untouched text follow the data, edited paragraphs stay
 * (regenerateReport). Only a draft: an approved report is frozen and never regenerated in place.
 */
import { regenerateReport, type ReportModel } from '@gangmu/reports';
import {
  getEvaluationReport,
  saveEvaluationReportContent,
  type EvaluationReportsTable,
} from '@gangmu/storage';
import type { ReportContext } from './context.ts';
import { draftFromData } from './draft-evaluation-report.ts';

export interface RegenerateEvaluationReportOptions {
  readonly reportId: string;
  readonly expectedVersion: number;
}

export async function regenerateEvaluationReport(
  opts: RegenerateEvaluationReportOptions,
  ctx: ReportContext,
): Promise<EvaluationReportsTable> {
  const row = await getEvaluationReport(ctx.db, opts.reportId);
  const fresh = await draftFromData({ planId: row.plan_id, kind: row.kind, year: row.year }, ctx);
  const merged = JSON.stringify(regenerateReport(JSON.parse(row.content) as ReportModel, fresh));
  return saveEvaluationReportContent(ctx.db, ctx.actor, row.id, opts.expectedVersion, merged, {
    action: 'evaluation_report.regenerate',
    before: null,
    after: { content: merged },
  });
}
