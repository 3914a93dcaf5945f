export * from './types.ts';
export { DEFAULT_CONSTANTS } from './constants.ts';
export { evaluateIndicator, validateIndicator } from './evaluate-indicator.ts';
export type { EvaluateOptions, EvaluationResult, InputProblem } from './evaluate-indicator.ts';
export { formatReason, formatValue, withUnit, REASON_CODES } from './reasons.ts';
export { LABELS, STATUS_LABELS, labelKey, statusLabel } from './labels.ts';
export type { LabelKey, Locale } from './labels.ts';
export { summarizePlan, breakdownPlan, formatSummary, presentSummary } from './summary.ts';
export type {
  PlanSummaryCounts,
  MidtermCounts,
  FinalCounts,
  SummaryBreakdown,
  SummaryInput,
  PresentedSummary,
} from './summary.ts';
export { presentAssessment, type PresentedAssessment } from './present.ts';
