/**
 * SPEC §2.4 B — a floor (level_min, ≥ F) or a ceiling (level_max, ≤ C).
 * "Reach" targets (达到/降至) are paced by task share ÷ time share; "hold" targets (控制在/保持), and reach
 * targets already met in the base year, are judged on whether the limit holds now and at the projection.
 */
import type { FlagSet } from '../context.ts';
import { ladder, type RuleContext } from '../context.ts';
import type { Assessment, Status } from '../types.ts';
import { olsProjection } from '../ols.ts';
import type { YearLevel } from '../series.ts';

export type { YearLevel };

export interface LevelTarget {
  readonly sense: 'min' | 'max';
  readonly value: number;
  readonly mode: 'reach' | 'hold';
  readonly scale: 'rate' | 'amount';
  readonly naturalLimit?: number;
}

/** meets(v) of SPEC §2.4 B: on the right side of the effective target E, with the EPS tolerance. */
function meetsTarget(v: number, sgn: number, E: number, eps: number): boolean {
  return sgn * (v - E) >= -eps;
}

function clampToLimit(x: number, base: number, limit: number | undefined): number {
  if (limit === undefined) return x;
  return limit >= base ? Math.min(x, limit) : Math.max(x, limit);
}

export function evaluateLevel(
  target: LevelTarget,
  levels: readonly YearLevel[],
  ctx: RuleContext,
  flags: FlagSet,
): Assessment {
  const { c, targetYear: T } = ctx;
  const sgn = target.sense === 'min' ? 1 : -1;
  let E = target.value;
  if (target.naturalLimit !== undefined && target.value === target.naturalLimit) {
    E = target.value - sgn * c.NEAR_LIMIT_TOLERANCE;
    flags.add('NEAR_LIMIT_TOLERANCE');
  }
  if (levels.length === 0) {
    flags.add('INSUFFICIENT_DATA');
    return { status: 'NOT_ASSESSABLE', flags: flags.list(), reason: { code: 'NO_DATA', params: {} } };
  }
  const first = levels[0]!;
  const last = levels[levels.length - 1]!;
  if (first.year !== ctx.baseYear) flags.add('BASE_SUBSTITUTED');
  const b = first.year;
  const k = last.year;
  const xb = first.value;
  const xk = last.value;
  const final = k >= T;
  // The reason must say when only the near-limit tolerance made the value pass (SPEC §2.7 R4).
  const nearLimitPass =
    E !== target.value && meetsTarget(xk, sgn, E, c.EPS) && !meetsTarget(xk, sgn, target.value, c.EPS)
      ? 1
      : 0;
  const nearLimit = c.NEAR_LIMIT_TOLERANCE;
  const params = {
    latest: xk,
    latestYear: k,
    target: target.value,
    sense: target.sense,
    nearLimitPass,
    nearLimit,
  };

  if (levels.length === 1) {
    if (final) {
      const status: Status = meetsTarget(xk, sgn, E, c.EPS) ? 'ACHIEVED' : 'NOT_ACHIEVED';
      return {
        status,
        latestYear: k,
        flags: flags.list(),
        reason: { code: `LEVEL_FINAL_${status}`, params },
      };
    }
    if (meetsTarget(xk, sgn, E, c.EPS)) flags.add('LOW_CONFIDENCE');
    if (meetsTarget(xk, sgn, E, c.EPS) && target.mode === 'reach') {
      flags.add('PROVISIONAL');
      return {
        status: 'ACHIEVED',
        latestYear: k,
        flags: flags.list(),
        reason: { code: 'LEVEL_ACHIEVED_EARLY', params },
      };
    }
    if (meetsTarget(xk, sgn, E, c.EPS)) {
      return {
        status: 'ON_TRACK',
        latestYear: k,
        flags: flags.list(),
        reason: { code: 'LEVEL_HOLD_ON_TRACK', params },
      };
    }
    flags.add('INSUFFICIENT_DATA');
    return {
      status: 'NOT_ASSESSABLE',
      latestYear: k,
      flags: flags.list(),
      reason: { code: 'SINGLE_POINT', params },
    };
  }

  const tau = (k - b) / (T - b);
  const early = k - b === 1;
  if (early) flags.add('LOW_CONFIDENCE');
  // The amount scale compounds, so it needs positive values; otherwise fall back to the linear formulas.
  let compound = target.scale === 'amount';
  if (compound && !(xb > 0 && xk > 0 && E > 0)) {
    compound = false;
    flags.add('LOG_FALLBACK_LINEAR');
  }
  const rawProjection = compound ? xb * Math.pow(xk / xb, 1 / tau) : xb + (xk - xb) / tau;
  const projected = clampToLimit(rawProjection, xb, target.naturalLimit);
  const ols =
    c.PROJECTION_SECONDARY === 'ols' && levels.length >= c.MIN_POINTS_FOR_OLS
      ? olsProjection(levels, T, compound)
      : undefined;
  const projectedValueOls = ols === undefined ? undefined : clampToLimit(ols, xb, target.naturalLimit);

  const useHold = target.mode === 'hold' || meetsTarget(xb, sgn, E, c.EPS);
  if (useHold) {
    const nowOk = meetsTarget(xk, sgn, E, c.EPS);
    const laterOk = meetsTarget(projected, sgn, E, c.EPS);
    let status: Status;
    if (final) status = nowOk ? 'ACHIEVED' : 'NOT_ACHIEVED';
    else if (nowOk && laterOk) {
      status = target.mode === 'reach' ? 'ACHIEVED' : 'ON_TRACK';
      if (status === 'ACHIEVED') flags.add('PROVISIONAL');
    } else if (nowOk) status = 'AT_RISK';
    else if (laterOk) status = ctx.attribute === 'binding' ? 'OFF_TRACK' : 'AT_RISK';
    else status = 'OFF_TRACK';
    const rightWay = sgn * (xk - xb) >= -c.EPS;
    if (!final && status === 'OFF_TRACK' && early && c.EARLY_YEAR_CAP && rightWay) status = 'AT_RISK';
    const code = final
      ? `LEVEL_FINAL_${status}`
      : `HOLD_${nowOk ? 'MEETS' : 'BREACH'}_${laterOk ? 'HOLDS' : 'BREAKS'}`;
    return {
      status,
      latestYear: k,
      timeShare: tau,
      projectedValue: projected,
      projectedValueOls,
      projectedMeetsTarget: laterOk,
      flags: flags.list(),
      reason: {
        code,
        params: {
          latest: xk,
          latestYear: k,
          target: target.value,
          sense: target.sense,
          projected,
          targetYear: T,
          nearLimitPass,
          nearLimit,
        },
      },
    };
  }

  const taskShare = compound ? Math.log(xk / xb) / Math.log(E / xb) : (xk - xb) / (E - xb);
  const R = taskShare / tau;
  let status: Status;
  if (meetsTarget(xk, sgn, E, c.EPS) && !final) {
    status = 'ACHIEVED';
    flags.add('PROVISIONAL');
  } else status = ladder(R, { ctx, final, early, flags });
  const remaining = T - k;
  const required =
    remaining > 0 ? (compound ? Math.pow(E / xk, 1 / remaining) - 1 : (E - xk) / remaining) : undefined;
  // Objects are built with a fixed shape (no conditional spreads): this function runs for every indicator of a national deployment.
  return {
    status,
    latestYear: k,
    timeShare: tau,
    projectedValue: projected,
    projectedValueOls,
    taskShare,
    paceRatio: R,
    // Under the pace projection, reaching the target by T is exactly R ≥ 1 (SPEC §2.4 B).
    projectedMeetsTarget: R >= 1 - c.EPS,
    requiredRemainingPerYear: required,
    flags: flags.list(),
    reason: {
      code: final
        ? `LEVEL_FINAL_${status}`
        : status === 'ACHIEVED'
          ? 'LEVEL_ACHIEVED_EARLY'
          : `REACH_${status}`,
      params: {
        latest: xk,
        latestYear: k,
        target: target.value,
        sense: target.sense,
        taskShare,
        timeShare: tau,
        projected,
        targetYear: T,
        compound: compound ? 1 : 0,
        required: required ?? '',
        nearLimitPass,
        nearLimit,
      },
    },
  };
}
