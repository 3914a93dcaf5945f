/**
 * Evaluation → report rows: runs the engine on each indicator as of the report year and keeps, beside the status,
 * the figures a report quotes (base value, latest level, latest published rate) with their year and approval.
 * Pure (domain only), so the use case gathering rows from storage, the tests and the benchmark share it.
 */
import {
  evaluateIndicator,
  formatReason,
  summarizePlan,
  formatSummary,
  type Assessment,
  type Attribute,
  type IndicatorDef,
  type Observation,
} from '@gangmu/domain';
import type { Approval, ReportIndicator, ReportSummary, SourcedValue } from './report-input.ts';

export interface IndicatorData {
  readonly id: string;
  readonly category: string | null;
  readonly name: string;
  readonly unit: string | null;
  readonly attribute: Attribute;
  readonly targetText: string | null;
  readonly definition: Omit<IndicatorDef, 'id'>;
  /** Yearly observations up to any year; those after the report year are ignored. */
  readonly observations: readonly {
    readonly year: number;
    readonly value?: number | null;
    readonly pct?: number | null;
    readonly approval: Approval;
  }[];
}

type Obs = IndicatorData['observations'][number];

const sourced = (i: IndicatorData, o: Obs | undefined, measure: 'level' | 'pct'): SourcedValue | null => {
  const value = measure === 'level' ? o?.value : o?.pct;
  if (!o || value === null || value === undefined) return null;
  return {
    value,
    year: o.year,
    unit: measure === 'pct' ? '%' : i.unit,
    approval: o.approval,
    sourceId: i.id,
    measure,
  };
};

/** The engine takes the level and the published rate of a year together (SPEC §2.7: rates win, levels bridge). */
function engineObservations(obs: readonly Obs[]): Observation[] {
  return obs.flatMap((o): Observation[] => {
    const value = o.value ?? undefined;
    const pct = o.pct ?? undefined;
    if (value === undefined && pct === undefined) return [];
    return [
      { year: o.year, ...(value !== undefined ? { value } : {}), ...(pct !== undefined ? { pct } : {}) },
    ];
  });
}

export function reportIndicator(
  i: IndicatorData,
  year: number,
  periodStart: number,
): {
  row: ReportIndicator;
  assessment: Assessment | null;
} {
  const upTo = [...i.observations].filter((o) => o.year <= year).sort((a, b) => a.year - b.year);
  const baseYear = i.definition.baseYear ?? periodStart - 1;
  const levels = upTo.filter((o) => o.value !== null && o.value !== undefined);
  const rates = upTo.filter((o) => o.pct !== null && o.pct !== undefined);
  const def = { ...i.definition, id: i.id } as IndicatorDef;
  const r = evaluateIndicator(def, engineObservations(upTo), { asOfYear: year });
  const a = r.ok ? r.assessment : null;
  const avg = a?.reason.params.avg;
  const row: ReportIndicator = {
    id: i.id,
    category: i.category,
    name: i.name,
    unit: i.unit,
    attribute: i.attribute,
    kind: def.kind,
    targetText: i.targetText,
    base: sourced(
      i,
      levels.find((o) => o.year === baseYear),
      'level',
    ),
    latest: sourced(i, levels.filter((o) => o.year > baseYear).at(-1), 'level'),
    latestPct: sourced(i, rates.at(-1), 'pct'),
    status: a ? a.status : 'INVALID',
    flags: a ? a.flags : [],
    timeShare: a?.timeShare ?? null,
    taskShare: a?.taskShare ?? null,
    paceRatio: a?.paceRatio ?? null,
    averageGrowthPct: def.kind === 'growth_rate' && typeof avg === 'number' ? avg : null,
    reason: a ? formatReasonZh(a) : '指标定义或数据有误，无法评估。',
  };
  return { row, assessment: a };
}

const formatReasonZh = (a: Assessment): string => formatReason(a.reason, 'zh-CN');

/**
 * The plan summary in the counts object of SPEC §2.7 R3, from the engine's own summary: an indicator that could
 * not be evaluated counts as not assessable, so the parts add up to the total.
 */
export function reportSummary(
  rows: readonly ReportIndicator[],
  assessments: readonly (Assessment | null)[],
  final: boolean,
): ReportSummary {
  const counted = rows.map((row, k) => ({
    attribute: row.attribute,
    assessment: assessments[k] ?? { status: 'NOT_ASSESSABLE' as const, flags: [] },
  }));
  const counts = summarizePlan(counted, { final });
  return { ...counts, sentence: formatSummary(counts) };
}
