/**
 * A report as a file — the report (.docx), the one-page brief (.docx) or the indicator table (.xlsx) — for the
 * staff (the working copy or a frozen version) and for `gangmu report` (the approved version of a plan's report
 * of that kind and year, else a fresh draft from the data, not stored).
 */
import {
  renderBriefDocx,
  renderIndicatorSheet,
  renderReportDocx,
  type ReportKind,
  type ReportModel,
} from '@gangmu/reports';
import { findEvaluationReport, getEvaluationReport, getEvaluationReportVersion } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { draftReportFromData } from './draft-evaluation-report.ts';
import { REPORT_READERS, requireReportRole } from './report-access.ts';

export type ReportFormat = 'docx' | 'brief' | 'xlsx';
export const REPORT_FORMATS: readonly ReportFormat[] = ['docx', 'brief', 'xlsx'];

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportedReport {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  /** A file name that says what it is: 2023年度监测报告.docx, 中期评估报告-一页纸.docx, 主要指标表.xlsx. */
  readonly fileName: string;
}

const KIND_FILE = {
  annual: (y: number) => `${y}年度监测报告`,
  midterm: () => '中期评估报告',
  final: () => '总结评估报告',
};

/** Renders a report model in one of the formats (pure: no database). */
export async function renderReportFile(report: ReportModel, format: ReportFormat): Promise<ExportedReport> {
  const stem = KIND_FILE[report.kind](report.year);
  switch (format) {
    case 'docx':
      return { bytes: await renderReportDocx(report), contentType: DOCX, fileName: `${stem}.docx` };
    case 'brief':
      return { bytes: await renderBriefDocx(report), contentType: DOCX, fileName: `${stem}-一页纸.docx` };
    case 'xlsx':
      return {
        bytes: await renderIndicatorSheet(report),
        contentType: XLSX,
        fileName: `${stem}-主要指标表.xlsx`,
      };
  }
}

export interface ExportEvaluationReportOptions {
  readonly reportId: string;
  readonly format: ReportFormat;
  /** A frozen version's number; without it, the working copy. */
  readonly version?: number;
}

export async function exportEvaluationReport(
  ctx: CommandContext,
  opts: ExportEvaluationReportOptions,
): Promise<ExportedReport> {
  requireReportRole(ctx, REPORT_READERS, 'export');
  const k = ctx.db.kysely;
  const { content } =
    opts.version === undefined
      ? await getEvaluationReport(k, opts.reportId)
      : await getEvaluationReportVersion(k, opts.reportId, opts.version);
  return renderReportFile(JSON.parse(content) as ReportModel, opts.format);
}

export interface ExportPlanReportOptions {
  readonly planId: string;
  readonly kind: ReportKind;
  readonly year: number;
  readonly format: ReportFormat;
  /** Draft from the current data even when an approved version exists. */
  readonly fresh?: boolean;
}

export interface ExportedPlanReport {
  readonly file: ExportedReport;
  /** The approved version exported, or null when the report was drafted from the current data (not stored). */
  readonly approvedVersion: number | null;
}

/** What `gangmu report` writes: the approved version of this kind and year if there is one, else a fresh draft. */
export async function exportPlanReport(
  ctx: CommandContext,
  opts: ExportPlanReportOptions,
): Promise<ExportedPlanReport> {
  const k = ctx.db.kysely;
  const stored = opts.fresh ? undefined : await findEvaluationReport(k, opts.planId, opts.kind, opts.year);
  if (stored && stored.frozen_version > 0) {
    const v = await getEvaluationReportVersion(k, stored.id, stored.frozen_version);
    return {
      file: await renderReportFile(JSON.parse(v.content) as ReportModel, opts.format),
      approvedVersion: v.number,
    };
  }
  const report = await draftReportFromData(ctx, opts);
  return { file: await renderReportFile(report, opts.format), approvedVersion: null };
}
