/**
 * Trend-only classes for an indicator without a usable target (an unresolved "达市标准"): Eurostat's
 * no-target rule on the compound annual rate in the desired direction (SPEC §2.4 F).
 */
import type { EvaluationConstants, TrendOnly } from '../types.ts';
import type { YearLevel } from './level.ts';

export function trendOnly(
  levels: readonly YearLevel[],
  higherIsBetter: boolean,
  c: EvaluationConstants,
): TrendOnly | undefined {
  const first = levels[0];
  const last = levels[levels.length - 1];
  if (!first || !last || last.year <= first.year || first.value <= 0 || last.value <= 0) return undefined;
  const dir = higherIsBetter ? 1 : -1;
  const r = dir * (Math.pow(last.value / first.value, 1 / (last.year - first.year)) - 1);
  const sig = c.TREND_SIGNIFICANT_RATE;
  const cls =
    r > sig + c.EPS
      ? 'SIGNIFICANT_PROGRESS'
      : r > c.EPS
        ? 'MODERATE_PROGRESS'
        : r >= -sig - c.EPS
          ? 'MODERATE_MOVEMENT_AWAY'
          : 'SIGNIFICANT_MOVEMENT_AWAY';
  return { ratePct: r * 100, cls };
}

const LOWER_IS_BETTER = /降低|下降|减少|能耗|排放|失业|死亡|事故|PM2\.5|浓度|污染|贫困|赤字|债务|负债/;

/** Whether a higher value is better for an indicator, from its stated direction or, failing that, its name. */
export function higherIsBetter(def: { nameZh: string; direction?: 'increase' | 'decrease' }): boolean {
  if (def.direction) return def.direction === 'increase';
  return !LOWER_IS_BETTER.test(def.nameZh);
}
