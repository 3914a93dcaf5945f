/**
 * Evaluates one indicator as of a given year (SPEC §2, v2 §2.7–2.9). Pure: the evaluation year is an
 * argument, never the clock. Bad input is returned as a list of named problems, never thrown.
 */
import { annualChecks } from './annual.ts';
import { DEFAULT_CONSTANTS } from './constants.ts';
import { FlagSet, type RuleContext } from './context.ts';
import { labelKey } from './labels.ts';
import { revisionInForce } from '../plan-system/target-in-force.ts';
import { evaluateCount } from './rules/count.ts';
import { evaluateCumulativeChange } from './rules/cumulative-change.ts';
import { evaluateGrowthRate } from './rules/growth-rate.ts';
import { evaluateLevel } from './rules/level.ts';
import { evaluateLevelBand } from './rules/level-band.ts';
import { higherIsBetter, trendOnly } from './rules/trend.ts';
import { levelsOf, walkChain, yearTable, type YearTable } from './series.ts';
import type {
  Assessment,
  EvaluationConstants,
  Flag,
  IndicatorDef,
  Observation,
  Stage,
  Status,
  TargetRevision,
} from './types.ts';
import { validateIndicator, type InputProblem } from './validate.ts';

export { validateIndicator, type InputProblem };

export interface EvaluateOptions {
  readonly asOfYear: number;
  readonly stage?: Stage;
  readonly constants?: Partial<EvaluationConstants>;
}

export type EvaluationResult =
  | { readonly ok: true; readonly assessment: Assessment }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

/**
 * Evaluates an indicator against its target as of `asOfYear`.
 *
 * @example
 * evaluateIndicator(
 *   { id: 'gdp', nameZh: '地区生产总值年均增速', unit: '%', attribute: 'expected', kind: 'growth_rate', target: { lo: 7, hi: 7.5 } },
 *   [{ year: 2020, value: 592.42 }, { year: 2021, value: 670.7 }, { year: 2023, value: 750 }],
 *   { asOfYear: 2023 },
 * ) // SPEC E35: ON_TRACK, ā = 8.18 (CURRENT_PRICE_BASIS, ABOVE_RANGE, SLOWING), recentPct 5.75
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

/** The definition the rules evaluate: a resolved link's kind and target, then the target in force. */
function effectiveDefinition(def: IndicatorDef, y: number, flags: FlagSet) {
  let effective = def;
  if (def.kind === 'linked') {
    const resolved = def.linked?.resolved;
    if (!resolved || !resolved.kind || resolved.kind === 'linked') return { effective, unresolved: true };
    effective = { ...def, ...resolved, linked: def.linked } as IndicatorDef;
    flags.add('LINKED_RESOLVED');
  }
  const revision = revisionInForce(def.targetHistory, y);
  if (revision) {
    effective = { ...effective, target: revision.target };
    flags.add('TARGET_REVISED');
  }
  return { effective, unresolved: false, revision };
}

function assess(
  def: IndicatorDef,
  observations: readonly Observation[],
  options: EvaluateOptions,
  c: EvaluationConstants,
): Assessment {
  const flags = new FlagSet();
  const y = options.asOfYear;
  const { effective, unresolved, revision } = effectiveDefinition(def, y, flags);
  const B = effective.baseYear ?? c.BASE_YEAR;
  const T = effective.targetYear ?? c.TARGET_YEAR;
  const table = yearTable(observations, y, B, T);
  if (unresolved) return finish(linkedUnresolved(def, table, flags, c), def, table, { y, T, revision });
  const ctx: RuleContext = {
    attribute: effective.attribute,
    baseYear: B,
    targetYear: T,
    periodYears: T - B,
    asOfYear: y,
    c,
    stage: options.stage,
  };
  let a = runRule(effective, table, ctx, flags, options.stage);
  if (def.annualTargets) {
    const annual = annualChecks(effective.kind, def.annualTargets, table, effective.levelBasis, c.EPS);
    a = { ...a, annual };
  }
  return finish(a, effective, table, { y, T, revision });
}

function linkedUnresolved(def: IndicatorDef, table: YearTable, flags: FlagSet, c: EvaluationConstants) {
  flags.add('LINKED_UNRESOLVED');
  const trend = trendOnly(levelsOf(table), higherIsBetter(def), c);
  return {
    status: 'NOT_ASSESSABLE' as const,
    latestYear: table.last,
    trendOnly: trend,
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

function runRule(
  def: IndicatorDef,
  table: YearTable,
  ctx: RuleContext,
  flags: FlagSet,
  stage: Stage | undefined,
): Assessment {
  const t = def.target ?? {};
  switch (def.kind) {
    case 'growth_rate': {
      const lo = (t.lo ?? t.value)!;
      const target = t.hi !== undefined ? { lo, hi: t.hi } : { lo };
      return evaluateGrowthRate(target, walkChain(table, 1), ctx, flags, def.levelBasis);
    }
    case 'cumulative_change':
      return evaluateCumulativeChange((t.value ?? t.lo)!, walkChain(table, -1), ctx, flags, def.levelBasis);
    case 'level_min':
    case 'level_max': {
      const sense = def.kind === 'level_min' ? 'min' : 'max';
      const levels = levelsOf(table);
      if (levels.length === 0 && table.last !== undefined) return levelsNeeded(flags);
      return evaluateLevel(
        {
          sense,
          value: (t.value ?? (sense === 'min' ? t.lo : t.hi) ?? t.lo ?? t.hi)!,
          mode: def.mode ?? (sense === 'min' ? 'reach' : 'hold'),
          scale: def.scale ?? 'rate',
          ...(def.naturalLimit !== undefined ? { naturalLimit: def.naturalLimit } : {}),
        },
        levels,
        ctx,
        flags,
      );
    }
    case 'level_band': {
      const { c } = ctx;
      const band =
        t.lo !== undefined && t.hi !== undefined
          ? { lo: t.lo, hi: t.hi }
          : {
              lo: t.value! - c.EXACT_TOL_REL * Math.abs(t.value!),
              hi: t.value! + c.EXACT_TOL_REL * Math.abs(t.value!),
            };
      const levels = levelsOf(table);
      if (levels.length === 0 && table.last !== undefined) return levelsNeeded(flags);
      return evaluateLevelBand(band, levels, ctx, flags);
    }
    case 'count': {
      const levels = levelsOf(table);
      const latest =
        levels.at(-1) ??
        (stage && ctx.asOfYear > ctx.baseYear ? { year: ctx.asOfYear, value: 0 } : undefined);
      return evaluateCount((t.value ?? t.lo)!, latest, ctx, flags);
    }
    case 'qualitative':
      return assessQualitative(def, ctx.asOfYear >= ctx.targetYear, flags);
    case 'linked':
      throw new Error('unreachable: linked resolved to linked');
  }
}

/** Level kinds read levels; published rates alone cannot place a level (SPEC §2.7 R1, last line). */
function levelsNeeded(flags: FlagSet): Assessment {
  flags.add('INSUFFICIENT_DATA');
  return { status: 'NOT_ASSESSABLE', flags: flags.list(), reason: { code: 'LEVELS_NEEDED', params: {} } };
}

const PENDING_STATUSES: readonly Status[] = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK'];

/**
 * The flags that depend on the evaluation year rather than the rule (SPEC §2.7 R2, R3, §2.9), and the
 * parameters every reason shares: its one label, the unit, the qualifier of the latest figure.
 */
function finish(
  a: Assessment,
  def: IndicatorDef,
  table: YearTable,
  at: { y: number; T: number; revision: TargetRevision | undefined },
): Assessment {
  const { y, T, revision } = at;
  const k = a.latestYear;
  const stale = a.status !== 'NOT_ASSESSABLE' && k !== undefined && y - k >= 2;
  // The final year before its data: not final, judged on the trend (qualitative verdicts are final by themselves).
  const pending =
    y >= T &&
    (k === undefined || k < T) &&
    PENDING_STATUSES.includes(a.status) &&
    !a.flags.includes('MANUAL');
  // The rule's list is copied only when something is added (fewer allocations in a 200,000-indicator run).
  const flags = stale || pending ? [...a.flags] : a.flags;
  if (stale) (flags as Flag[]).push('STALE_DATA');
  if (pending) (flags as Flag[]).push('FINAL_DATA_PENDING');
  const qualifier = k !== undefined ? table.qualifier[k - table.first] : undefined;
  // A context object beside the rule's params, not a merged copy: spreading the params into a larger object
  // was the slowest line of a 200,000-indicator run (bench:evaluate).
  return {
    ...a,
    flags,
    reason: {
      code: a.reason.code,
      params: a.reason.params,
      context: {
        label: labelKey(a.status, flags),
        unit: def.unit ?? '',
        qualifier: qualifier ?? '',
        currentPrices: flags.includes('CURRENT_PRICE_BASIS') ? 1 : 0,
        basedOn: stale ? k : '',
        pendingYear: pending ? T : '',
        revisedFrom: revision ? revision.from : '',
        revisedLo: revision?.target.lo ?? '',
        revisedHi: revision?.target.hi ?? '',
        revisedValue: revision?.target.value ?? '',
        revisedNote: revision?.note ?? '',
      },
    },
  };
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
