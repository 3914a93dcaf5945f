import type { EvaluationConstants } from './types.ts';

/** SPEC §2.2 defaults. A plan may override any of them (`evaluateIndicator(…, { constants })`). */
export const DEFAULT_CONSTANTS: EvaluationConstants = Object.freeze({
  BASE_YEAR: 2020,
  TARGET_YEAR: 2025,
  ON_TRACK_MIN_RATIO_EXPECTED: 0.95,
  ON_TRACK_MIN_RATIO_BINDING: 1.0,
  AT_RISK_MIN_RATIO: 0.7,
  AHEAD_MIN_RATIO: 1.1,
  GROWTH_ON_TRACK_REL_TOL: 0.05,
  GROWTH_ON_TRACK_ABS_TOL_PP: 0.2,
  GROWTH_OFF_TRACK_REL_GAP: 0.3,
  GROWTH_OFF_TRACK_ABS_GAP_PP: 1.0,
  NEAR_LIMIT_TOLERANCE: 1.0,
  EARLY_YEAR_CAP: true,
  MILESTONE_MAX_COUNT: 3,
  MILESTONE_WARN_TIME_SHARE: 0.4,
  BAND_AT_RISK_FACTOR: 1.0,
  EXACT_TOL_REL: 0.05,
  TREND_SIGNIFICANT_RATE: 0.01,
  MIN_POINTS_FOR_OLS: 4,
  PROJECTION_SECONDARY: 'none',
  EPS: 1e-9,
});
