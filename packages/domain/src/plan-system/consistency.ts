/**
 * The consistency check of a lower plan against its upper plan (规划衔接): four rules, each a finding with a
 * code, a level, a stable key (the same finding keeps its key, so the warning sweep raises it once) and a
 * sentence in Chinese and English for the warnings list.
 */
import type { IndicatorDef, Kind, TargetValues } from '../evaluation/types.ts';
import type { WarningLevel } from '../supervision/warning-rules.ts';
import { targetInForce } from './target-in-force.ts';

export type ConsistencyCode =
  'WEAKER_THAN_QUOTA' | 'BINDING_WITHOUT_COUNTERPART' | 'TASK_WITHOUT_ITEM' | 'AGGREGATE_SHORT';
export const CONSISTENCY_CODES: readonly ConsistencyCode[] = [
  'WEAKER_THAN_QUOTA',
  'BINDING_WITHOUT_COUNTERPART',
  'TASK_WITHOUT_ITEM',
  'AGGREGATE_SHORT',
];

export interface ConsistencyFinding {
  readonly key: string;
  readonly code: ConsistencyCode;
  readonly level: WarningLevel;
  readonly subjectType: 'indicator' | 'task';
  /** The indicator or task the finding is about (the lower one where there is one, else the upper one). */
  readonly subjectId: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly reason: string;
  readonly reasonEn: string;
}

export interface CheckedIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: string | null;
  readonly def: IndicatorDef;
}

export interface ConsistencyInput {
  /** The lower plan (a district's) and its government's name, for the sentences. */
  readonly lower: {
    readonly planId: string;
    readonly government: string;
    readonly indicators: readonly CheckedIndicator[];
    /** Items (tasks) of the lower plan and the upper tasks each implements. */
    readonly items: readonly { readonly id: string; readonly implements: readonly string[] }[];
  };
  readonly upper: {
    readonly planId: string;
    readonly indicators: readonly CheckedIndicator[];
    /** Upper tasks; only those assigned to the lower governments (分解到区) need a lower item. */
    readonly tasks: readonly {
      readonly id: string;
      readonly title: string;
      readonly assignedDown: boolean;
    }[];
  };
  /** Confirmed links lower indicator → upper indicator. */
  readonly links: readonly { readonly lowerId: string; readonly upperId: string }[];
  /** Quotas assigned to the lower government, by the lower indicator they bind. */
  readonly quotas: readonly {
    readonly lowerId: string;
    readonly target: TargetValues;
    readonly documentNo: string;
  }[];
  /** Targets are compared as in force in this year (SPEC §2.9). */
  readonly year: number;
}

const EPS = 1e-9;

/** Which way a target is "stronger" for a kind: up for growth and minimums, down for maximums; none otherwise. */
function direction(kind: Kind): 'up' | 'down' | null {
  switch (kind) {
    case 'growth_rate':
    case 'level_min':
    case 'count':
    case 'cumulative_change':
    case 'level_band':
      return 'up';
    case 'level_max':
      return 'down';
    default:
      return null;
  }
}

/** The one number a target is compared by: lo of a range, else its value. */
export function headlineValue(t: TargetValues | undefined): number | undefined {
  return t?.lo ?? t?.value ?? t?.hi;
}

function effectiveKind(def: IndicatorDef): Kind {
  if (def.kind === 'linked') return def.linked?.resolved?.kind ?? 'linked';
  return def.kind;
}

/** Rule 1: the lower plan's own target is weaker than the quota assigned to it. */
function weakerThanQuota(input: ConsistencyInput): ConsistencyFinding[] {
  const out: ConsistencyFinding[] = [];
  for (const q of input.quotas) {
    const ind = input.lower.indicators.find((i) => i.id === q.lowerId);
    if (!ind || ind.def.kind === 'linked') continue; // a linked target *is* the quota
    const dir = direction(effectiveKind(ind.def));
    const own = headlineValue(targetInForce(ind.def, input.year).target);
    const quota = headlineValue(q.target);
    if (!dir || own === undefined || quota === undefined) continue;
    const weaker = dir === 'up' ? own < quota - EPS : own > quota + EPS;
    if (!weaker) continue;
    const unit = ind.unit ?? '';
    out.push({
      key: `WEAKER_THAN_QUOTA:${ind.id}:${quota}:${own}`,
      code: 'WEAKER_THAN_QUOTA',
      level: 'red',
      subjectType: 'indicator',
      subjectId: ind.id,
      params: { name: ind.name, own, quota, unit, documentNo: q.documentNo },
      reason: `${input.lower.government}指标“${ind.name}”的目标${own}${unit}弱于上级下达的${quota}${unit}（${q.documentNo}）。`,
      reasonEn: `${input.lower.government}: the target of "${ind.name}" (${own} ${unit}) is weaker than the quota assigned (${quota} ${unit}, ${q.documentNo}).`,
    });
  }
  return out;
}

/** Rule 2: a binding (约束性) upper indicator with no lower counterpart. */
function bindingWithoutCounterpart(input: ConsistencyInput): ConsistencyFinding[] {
  const linked = new Set(input.links.map((l) => l.upperId));
  return input.upper.indicators
    .filter((u) => u.def.attribute === 'binding' && !linked.has(u.id))
    .map((u) => ({
      key: `BINDING_WITHOUT_COUNTERPART:${input.lower.planId}:${u.id}`,
      code: 'BINDING_WITHOUT_COUNTERPART' as const,
      level: 'yellow' as const,
      subjectType: 'indicator' as const,
      subjectId: u.id,
      params: { name: u.name },
      reason: `上级约束性指标“${u.name}”在${input.lower.government}规划中没有对应指标。`,
      reasonEn: `The binding upper indicator "${u.name}" has no counterpart in the plan of ${input.lower.government}.`,
    }));
}

/** Rule 3: an upper task assigned downwards with no lower item implementing it. */
function taskWithoutItem(input: ConsistencyInput): ConsistencyFinding[] {
  const implemented = new Set(input.lower.items.flatMap((i) => i.implements));
  return input.upper.tasks
    .filter((t) => t.assignedDown && !implemented.has(t.id))
    .map((t) => ({
      key: `TASK_WITHOUT_ITEM:${input.lower.planId}:${t.id}`,
      code: 'TASK_WITHOUT_ITEM' as const,
      level: 'yellow' as const,
      subjectType: 'task' as const,
      subjectId: t.id,
      params: { title: t.title },
      reason: `上级分解到区的任务“${t.title}”在${input.lower.government}规划中没有对应条目。`,
      reasonEn: `The upper task "${t.title}", assigned to the districts, has no item in the plan of ${input.lower.government}.`,
    }));
}

/** The findings of one lower plan against its upper plan (rules 1–3; rule 4 needs every district: {@link aggregateShortfall}). */
export function checkConsistency(input: ConsistencyInput): ConsistencyFinding[] {
  return [...weakerThanQuota(input), ...bindingWithoutCounterpart(input), ...taskWithoutItem(input)];
}

const NOT_ADDITIVE_NAME = /人均|率|比重|比例|占比|平均|指数|强度|密度|年限|每千人|每万人|万人拥有/;
const ADDITIVE_UNIT =
  /^(万|亿|万亿)?(元|美元|吨|吨标准煤|人|人次|个|家|所|座|项|套|户|公里|平方米|平方公里|公顷|亩|辆)$/;

/**
 * Whether the districts' values add up to the city's: amounts and counts (亿元, 万人, 个), never rates,
 * shares, per-capita values or intensities — judged by the kind, the unit and the name.
 */
export function isAdditive(ind: {
  readonly name: string;
  readonly unit: string | null;
  readonly def: IndicatorDef;
}): boolean {
  const kind = effectiveKind(ind.def);
  if (kind !== 'level_min' && kind !== 'count') return false;
  if (NOT_ADDITIVE_NAME.test(ind.name)) return false;
  return ADDITIVE_UNIT.test((ind.unit ?? '').replace(/\s+/g, ''));
}

/**
 * Rule 4: the lower governments' targets for an additive upper indicator, summed, fall short of the upper
 * target. Only judged when every lower government has a counterpart (`missing` 0): with one missing, the sum
 * says nothing (rule 2 already reports a binding one).
 */
export function aggregateShortfall(input: {
  readonly upper: CheckedIndicator;
  readonly upperGovernment: string;
  readonly lowerTargets: readonly { readonly government: string; readonly value: number }[];
  readonly missing: number;
  readonly year: number;
}): ConsistencyFinding | null {
  const { upper } = input;
  if (!isAdditive(upper) || input.missing > 0 || input.lowerTargets.length === 0) return null;
  const target = headlineValue(targetInForce(upper.def, input.year).target);
  if (target === undefined) return null;
  const sum = input.lowerTargets.reduce((s, t) => s + t.value, 0);
  if (sum >= target - EPS) return null;
  const unit = upper.unit ?? '';
  const total = Math.round(sum * 1e6) / 1e6;
  return {
    key: `AGGREGATE_SHORT:${upper.id}:${target}:${total}`,
    code: 'AGGREGATE_SHORT',
    level: 'red',
    subjectType: 'indicator',
    subjectId: upper.id,
    params: { name: upper.name, sum: total, target, unit, count: input.lowerTargets.length },
    reason: `${input.upperGovernment}指标“${upper.name}”目标${target}${unit}，下级${input.lowerTargets.length}个地区目标合计${total}${unit}，合计达不到。`,
    reasonEn: `${input.upperGovernment}: the ${input.lowerTargets.length} lower governments' targets for "${upper.name}" add up to ${total} ${unit}, short of the target ${target} ${unit}.`,
  };
}
