/**
 * The shape of an imported plan before an administrator reviews it. Field names follow the gold files
 * (`examples/xihu-2021-2025/plan.gold.json`) so that an import can be scored and exchanged as JSON.
 */
import type { TargetSpec } from '../indicator/target-spec.ts';
import type { IndicatorAttributeZh } from '../indicator/attribute.ts';

export interface PlanPeriod {
  readonly start: number;
  readonly end: number;
  /** The long-range vision year (远景目标), e.g. 2035; null when the plan states none. */
  readonly vision: number | null;
}

export interface PlanPart {
  readonly no: number;
  readonly title: string;
  readonly line?: number;
}

export interface PlanItem {
  readonly no: number;
  readonly title: string;
  /** The item's body: every paragraph up to the next heading of the same or a higher level. */
  readonly text: string;
  readonly line?: number;
}

export interface PlanSection {
  readonly no: number;
  readonly title: string;
  readonly tocPage?: number | null;
  readonly text?: string;
  readonly line?: number;
  readonly items: readonly PlanItem[];
}

export interface PlanChapter {
  readonly no: number;
  readonly title: string;
  /** Number of the part (篇) the chapter belongs to; absent when the plan has no parts. */
  readonly part?: number | null;
  readonly tocPage?: number | null;
  readonly text?: string;
  readonly line?: number;
  readonly sections: readonly PlanSection[];
}

export interface BoxProject {
  readonly no: number;
  /** The text up to the first 。 */
  readonly name: string;
  readonly description: string;
  readonly line?: number;
}

export interface PlanBox {
  readonly no: number;
  readonly title: string;
  readonly chapter: number | null;
  readonly section: number | null;
  readonly line?: number;
  readonly projects: readonly BoxProject[];
}

/** One row of the main-indicator table (主要指标), as printed, plus its parsed target. */
export interface IndicatorRow {
  readonly category: string | null;
  readonly name: string;
  readonly unit: string | null;
  readonly previousPeriod: string | null;
  readonly target: string | null;
  readonly attribute: IndicatorAttributeZh | null;
  readonly targetSpec: TargetSpec;
  /** True when the target came from the average-annual/cumulative column (年均增长〔累计〕). */
  readonly targetIsAnnualOrCumulative?: boolean;
  readonly line?: number;
}

/** A quantified target stated in the prose, e.g. 到2025年…比重达到55%. */
export interface ProseTarget {
  readonly subject: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly year: number | null;
  readonly chapter: number | null;
  readonly section: number | null;
  readonly quote: string;
  readonly line?: number;
}

/** A base-year level stated in the prose, e.g. 2020年地区生产总值达到592.42亿元. */
export interface Baseline {
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly year: number;
  readonly chapter: number | null;
  readonly section: number | null;
  readonly quote: string;
  readonly line?: number;
}

export interface PlanDraft {
  readonly title: string | null;
  readonly issuer: string | null;
  readonly period: PlanPeriod | null;
  readonly baseYear: number | null;
  readonly parts: readonly PlanPart[];
  readonly chapters: readonly PlanChapter[];
  readonly boxes: readonly PlanBox[];
  readonly indicators: readonly IndicatorRow[];
  readonly proseTargets: readonly ProseTarget[];
  readonly baselines: readonly Baseline[];
}
