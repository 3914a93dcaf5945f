/**
 * @gangmu/reports — the evaluation report: drafted from the data (pure), edited block by block, rendered as
 * .docx in the GB/T 9704-2012 layout, as a one-page leader brief, and the indicator table as .xlsx.
 */
export * from './model/report-input.ts';
export * from './model/report-model.ts';
export {
  draftReport,
  checkReportYear,
  reportTitle,
  type DraftResult,
  type DraftRefusal,
} from './draft/draft-report.ts';
export { editParagraph, regenerateReport, type EditResult } from './draft/regenerate-report.ts';
export { INDICATOR_TABLE_ID } from './draft/indicators.ts';
export { ANNEX_INDICATORS_ID, ANNEX_LEDGER_ID } from './draft/annex.ts';
export { KIND_NAMES, statusLabel } from './labels.zh-CN.ts';
export { renderReportDocx, chineseDate } from './docx/render-report-docx.ts';
export { renderBriefDocx } from './docx/render-brief-docx.ts';
export { renderIndicatorSheet } from './xlsx/render-indicator-sheet.ts';
export { PAGE, FONT } from './docx/gbt9704.ts';
export { reportIndicator, reportSummary, type IndicatorData } from './model/from-evaluation.ts';
