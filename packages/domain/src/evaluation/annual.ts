/**
 * SPEC §2.8 — the targets of the annual plans (年度计划), checked year by year against that year's data.
 * They report; they never change the plan-period status.
 */
import type { YearTable } from './series.ts';
import type { AnnualCheck, AnnualTarget, Kind } from './types.ts';

/** The one-year change from levels: growth in % (or reduction in % for a falling quantity). */
function levelChange(t: YearTable, i: number): number | undefined {
  const x = t.value[i];
  const prev = i > 0 ? t.value[i - 1] : undefined;
  return x !== undefined && prev !== undefined && x > 0 && prev > 0 ? (x / prev - 1) * 100 : undefined;
}

function check(
  kind: Kind,
  a: AnnualTarget,
  t: YearTable,
  comparable: boolean,
  eps: number,
): AnnualCheck | undefined {
  const i = a.year - t.first;
  if (i < 0 || i >= t.value.length) return undefined;
  const year = a.year;
  switch (kind) {
    case 'growth_rate':
    case 'cumulative_change': {
      const target = a.lo ?? a.value ?? a.hi;
      if (target === undefined) return undefined;
      const published = t.pct[i];
      const fromLevels = levelChange(t, i);
      const sign = kind === 'growth_rate' ? 1 : -1;
      const actual = published ?? (fromLevels === undefined ? undefined : sign * fromLevels);
      if (actual === undefined) return undefined;
      const currentPriceBasis = published === undefined && !comparable;
      return { year, target, actual, met: actual >= target - eps, currentPriceBasis };
    }
    case 'level_min':
    case 'count':
    case 'level_max': {
      const actual = t.value[i];
      const target = kind === 'level_max' ? (a.value ?? a.hi ?? a.lo) : (a.value ?? a.lo ?? a.hi);
      if (actual === undefined || target === undefined) return undefined;
      const met = kind === 'level_max' ? actual <= target + eps : actual >= target - eps;
      return { year, target, actual, met, currentPriceBasis: false };
    }
    default:
      // Bands, linked and qualitative targets have no annual form in SPEC §2.8.
      return undefined;
  }
}

/** One check per annual target whose year has data, in year order. */
export function annualChecks(
  kind: Kind,
  targets: readonly AnnualTarget[],
  t: YearTable,
  levelBasis: string | undefined,
  eps: number,
): AnnualCheck[] {
  const out: AnnualCheck[] = [];
  for (const a of [...targets].sort((x, y) => x.year - y.year)) {
    const c = check(kind, a, t, levelBasis === 'comparable', eps);
    if (c) out.push(c);
  }
  return out;
}
