/**
 * SPEC §2.4 E — a number of things newly built or created since the base year (建设4A景区1个).
 * Up to MILESTONE_MAX_COUNT items cannot be paced by fractions, so the item's stage decides.
 */
import type { FlagSet } from '../context.ts';
import { ladder, type RuleContext } from '../context.ts';
import type { Assessment, Status } from '../types.ts';

export function evaluateCount(
  n: number,
  latest: { year: number; value: number } | undefined,
  ctx: RuleContext,
  flags: FlagSet,
): Assessment {
  const { c, baseYear: B, targetYear: T } = ctx;
  if (!latest) {
    flags.add('INSUFFICIENT_DATA');
    return { status: 'NOT_ASSESSABLE', flags: flags.list(), reason: { code: 'NO_DATA', params: {} } };
  }
  const { year: k, value: count } = latest;
  const tau = (k - B) / (T - B);
  const final = k >= T;
  const params = { count, n, latestYear: k };
  const base = { latestYear: k, timeShare: tau };
  if (count >= n - c.EPS) {
    if (!final) flags.add('PROVISIONAL');
    return {
      status: 'ACHIEVED',
      ...base,
      taskShare: count / n,
      projectedMeetsTarget: true,
      flags: flags.list(),
      reason: { code: final ? 'COUNT_FINAL_ACHIEVED' : 'COUNT_ACHIEVED_EARLY', params },
    };
  }
  if (final) {
    return {
      status: 'NOT_ACHIEVED',
      ...base,
      taskShare: count / n,
      projectedMeetsTarget: false,
      flags: flags.list(),
      reason: { code: 'COUNT_FINAL_NOT_ACHIEVED', params },
    };
  }
  if (n <= c.MILESTONE_MAX_COUNT) {
    const stage = ctx.stage;
    if (!stage) {
      flags.add('STAGE_MISSING');
      return {
        status: 'NOT_ASSESSABLE',
        ...base,
        flags: flags.list(),
        reason: { code: 'COUNT_STAGE_MISSING', params },
      };
    }
    const status: Status =
      stage === 'not_started' && tau >= c.MILESTONE_WARN_TIME_SHARE - c.EPS ? 'AT_RISK' : 'ON_TRACK';
    return {
      status,
      ...base,
      flags: flags.list(),
      reason: { code: `MILESTONE_${stage.toUpperCase()}_${status}`, params: { ...params, stage } },
    };
  }
  const early = k - B === 1;
  if (early) flags.add('LOW_CONFIDENCE');
  const R = tau > 0 ? count / (n * tau) : 0;
  const status = ladder(R, { ctx, final, early, flags });
  const projected = tau > 0 ? count / tau : count;
  return {
    status,
    ...base,
    taskShare: count / n,
    paceRatio: R,
    projectedValue: projected,
    projectedMeetsTarget: R >= 1 - c.EPS,
    requiredRemainingPerYear: (n - count) / (T - k),
    flags: flags.list(),
    reason: { code: `COUNT_${status}`, params: { ...params, projected, targetYear: T } },
  };
}
