/**
 * SPEC §2.4 A — average annual growth in [lo, hi] % (年均增长, e.g. GDP 7–7.5). The yearly published rates
 * are chained geometrically (水平法); the average achieved so far is what the projection carries forward.
 */
import type { FlagSet } from '../context.ts';
import { type RuleContext } from '../context.ts';
import type { Assessment, Status } from '../types.ts';

export interface YearRate {
  readonly year: number;
  readonly pct: number;
}

export function evaluateGrowthRate(
  target: { lo: number; hi?: number },
  rates: readonly YearRate[],
  ctx: RuleContext,
  flags: FlagSet,
): Assessment {
  const { c, baseYear: b, targetYear: T, periodYears: N } = ctx;
  const { lo, hi } = target;
  if (rates.length === 0) {
    flags.add('INSUFFICIENT_DATA');
    return { status: 'NOT_ASSESSABLE', flags: flags.list(), reason: { code: 'NO_DATA', params: {} } };
  }
  const k = rates[rates.length - 1]!.year;
  const elapsed = k - b;
  const present = rates.length;
  const chainComplete = present === elapsed;
  if (!chainComplete) flags.add('INCOMPLETE_CHAIN');
  const P = rates.reduce((acc, r) => acc * (1 + r.pct / 100), 1);
  const avg = (Math.pow(P, 1 / present) - 1) * 100;
  const final = k >= T;
  const early = elapsed === 1;
  if (early) flags.add('LOW_CONFIDENCE');
  const onThr =
    ctx.attribute === 'binding'
      ? lo
      : lo - Math.max(c.GROWTH_ON_TRACK_ABS_TOL_PP, c.GROWTH_ON_TRACK_REL_TOL * Math.abs(lo));
  const offThr = lo - Math.max(c.GROWTH_OFF_TRACK_ABS_GAP_PP, c.GROWTH_OFF_TRACK_REL_GAP * Math.abs(lo));
  const timeShare = elapsed / N;
  const required =
    !final && chainComplete
      ? (Math.pow(Math.pow(1 + lo / 100, N) / P, 1 / (N - elapsed)) - 1) * 100
      : undefined;
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
  return {
    status,
    latestYear: k,
    timeShare,
    ...(taskShare !== undefined
      ? { taskShare, paceRatio: timeShare > 0 ? taskShare / timeShare : undefined }
      : {}),
    projectedValue: avg,
    projectedMeetsTarget: avg >= lo - c.EPS,
    ...(required !== undefined ? { requiredRemainingPerYear: required } : {}),
    flags: flags.list(),
    reason: {
      code: final ? `GROWTH_FINAL_${status}` : `GROWTH_${status}`,
      params: {
        years: present,
        avg,
        lo,
        ...(hi !== undefined ? { hi } : {}),
        remainingYears: N - elapsed,
        ...(required !== undefined ? { required } : {}),
      },
    },
  };
}
