/** The evaluation report as the API sends it (docs/reports.md): the types are @gangmu/contract's. */
import type {
  ReportBlockJson,
  ReportContentJson,
  EvaluationReportDetailJson,
  EvaluationReportHeadJson,
  ReportKindJson,
  SourcedValueJson,
  ReportTableRowJson,
} from '@gangmu/contract';

export type SourcedValue = SourcedValueJson;
export type TableRow = ReportTableRowJson;
export type ReportBlock = ReportBlockJson;
export type ReportContent = ReportContentJson;
export type ReportHead = EvaluationReportHeadJson;
export type ReportDetail = EvaluationReportDetailJson;

export const KIND_LABELS: Record<ReportKindJson, [string, string]> = {
  annual: ['年度监测报告', 'Annual monitoring report'],
  midterm: ['中期评估报告', 'Mid-term evaluation'],
  final: ['总结评估报告', 'Final evaluation'],
};
