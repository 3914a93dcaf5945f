/**
 * Evaluates a plan's indicators as of a year and presents them with the plan summary. Results are cached
 * by plan, data stamp and year: any write to the plan bumps its stamp (storage/write.ts), so a cached
 * answer is never stale, also across several app servers sharing one database.
 */
import {
  breakdownPlan,
  evaluateIndicator,
  presentAssessment,
  presentSummary,
  type Assessment,
  type IndicatorDef,
  type SummaryInput,
} from '@gangmu/domain';
import type { IndicatorView, PlanView } from '@gangmu/storage';
import type { Observation } from '@gangmu/domain';

export interface IndicatorEvaluation {
  readonly id: string;
  readonly name: string;
  readonly category: string | null;
  readonly unit: string | null;
  readonly attribute: 'expected' | 'binding';
  readonly kind: string;
  readonly target: string | null;
  readonly status: Assessment['status'] | 'INVALID';
  /** The one label of status and flags (SPEC §2.7 R4): the table, the summary and the reason use it alike. */
  readonly label: string;
  readonly labelEn: string;
  readonly flags: readonly string[];
  readonly latestYear: number | null;
  readonly timeShare: number | null;
  readonly taskShare: number | null;
  readonly paceRatio: number | null;
  readonly projectedValue: number | null;
  readonly projectedMeetsTarget: boolean | null;
  readonly requiredRemainingPerYear: number | null;
  readonly recentPct: number | null;
  readonly trendOnly: Assessment['trendOnly'] | null;
  readonly annual?: Assessment['annual'];
  readonly reason: string;
  readonly reasonEn: string;
}

export function evaluateOne(
  ind: IndicatorView,
  observations: readonly Observation[],
  year: number,
): IndicatorEvaluation {
  const def = { ...(ind.definition as unknown as Omit<IndicatorDef, 'id'>), id: ind.id } as IndicatorDef;
  const r = evaluateIndicator(def, observations, { asOfYear: year });
  const base = {
    id: ind.id,
    name: ind.name,
    category: ind.category,
    unit: ind.unit,
    attribute: ind.attribute,
    kind: ind.kind,
    target: ind.target,
  };
  if (!r.ok) {
    const text = r.problems.map((p) => `${p.field} ${p.code}`).join('; ');
    return {
      ...base,
      status: 'INVALID',
      label: '定义或数据有误',
      labelEn: 'invalid definition or data',
      flags: [],
      latestYear: null,
      timeShare: null,
      taskShare: null,
      paceRatio: null,
      projectedValue: null,
      projectedMeetsTarget: null,
      requiredRemainingPerYear: null,
      recentPct: null,
      trendOnly: null,
      reason: `定义或数据有误：${text}`,
      reasonEn: `Invalid definition or data: ${text}`,
    };
  }
  return { ...base, ...presentAssessment(r.assessment) };
}

export function evaluatePlanView(plan: PlanView, observations: Map<string, Observation[]>, year: number) {
  const indicators = plan.indicators.map((ind) => evaluateOne(ind, observations.get(ind.id) ?? [], year));
  // An indicator whose definition cannot be evaluated is counted as not assessable, so the counts add up to N.
  const rows: SummaryInput[] = indicators.map((i) => ({
    attribute: i.attribute,
    chapter: i.category,
    assessment:
      i.status === 'INVALID'
        ? { status: 'NOT_ASSESSABLE', flags: [] }
        : { status: i.status, flags: i.flags as Assessment['flags'] },
  }));
  // The plan's target year decides the summary's form (SPEC §2.7 R3).
  const final = plan.period.end !== null && year >= plan.period.end;
  return {
    planId: plan.id,
    asOfYear: year,
    summary: presentSummary(rows, { final }),
    breakdown: breakdownPlan(rows),
    indicators,
  };
}

/** A small LRU of serialised responses. */
export class EvaluationCache {
  private readonly entries = new Map<string, string>();
  constructor(private readonly max = 500) {}
  get(key: string): string | undefined {
    const v = this.entries.get(key);
    if (v !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, v);
    }
    return v;
  }
  set(key: string, value: string): void {
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}
