/**
 * SPEC §2.4 D — a cumulative reduction over the period (单位GDP能耗累计降低 D%), checked against the
 * compound schedule q = 1 − (1 − D)^(1/N). Inputs are the published yearly reductions (比上年下降 %).
 */
import type { FlagSet } from '../context.ts';
import { ladder, type RuleContext } from '../context.ts';
import type { Assessment, Status } from '../types.ts';
import type { YearRate } from './growth-rate.ts';

export function evaluateCumulativeChange(
  D: number,
  reductions: readonly YearRate[],
  ctx: RuleContext,
  flags: FlagSet,
): Assessment {
  const { c, baseYear: b, targetYear: T, periodYears: N } = ctx;
  if (reductions.length === 0) {
    flags.add('INSUFFICIENT_DATA');
    return { status: 'NOT_ASSESSABLE', flags: flags.list(), reason: { code: 'NO_DATA', params: {} } };
  }
  const k = reductions[reductions.length - 1]!.year;
  const elapsed = k - b;
  const present = reductions.length;
  const chainComplete = present === elapsed;
  if (!chainComplete) flags.add('INCOMPLETE_CHAIN');
  const P = reductions.reduce((acc, r) => acc * (1 - r.pct / 100), 1);
  const C = (1 - P) * 100;
  const a = (1 - Math.pow(P, 1 / present)) * 100;
  const q = (1 - Math.pow(1 - D / 100, 1 / N)) * 100;
  const R = a / q;
  const final = k >= T;
  const early = elapsed === 1;
  if (early) flags.add('LOW_CONFIDENCE');
  let status: Status;
  if (C >= D - c.EPS && !final) {
    status = 'ACHIEVED';
    flags.add('PROVISIONAL');
  } else if (R < 0 && !final)
    status = 'OFF_TRACK'; // 不降反升 is always red
  else status = ladder(R, { ctx, final, early, flags });
  const projected = (1 - Math.pow(1 - a / 100, N)) * 100;
  const required =
    !final && chainComplete ? (1 - Math.pow((1 - D / 100) / P, 1 / (N - elapsed))) * 100 : undefined;
  const timeShare = elapsed / N;
  // Task share: the share of the required log-reduction already achieved (display only).
  const taskShare = Math.log(P) / Math.log(1 - D / 100);
  return {
    status,
    latestYear: k,
    timeShare,
    taskShare,
    paceRatio: R,
    projectedValue: projected,
    projectedMeetsTarget: R >= 1 - c.EPS,
    ...(required !== undefined ? { requiredRemainingPerYear: required } : {}),
    flags: flags.list(),
    reason: {
      code:
        R < 0 ? `CUMULATIVE_${status}_RISING` : final ? `CUMULATIVE_FINAL_${status}` : `CUMULATIVE_${status}`,
      params: {
        years: present,
        cumulative: C,
        avg: a,
        D,
        q,
        remainingYears: N - elapsed,
        ...(required !== undefined ? { required } : {}),
      },
    },
  };
}
