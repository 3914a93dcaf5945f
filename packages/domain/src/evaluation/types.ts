/** The evaluation model of `docs/evaluation.md` (SPEC §2.1), with the additions noted there. */
import type { Attribute } from '../indicator/attribute.ts';

export type { Attribute };
export type Kind =
  | 'growth_rate'
  | 'level_min'
  | 'level_max'
  | 'level_band'
  | 'cumulative_change'
  | 'count'
  | 'linked'
  | 'qualitative';
export const KINDS: readonly Kind[] = [
  'growth_rate',
  'level_min',
  'level_max',
  'level_band',
  'cumulative_change',
  'count',
  'linked',
  'qualitative',
];

export type Status =
  'ACHIEVED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NEARLY_ACHIEVED' | 'NOT_ACHIEVED' | 'NOT_ASSESSABLE';
export const STATUSES: readonly Status[] = [
  'ACHIEVED',
  'ON_TRACK',
  'AT_RISK',
  'OFF_TRACK',
  'NEARLY_ACHIEVED',
  'NOT_ACHIEVED',
  'NOT_ASSESSABLE',
];

export type Flag =
  | 'PROVISIONAL'
  | 'AHEAD'
  | 'ABOVE_RANGE'
  | 'LOW_CONFIDENCE'
  | 'BASE_SUBSTITUTED'
  | 'NEAR_LIMIT_TOLERANCE'
  | 'LOG_FALLBACK_LINEAR'
  | 'INCOMPLETE_CHAIN'
  | 'INSUFFICIENT_DATA'
  | 'STAGE_MISSING'
  | 'LINKED_UNRESOLVED'
  | 'LINKED_RESOLVED'
  | 'MANUAL'
  // v2 (SPEC §2.7–2.9)
  | 'CURRENT_PRICE_BASIS'
  | 'SLOWING'
  | 'STALE_DATA'
  | 'FINAL_DATA_PENDING'
  | 'TARGET_REVISED';

export type TrendClass =
  'SIGNIFICANT_PROGRESS' | 'MODERATE_PROGRESS' | 'MODERATE_MOVEMENT_AWAY' | 'SIGNIFICANT_MOVEMENT_AWAY';

export type Stage = 'not_started' | 'in_progress' | 'applied' | 'done';

export interface TargetValues {
  readonly lo?: number;
  readonly hi?: number;
  readonly value?: number;
}

export interface IndicatorDef {
  readonly id: string;
  readonly nameZh: string;
  readonly unit: string;
  readonly attribute: Attribute;
  readonly kind: Kind;
  readonly baseYear?: number;
  readonly targetYear?: number;
  readonly target?: TargetValues;
  /** level_min/max: reach = 达到/降至; hold = 控制在/保持 (default: min → reach, max → hold). */
  readonly mode?: 'reach' | 'hold';
  /** level_*: rate (%, per-1000, years) → linear; amount (money, volume) → compound. Default rate. */
  readonly scale?: 'rate' | 'amount';
  /** Only where the value cannot pass it (coverage 100); never for gross ratios (毛入园率). */
  readonly naturalLimit?: number;
  /** Whether a higher value is better; used for trend-only classes. Default: guessed from the name. */
  readonly direction?: 'increase' | 'decrease';
  readonly linked?: {
    readonly sourcePlan: string;
    readonly note: string;
    readonly resolved?: Partial<IndicatorDef>;
  };
  readonly manual?: { readonly status: Status; readonly evidence: string; readonly date: string };
  /** Levels of a growth_rate (or cumulative_change) indicator: current prices unless said otherwise (SPEC §2.7 R1). */
  readonly levelBasis?: 'current' | 'comparable';
  /** Targets of the annual plans (年度计划), checked year by year; they never change the plan-period status (§2.8). */
  readonly annualTargets?: readonly AnnualTarget[];
  /** Revisions of the target (规划调整): the latest with `from` ≤ the evaluation year is in force (§2.9). */
  readonly targetHistory?: readonly TargetRevision[];
}

export interface AnnualTarget extends TargetValues {
  readonly year: number;
}

export interface TargetRevision {
  readonly from: number;
  readonly target: TargetValues;
  readonly note?: string;
}

/** 突破/超过 · 约/左右 · 不到: how the figure was published; it changes no arithmetic (SPEC §2.7 R5). */
export type Qualifier = 'over' | 'about' | 'under';
export const QUALIFIERS: readonly Qualifier[] = ['over', 'about', 'under'];

/**
 * One year of an indicator (SPEC §2.7): the level `value`, the published yearly rate `pct` (growth_rate
 * 比上年增长 %, cumulative_change 比上年下降 %), or both. Several entries for one year are merged field by
 * field, the later one winning (a revision).
 */
export interface Observation {
  readonly year: number;
  readonly value?: number;
  readonly pct?: number;
  readonly qualifier?: Qualifier;
}

/** One year of an annual plan checked against its data (SPEC §2.8). */
export interface AnnualCheck {
  readonly year: number;
  readonly target: number;
  readonly actual: number;
  readonly met: boolean;
  /** The actual growth is a ratio of levels at current prices (no published rate that year). */
  readonly currentPriceBasis: boolean;
}

export interface TrendOnly {
  readonly ratePct: number;
  readonly cls: TrendClass;
}

/** Why a status was given: a code and its numbers; `formatReason` turns it into one sentence. */
export interface Reason {
  readonly code: string;
  readonly params: Readonly<Record<string, number | string>>;
  /** What every reason shares, set after the rule: its one label, the unit, and what the v2 flags add. */
  readonly context?: ReasonContext;
}

/** '' where a part does not apply: one object shape for every indicator (this runs 200,000 times a plan sweep). */
export interface ReasonContext {
  readonly label: string;
  readonly unit: string;
  readonly qualifier: string;
  readonly currentPrices: number;
  readonly basedOn: number | '';
  readonly pendingYear: number | '';
  readonly revisedFrom: number | '';
  readonly revisedLo: number | '';
  readonly revisedHi: number | '';
  readonly revisedValue: number | '';
  readonly revisedNote: string;
}

export interface Assessment {
  readonly status: Status;
  readonly latestYear?: number;
  readonly timeShare?: number;
  readonly taskShare?: number;
  readonly paceRatio?: number;
  readonly projectedValue?: number;
  readonly projectedValueOls?: number;
  readonly projectedMeetsTarget?: boolean;
  readonly requiredRemainingPerYear?: number;
  readonly trendOnly?: TrendOnly;
  /** growth_rate: the latest year's growth (published, else the annualised last stretch of levels). */
  readonly recentPct?: number;
  /** Present whenever the indicator has annual targets (SPEC §2.8). */
  readonly annual?: readonly AnnualCheck[];
  readonly flags: readonly Flag[];
  readonly reason: Reason;
}

export interface EvaluationConstants {
  readonly BASE_YEAR: number;
  readonly TARGET_YEAR: number;
  readonly ON_TRACK_MIN_RATIO_EXPECTED: number;
  readonly ON_TRACK_MIN_RATIO_BINDING: number;
  readonly AT_RISK_MIN_RATIO: number;
  readonly AHEAD_MIN_RATIO: number;
  readonly GROWTH_ON_TRACK_REL_TOL: number;
  readonly GROWTH_ON_TRACK_ABS_TOL_PP: number;
  readonly GROWTH_OFF_TRACK_REL_GAP: number;
  readonly GROWTH_OFF_TRACK_ABS_GAP_PP: number;
  readonly NEAR_LIMIT_TOLERANCE: number;
  readonly EARLY_YEAR_CAP: boolean;
  readonly MILESTONE_MAX_COUNT: number;
  readonly MILESTONE_WARN_TIME_SHARE: number;
  readonly BAND_AT_RISK_FACTOR: number;
  readonly EXACT_TOL_REL: number;
  readonly TREND_SIGNIFICANT_RATE: number;
  readonly MIN_POINTS_FOR_OLS: number;
  readonly PROJECTION_SECONDARY: 'none' | 'ols';
  readonly EPS: number;
}
