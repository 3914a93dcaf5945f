export * from './types.ts';
export { DEFAULT_CONSTANTS } from './constants.ts';
export { evaluateIndicator, validateIndicator } from './evaluate-indicator.ts';
export type { EvaluateOptions, EvaluationResult, InputProblem } from './evaluate-indicator.ts';
export { formatReason, STATUS_LABELS, REASON_CODES } from './reasons.ts';
export type { Locale } from './reasons.ts';
export { summarizePlan, formatSummary } from './summary.ts';
export type { PlanSummary, SummaryInput } from './summary.ts';
export { presentAssessment, type PresentedAssessment } from './present.ts';
