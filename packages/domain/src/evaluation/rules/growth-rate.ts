/**
 * SPEC §2.4 A with §2.7 R1 — average annual growth in [lo, hi] % (年均增长, e.g. GDP 7–7.5). Published
 * yearly rates are chained geometrically (水平法); levels bridge the years without one (at current prices
 * unless the indicator says otherwise); the average achieved so far is what the projection carries forward.
 */
import type { FlagSet } from '../context.ts';
import { type RuleContext } from '../context.ts';
import type { ChainWalk } from '../series.ts';
import type { Assessment, Status } from '../types.ts';

/** The flags of R1 that say how the chain was built. */
export function chainFlags(walk: ChainWalk, levelBasis: string | undefined, flags: FlagSet): void {
  if (walk.baseSubstituted) flags.add('BASE_SUBSTITUTED');
  if (walk.gap) flags.add('INCOMPLETE_CHAIN');
  if (walk.bridged && levelBasis !== 'comparable') flags.add('CURRENT_PRICE_BASIS');
  if (walk.years === 1) flags.add('LOW_CONFIDENCE');
}

export function evaluateGrowthRate(
  target: { lo: number; hi?: number },
  walk: ChainWalk,
  ctx: RuleContext,
  flags: FlagSet,
  levelBasis?: string,
): Assessment {
  const { c, targetYear: T } = ctx;
  const { lo, hi } = target;
  const k = walk.lastCovered;
  if (k === undefined) {
    flags.add('INSUFFICIENT_DATA');
    return { status: 'NOT_ASSESSABLE', flags: flags.list(), reason: { code: 'NO_DATA', params: {} } };
  }
  chainFlags(walk, levelBasis, flags);
  const b = walk.base;
  const N = T - b;
  const elapsed = k - b;
  const present = walk.years;
  const P = walk.product;
  const avg = (Math.pow(P, 1 / present) - 1) * 100;
  const final = k >= T;
  const early = present === 1;
  const onThr =
    ctx.attribute === 'binding'
      ? lo
      : lo - Math.max(c.GROWTH_ON_TRACK_ABS_TOL_PP, c.GROWTH_ON_TRACK_REL_TOL * Math.abs(lo));
  const offThr = lo - Math.max(c.GROWTH_OFF_TRACK_ABS_GAP_PP, c.GROWTH_OFF_TRACK_REL_GAP * Math.abs(lo));
  const timeShare = elapsed / N;
  const required =
    !final && !walk.gap ? (Math.pow(Math.pow(1 + lo / 100, N) / P, 1 / (N - elapsed)) - 1) * 100 : undefined;
  // Display-only task share: the share of the five-year compound growth already achieved (valid when lo > 0).
  const taskShare = lo > 0 ? Math.log(P) / (N * Math.log(1 + lo / 100)) : undefined;
  let status: Status;
  if (final) {
    if (avg >= lo - c.EPS) status = 'ACHIEVED';
    else if (ctx.attribute === 'expected' && avg >= onThr - c.EPS) status = 'NEARLY_ACHIEVED';
    else status = 'NOT_ACHIEVED';
  } else if (avg >= onThr - c.EPS) status = 'ON_TRACK';
  else if (avg >= offThr - c.EPS) status = 'AT_RISK';
  else {
    // One year of growth can be timing noise: cap red to yellow, unless growth turned negative against a positive target.
    const wrongWay = avg < 0 && lo >= 0;
    status = early && c.EARLY_YEAR_CAP && !wrongWay ? 'AT_RISK' : 'OFF_TRACK';
  }
  if (hi !== undefined && avg > hi + c.EPS) flags.add('ABOVE_RANGE');
  const recent = walk.recentRate;
  // An average can hide a slowdown: say so when the latest year is below both the floor and the average.
  const slowing =
    status === 'ON_TRACK' &&
    present >= 2 &&
    recent !== undefined &&
    recent < lo - c.EPS &&
    recent < avg - c.EPS;
  if (slowing) flags.add('SLOWING');
  return {
    status,
    latestYear: k,
    timeShare,
    taskShare,
    paceRatio: taskShare !== undefined && timeShare > 0 ? taskShare / timeShare : undefined,
    projectedValue: avg,
    projectedMeetsTarget: avg >= lo - c.EPS,
    requiredRemainingPerYear: required,
    recentPct: recent,
    flags: flags.list(),
    reason: {
      code: final ? `GROWTH_FINAL_${status}` : `GROWTH_${status}`,
      params: {
        years: present,
        avg,
        lo,
        hi: hi ?? '',
        above: hi !== undefined && avg > hi + c.EPS ? 1 : 0,
        remainingYears: N - elapsed,
        required: required ?? '',
        slowYear: slowing ? k : '',
        slowPct: slowing ? recent : '',
      },
    },
  };
}
