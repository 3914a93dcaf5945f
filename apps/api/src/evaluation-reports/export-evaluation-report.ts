/** A report model as a file: the report (.docx), the one-page brief (.docx) or the indicator table (.xlsx). */
import { renderBriefDocx, renderIndicatorSheet, renderReportDocx, type ReportModel } from '@gangmu/reports';

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

export async function exportEvaluationReport(
  report: ReportModel,
  format: ReportFormat,
): Promise<ExportedReport> {
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
