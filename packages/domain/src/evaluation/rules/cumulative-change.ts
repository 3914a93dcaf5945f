/**
 * SPEC §2.4 D with §2.7 R1 — a cumulative reduction over the period (单位GDP能耗累计降低 D%), checked against
 * the compound schedule q = 1 − (1 − D)^(1/N). Inputs are the published yearly reductions (比上年下降 %);
 * levels of the quantity itself (an intensity, an index) bridge the years without one.
 */
import type { FlagSet } from '../context.ts';
import { ladder, type RuleContext } from '../context.ts';
import type { ChainWalk } from '../series.ts';
import type { Assessment, Status } from '../types.ts';
import { chainFlags } from './growth-rate.ts';

export function evaluateCumulativeChange(
  D: number,
  walk: ChainWalk,
  ctx: RuleContext,
  flags: FlagSet,
  levelBasis?: string,
): Assessment {
  const { c, targetYear: T } = ctx;
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
  const C = (1 - P) * 100;
  const a = (1 - Math.pow(P, 1 / present)) * 100;
  const q = (1 - Math.pow(1 - D / 100, 1 / N)) * 100;
  const R = a / q;
  const final = k >= T;
  const early = present === 1;
  let status: Status;
  if (C >= D - c.EPS && !final) {
    status = 'ACHIEVED';
    flags.add('PROVISIONAL');
  } else if (R < 0 && !final)
    status = 'OFF_TRACK'; // 不降反升 is always red
  else status = ladder(R, { ctx, final, early, flags });
  const projected = (1 - Math.pow(1 - a / 100, N)) * 100;
  const required =
    !final && !walk.gap ? (1 - Math.pow((1 - D / 100) / P, 1 / (N - elapsed))) * 100 : undefined;
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
    requiredRemainingPerYear: required,
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
        required: required ?? '',
      },
    },
  };
}
