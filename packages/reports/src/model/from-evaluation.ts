/**
 * Evaluation → report rows: runs the engine on each indicator as of the report year and keeps, beside the status,
 * the figures a report quotes (base value, latest level, latest published rate) with their year and approval.
 * Pure (domain only), so the use case gathering rows from storage, the tests and the benchmark share it.
 */
import {
  evaluateIndicator,
  formatReason,
  formatSummary,
  summarizePlan,
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

/** The engine takes one measure per observation (SPEC §2.1): levels, and published rates where the kind uses them. */
function engineObservations(kind: string, obs: readonly Obs[]): Observation[] {
  const rates = kind === 'growth_rate' || kind === 'cumulative_change';
  return obs.flatMap((o): Observation[] => {
    if (rates && o.pct !== null && o.pct !== undefined) return [{ year: o.year, pct: o.pct }];
    if (o.value !== null && o.value !== undefined) return [{ year: o.year, value: o.value }];
    return [];
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
  const r = evaluateIndicator(def, engineObservations(def.kind, upTo), { asOfYear: year });
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
 * The plan summary in the counts object of SPEC §2.7 R3. Until the engine's v2 summary is on main this maps the
 * §2.6 counts of `summarizePlan`; in the final year, statuses that are not yet final verdicts are the "pending"
 * ones (尚无终期数据), split into likely (ACHIEVED, ON_TRACK) and unlikely (AT_RISK, OFF_TRACK).
 */
export function reportSummary(
  rows: readonly ReportIndicator[],
  assessments: readonly (Assessment | null)[],
  final: boolean,
): ReportSummary {
  const valid = rows.flatMap((row, k) => {
    const a = assessments[k];
    return a ? [{ attribute: row.attribute, assessment: a }] : [];
  });
  const s = summarizePlan(valid);
  const notAssessable = s.notAssessable + (rows.length - valid.length);
  if (!final) {
    return {
      form: 'midterm',
      total: rows.length,
      achieved: s.achievedEarly,
      ahead: s.fasterThanExpected,
      onTrack: s.asExpected,
      behind: s.lagging,
      behindBinding: s.laggingBinding,
      notAssessable,
      sentence: formatSummary({ ...s, total: rows.length, notAssessable }),
    };
  }
  const isPending = (a: Assessment) =>
    (a.flags as readonly string[]).some((f) => f === 'PROVISIONAL' || f === 'FINAL_DATA_PENDING') ||
    a.status === 'ON_TRACK' ||
    a.status === 'AT_RISK' ||
    a.status === 'OFF_TRACK';
  const pending = valid.filter((v) => isPending(v.assessment));
  const likely = pending.filter(
    (v) => v.assessment.status === 'ACHIEVED' || v.assessment.status === 'ON_TRACK',
  ).length;
  const achieved = s.byStatus.ACHIEVED - pending.filter((v) => v.assessment.status === 'ACHIEVED').length;
  const counts = {
    total: rows.length,
    achieved,
    nearlyAchieved: s.nearlyAchieved,
    notAchieved: s.notAchieved,
    pending: pending.length,
    pendingLikely: likely,
    pendingUnlikely: pending.length - likely,
    notAssessable,
  };
  return { form: 'final', ...counts, sentence: finalSentence(counts) };
}

/** SPEC §2.7 R3's final form; parts that are zero are left out, the total always stated. */
function finalSentence(c: Omit<Extract<ReportSummary, { form: 'final' }>, 'form' | 'sentence'>): string {
  const done = [
    c.achieved ? `${c.achieved}项已完成` : '',
    c.nearlyAchieved ? `${c.nearlyAchieved}项基本完成` : '',
    c.notAchieved ? `${c.notAchieved}项未完成` : '',
  ].filter(Boolean);
  const parts = [done.join('，')];
  if (c.pending)
    parts.push(
      `${c.pending}项尚无终期数据，其中按趋势预计能完成${c.pendingLikely}项、难以完成${c.pendingUnlikely}项`,
    );
  if (c.notAssessable) parts.push(`${c.notAssessable}项暂无法评估`);
  return `${c.total}项主要指标中，${parts.filter(Boolean).join('；')}。`;
}
