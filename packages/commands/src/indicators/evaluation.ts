/**
 * An indicator's evaluation as the API and the open data present it, and a plan's with its summary sentence and
 * counts (docs/evaluation.md). Pure: the commands give it a copy of the plan, the yearly values and the year.
 */
import {
  breakdownPlan,
  evaluateIndicator,
  evaluationYear,
  presentAssessment,
  presentSummary,
  shanghaiDate,
  type Assessment,
  type IndicatorDef,
  type Observation,
  type PeriodYears,
  type SummaryInput,
} from '@gangmu/domain';
import type { IndicatorView, PlanView } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

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
  readonly projectedValueOls?: number;
  readonly projectedMeetsTarget: boolean | null;
  readonly requiredRemainingPerYear: number | null;
  readonly recentPct: number | null;
  readonly trendOnly: NonNullable<Assessment['trendOnly']> | null;
  readonly annual?: Assessment['annual'];
  /** The reason's code (absent when the definition or the data is invalid). */
  readonly reasonCode?: string;
  readonly reason: string;
  readonly reasonEn: string;
}

export interface PlanEvaluation {
  readonly planId: string;
  readonly asOfYear: number;
  readonly summary: ReturnType<typeof presentSummary>;
  readonly breakdown: ReturnType<typeof breakdownPlan>;
  readonly indicators: readonly IndicatorEvaluation[];
}

/** The year an evaluation is as of: the asked year, else the domain's evaluation-year at today's Shanghai date. */
export const evaluationYearOf = (
  ctx: Pick<CommandContext, 'now'>,
  period: PeriodYears,
  requested: number | undefined,
): number =>
  evaluationYear({ requested: requested ?? null, today: shanghaiDate(ctx.now().getTime()), period });

export function indicatorEvaluation(
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

export function planEvaluation(
  plan: PlanView,
  observations: ReadonlyMap<string, readonly Observation[]>,
  year: number,
): PlanEvaluation {
  const indicators = plan.indicators.map((ind) =>
    indicatorEvaluation(ind, observations.get(ind.id) ?? [], year),
  );
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
