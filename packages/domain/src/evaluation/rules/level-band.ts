/** SPEC §2.4 C — a level that must stay inside [lo, hi] ("X 左右" → X ± 5 %). */
import type { FlagSet } from '../context.ts';
import { type RuleContext } from '../context.ts';
import type { Assessment, Status } from '../types.ts';
import type { YearLevel } from './level.ts';

export function evaluateLevelBand(
  band: { lo: number; hi: number },
  levels: readonly YearLevel[],
  ctx: RuleContext,
  flags: FlagSet,
): Assessment {
  const { c, targetYear: T } = ctx;
  const last = levels[levels.length - 1];
  if (!last) {
    flags.add('INSUFFICIENT_DATA');
    return { status: 'NOT_ASSESSABLE', flags: flags.list(), reason: { code: 'NO_DATA', params: {} } };
  }
  const first = levels[0]!;
  if (first.year !== ctx.baseYear) flags.add('BASE_SUBSTITUTED');
  const xk = last.value;
  const dist = Math.max(band.lo - xk, xk - band.hi, 0);
  const halfWidth = (band.hi - band.lo) / 2;
  const final = last.year >= T;
  let status: Status;
  if (final) status = dist <= c.EPS ? 'ACHIEVED' : 'NOT_ACHIEVED';
  else if (dist <= c.EPS) status = 'ON_TRACK';
  else if (dist <= c.BAND_AT_RISK_FACTOR * halfWidth + c.EPS)
    status = ctx.attribute === 'binding' ? 'OFF_TRACK' : 'AT_RISK';
  else status = 'OFF_TRACK';
  const b = first.year;
  return {
    status,
    latestYear: last.year,
    ...(T > b ? { timeShare: (last.year - b) / (T - b) } : {}),
    projectedMeetsTarget: dist <= c.EPS,
    flags: flags.list(),
    reason: {
      code: final ? `BAND_FINAL_${status}` : `BAND_${status}`,
      params: { latest: xk, latestYear: last.year, lo: band.lo, hi: band.hi, distance: dist },
    },
  };
}
