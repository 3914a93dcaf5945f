/** The public side: published versions of approved reports, as data (the portal renders it) and as .docx. */
import type { ReportModel } from '@gangmu/reports';
import {
  getEvaluationReportVersion,
  listPublishedEvaluationReports,
  type EvaluationReportsTable,
} from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { renderReportFile, type ExportedReport } from './export-evaluation-report.ts';

export interface PublishedReportHead {
  readonly reportId: string;
  readonly number: number;
  readonly kind: EvaluationReportsTable['kind'];
  readonly year: number;
  readonly publishedAt: string;
}

export interface PublishedReport {
  readonly number: number;
  readonly publishedAt: string;
  readonly content: ReportModel;
}

export interface PublishedReportOptions {
  readonly reportId: string;
  readonly number: number;
}

export async function listPublishedReports(
  ctx: CommandContext,
  opts: { readonly planId: string },
): Promise<PublishedReportHead[]> {
  const rows = await listPublishedEvaluationReports(ctx.db.kysely, opts.planId);
  return rows.flatMap((r) =>
    r.published_at
      ? [{ reportId: r.report_id, number: r.number, kind: r.kind, year: r.year, publishedAt: r.published_at }]
      : [],
  );
}

/** A version the public may see: published, else it does not exist for them. */
export async function readPublishedReport(
  ctx: CommandContext,
  opts: PublishedReportOptions,
): Promise<PublishedReport> {
  const v = await getEvaluationReportVersion(ctx.db.kysely, opts.reportId, opts.number);
  if (!v.published_at)
    throw new CommandError('NOT_FOUND', `version ${opts.number} of report ${opts.reportId} is not published`);
  return { number: v.number, publishedAt: v.published_at, content: JSON.parse(v.content) as ReportModel };
}

export async function exportPublishedReport(
  ctx: CommandContext,
  opts: PublishedReportOptions,
): Promise<ExportedReport> {
  return renderReportFile((await readPublishedReport(ctx, opts)).content, 'docx');
}
