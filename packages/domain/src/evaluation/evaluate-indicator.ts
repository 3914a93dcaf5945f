/**
 * Evaluates one indicator as of a given year (SPEC §2). Pure: the evaluation year is an argument, never
 * the clock. Bad input is returned as a list of named problems, never thrown.
 */
import { DEFAULT_CONSTANTS } from './constants.ts';
import { FlagSet, type RuleContext } from './context.ts';
import { evaluateCount } from './rules/count.ts';
import { evaluateCumulativeChange } from './rules/cumulative-change.ts';
import { evaluateGrowthRate, type YearRate } from './rules/growth-rate.ts';
import { evaluateLevel, type YearLevel } from './rules/level.ts';
import { evaluateLevelBand } from './rules/level-band.ts';
import { higherIsBetter, trendOnly } from './rules/trend.ts';
import {
  KINDS,
  STATUSES,
  type Assessment,
  type EvaluationConstants,
  type IndicatorDef,
  type Observation,
  type Stage,
} from './types.ts';

export interface EvaluateOptions {
  readonly asOfYear: number;
  readonly stage?: Stage;
  readonly constants?: Partial<EvaluationConstants>;
}

/** One problem with an indicator's definition or data, named for the person who must fix it. */
export interface InputProblem {
  readonly code:
    | 'UNKNOWN_KIND'
    | 'MISSING_TARGET'
    | 'INVALID_TARGET'
    | 'INVALID_VALUE'
    | 'YEAR_OUTSIDE_PLAN'
    | 'INVALID_YEAR'
    | 'INVALID_STAGE'
    | 'INVALID_MANUAL_STATUS';
  readonly field: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export type EvaluationResult =
  | { readonly ok: true; readonly assessment: Assessment }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const STAGES: readonly Stage[] = ['not_started', 'in_progress', 'applied', 'done'];

/** Checks what the rules rely on; every problem is reported, not just the first. */
export function validateIndicator(
  def: IndicatorDef,
  observations: readonly Observation[],
  stage?: string,
  c: EvaluationConstants = DEFAULT_CONSTANTS,
): InputProblem[] {
  const problems: InputProblem[] = [];
  const kindDef = def.kind === 'linked' && def.linked?.resolved ? { ...def, ...def.linked.resolved } : def;
  if (!KINDS.includes(def.kind) || !KINDS.includes(kindDef.kind)) {
    problems.push({ code: 'UNKNOWN_KIND', field: 'kind', params: { kind: String(kindDef.kind) } });
  }
  const B = def.baseYear ?? c.BASE_YEAR;
  const T = def.targetYear ?? c.TARGET_YEAR;
  if (!Number.isInteger(B) || !Number.isInteger(T) || T <= B) {
    problems.push({
      code: 'INVALID_YEAR',
      field: 'targetYear',
      params: { baseYear: String(B), targetYear: String(T) },
    });
  }
  const t = kindDef.target;
  const needsTarget = !['linked', 'qualitative'].includes(kindDef.kind);
  if (needsTarget) {
    const numbers = t ? [t.lo, t.hi, t.value].filter((v) => v !== undefined && v !== null) : [];
    if (numbers.length === 0)
      problems.push({ code: 'MISSING_TARGET', field: 'target', params: { kind: kindDef.kind } });
    else if (!numbers.every(isNum)) problems.push({ code: 'INVALID_TARGET', field: 'target', params: {} });
    else if (kindDef.kind === 'level_band' && isNum(t?.lo) && isNum(t?.hi) && t.lo > t.hi)
      problems.push({ code: 'INVALID_TARGET', field: 'target', params: { lo: t.lo, hi: t.hi } });
  }
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    const year = (o as { year?: unknown }).year;
    if (!isNum(year) || !Number.isInteger(year)) {
      problems.push({
        code: 'INVALID_YEAR',
        field: `observations[${i}].year`,
        params: { value: String(year) },
      });
    } else if (year < B || year > T) {
      problems.push({
        code: 'YEAR_OUTSIDE_PLAN',
        field: `observations[${i}].year`,
        params: { year, baseYear: B, targetYear: T },
      });
    }
    const isRate = 'pct' in o;
    const value = isRate ? o.pct : (o as { value?: unknown }).value;
    if (!isNum(value)) {
      problems.push({ code: 'INVALID_VALUE', field: `observations[${i}]`, params: { value: String(value) } });
    } else if (isRate && (value <= -100 || (kindDef.kind === 'cumulative_change' && value >= 100))) {
      problems.push({ code: 'INVALID_VALUE', field: `observations[${i}].pct`, params: { value } });
    }
  }
  if (stage !== undefined && !STAGES.includes(stage as Stage)) {
    problems.push({ code: 'INVALID_STAGE', field: 'stage', params: { value: String(stage) } });
  }
  if (def.manual && !STATUSES.includes(def.manual.status)) {
    problems.push({
      code: 'INVALID_MANUAL_STATUS',
      field: 'manual.status',
      params: { value: String(def.manual.status) },
    });
  }
  return problems;
}

/** The latest published figure for each year up to the evaluation year, in year order (revisions win). */
function upTo<T extends { year: number }>(items: readonly T[], asOfYear: number): T[] {
  // Fast path: the usual input is already in strictly increasing years.
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) sorted = items[i]!.year > items[i - 1]!.year;
  if (sorted) {
    let end = items.length;
    while (end > 0 && items[end - 1]!.year > asOfYear) end--;
    return items.slice(0, end);
  }
  const byYear = new Map<number, T>();
  for (const it of items) if (it.year <= asOfYear) byYear.set(it.year, it);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function levelsOf(obs: readonly Observation[], asOfYear: number): YearLevel[] {
  return upTo(
    obs.filter((o): o is { year: number; value: number } => 'value' in o),
    asOfYear,
  );
}

/** Yearly rates after the base year: published `pct`, or derived from consecutive comparable levels. */
function ratesOf(obs: readonly Observation[], asOfYear: number, baseYear: number): YearRate[] {
  const published = upTo(
    obs.filter((o): o is { year: number; pct: number } => 'pct' in o),
    asOfYear,
  ).filter((r) => r.year > baseYear);
  if (published.length > 0) return published;
  const levels = levelsOf(obs, asOfYear);
  const rates: YearRate[] = [];
  for (let i = 1; i < levels.length; i++) {
    const prev = levels[i - 1]!;
    const cur = levels[i]!;
    if (cur.year === prev.year + 1 && prev.value !== 0)
      rates.push({ year: cur.year, pct: (cur.value / prev.value - 1) * 100 });
  }
  return rates;
}

/**
 * Evaluates an indicator against its target as of `asOfYear`.
 *
 * @example
 * evaluateIndicator(
 *   { id: 'gdp', nameZh: '地区生产总值年均增速', unit: '%', attribute: 'expected', kind: 'growth_rate', target: { lo: 7, hi: 7.5 } },
 *   [{ year: 2021, pct: 8 }, { year: 2022, pct: 4.5 }, { year: 2023, pct: 6 }],
 *   { asOfYear: 2023 },
 * ) // { ok: true, assessment: { status: 'AT_RISK', projectedValue: 6.157…, requiredRemainingPerYear: 8.277…, … } }
 */
export function evaluateIndicator(
  def: IndicatorDef,
  observations: readonly Observation[],
  options: EvaluateOptions,
): EvaluationResult {
  // Merged only when overridden: evaluating 200,000 indicators should not copy the constants 200,000 times.
  const c: EvaluationConstants = options.constants
    ? { ...DEFAULT_CONSTANTS, ...options.constants }
    : DEFAULT_CONSTANTS;
  const problems = validateIndicator(def, observations, options.stage, c);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, assessment: assess(def, observations, options, c) };
}

function assess(
  def: IndicatorDef,
  observations: readonly Observation[],
  options: EvaluateOptions,
  c: EvaluationConstants,
): Assessment {
  const flags = new FlagSet();
  let effective = def;
  if (def.kind === 'linked') {
    const resolved = def.linked?.resolved;
    if (!resolved || !resolved.kind || resolved.kind === 'linked') {
      flags.add('LINKED_UNRESOLVED');
      const trend = trendOnly(levelsOf(observations, options.asOfYear), higherIsBetter(def), c);
      const latest = upTo(observations, options.asOfYear).at(-1);
      return {
        status: 'NOT_ASSESSABLE',
        ...(latest ? { latestYear: latest.year } : {}),
        ...(trend ? { trendOnly: trend } : {}),
        flags: flags.list(),
        reason: {
          code: trend ? 'LINKED_UNRESOLVED_TREND' : 'LINKED_UNRESOLVED',
          params: {
            sourcePlan: def.linked?.sourcePlan ?? '',
            ...(trend ? { rate: trend.ratePct, cls: trend.cls } : {}),
          },
        },
      };
    }
    effective = { ...def, ...resolved, linked: def.linked } as IndicatorDef;
    flags.add('LINKED_RESOLVED');
  }
  const B = effective.baseYear ?? c.BASE_YEAR;
  const T = effective.targetYear ?? c.TARGET_YEAR;
  const ctx: RuleContext = {
    attribute: effective.attribute,
    baseYear: B,
    targetYear: T,
    periodYears: T - B,
    asOfYear: options.asOfYear,
    c,
    ...(options.stage ? { stage: options.stage } : {}),
  };
  const t = effective.target ?? {};
  switch (effective.kind) {
    case 'growth_rate': {
      const lo = (t.lo ?? t.value)!;
      return evaluateGrowthRate(
        { lo, ...(t.hi !== undefined ? { hi: t.hi } : {}) },
        ratesOf(observations, options.asOfYear, B),
        ctx,
        flags,
      );
    }
    case 'cumulative_change':
      return evaluateCumulativeChange(
        (t.value ?? t.lo)!,
        ratesOf(observations, options.asOfYear, B),
        ctx,
        flags,
      );
    case 'level_min':
    case 'level_max': {
      const sense = effective.kind === 'level_min' ? 'min' : 'max';
      const value = (t.value ?? (sense === 'min' ? t.lo : t.hi) ?? t.lo ?? t.hi)!;
      const levels = levelsOf(observations, options.asOfYear).filter((l) => l.year >= B);
      return evaluateLevel(
        {
          sense,
          value,
          mode: effective.mode ?? (sense === 'min' ? 'reach' : 'hold'),
          scale: effective.scale ?? 'rate',
          ...(effective.naturalLimit !== undefined ? { naturalLimit: effective.naturalLimit } : {}),
        },
        levels,
        ctx,
        flags,
      );
    }
    case 'level_band': {
      const band =
        t.lo !== undefined && t.hi !== undefined
          ? { lo: t.lo, hi: t.hi }
          : {
              lo: t.value! - c.EXACT_TOL_REL * Math.abs(t.value!),
              hi: t.value! + c.EXACT_TOL_REL * Math.abs(t.value!),
            };
      return evaluateLevelBand(band, levelsOf(observations, options.asOfYear), ctx, flags);
    }
    case 'count': {
      const levels = levelsOf(observations, options.asOfYear);
      const latest =
        levels.at(-1) ??
        (options.stage && options.asOfYear > B ? { year: options.asOfYear, value: 0 } : undefined);
      return evaluateCount((t.value ?? t.lo)!, latest, ctx, flags);
    }
    case 'qualitative':
      return assessQualitative(effective, options.asOfYear >= T, flags);
    case 'linked':
      throw new Error('unreachable: linked resolved to linked');
  }
}

/** SPEC §2.4 G: never computed; a reviewer's verdict with evidence, and at the end only 完成 or 未完成. */
function assessQualitative(def: IndicatorDef, final: boolean, flags: FlagSet): Assessment {
  if (!def.manual) {
    return {
      status: 'NOT_ASSESSABLE',
      flags: flags.list(),
      reason: { code: 'QUALITATIVE_NO_VERDICT', params: {} },
    };
  }
  flags.add('MANUAL');
  const { status, date, evidence } = def.manual;
  const allowed = !final || status === 'ACHIEVED' || status === 'NOT_ACHIEVED';
  return {
    status: allowed ? status : 'NOT_ASSESSABLE',
    flags: flags.list(),
    reason: {
      code: allowed ? 'QUALITATIVE_MANUAL' : 'QUALITATIVE_FINAL_VERDICT_NEEDED',
      params: { status, date, evidence },
    },
  };
}
