/**
 * The data sets of bench:evaluate. Complete: six published yearly values per indicator. Mixed: the patchy
 * series of SPEC v2 §2.7, as district statistics come: growth indicators with
 * the published rate in some years, the level (亿元, current prices) in others, both in a few, a year missing
 * here and there, qualifiers, annual targets and a revised target; levels with gaps; a reduction fed with
 * the levels of its intensity. Deterministic, so every run evaluates the same data.
 */
import type { IndicatorDef, Observation } from '@gangmu/domain';

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

/** A deterministic mix of the kinds a plan holds, in the proportions of the example plan. */
export function makeCompleteIndicator(i: number): { def: IndicatorDef; obs: Observation[] } {
  const r = (k: number) => ((i * 2654435761 + k * 40503) % 1000) / 1000;
  const attribute = i % 3 === 0 ? 'binding' : 'expected';
  switch (i % 6) {
    case 0:
    case 1:
      return {
        def: {
          id: `g${i}`,
          nameZh: '增速',
          unit: '%',
          attribute,
          kind: 'growth_rate',
          target: { lo: 5 + r(1) * 3, hi: 8 + r(2) * 2 },
        },
        obs: YEARS.slice(1).map((year, k) => ({ year, pct: 3 + r(k + 3) * 8 })),
      };
    case 2:
      return {
        def: {
          id: `m${i}`,
          nameZh: '覆盖率',
          unit: '%',
          attribute,
          kind: 'level_min',
          target: { value: 90 + r(1) * 10 },
          naturalLimit: 100,
        },
        obs: YEARS.map((year, k) => ({ year, value: 80 + k * 2 + r(k) * 3 })),
      };
    case 3:
      return {
        def: {
          id: `x${i}`,
          nameZh: '失业率',
          unit: '%',
          attribute,
          kind: 'level_max',
          target: { value: 3 + r(1) },
        },
        obs: YEARS.map((year, k) => ({ year, value: 2.5 + r(k) })),
      };
    case 4:
      return {
        def: {
          id: `a${i}`,
          nameZh: '收入',
          unit: '亿元',
          attribute,
          kind: 'level_min',
          target: { value: 200 + r(1) * 50 },
          scale: 'amount',
        },
        obs: YEARS.map((year, k) => ({ year, value: 150 + k * 10 + r(k) * 5 })),
      };
    default:
      return {
        def: {
          id: `c${i}`,
          nameZh: '能耗累计降低',
          unit: '%',
          attribute,
          kind: 'cumulative_change',
          target: { value: 13.5 },
        },
        obs: YEARS.slice(1).map((year, k) => ({ year, pct: 1 + r(k) * 3 })),
      };
  }
}

/** What a year carries: 0 nothing, 1 the rate, 2 the level, 3 both. */
function shapeOf(r: number): 0 | 1 | 2 | 3 {
  if (r < 0.1) return 0;
  if (r < 0.45) return 1;
  if (r < 0.85) return 2;
  return 3;
}

export function makeMixedIndicator(i: number): { def: IndicatorDef; obs: Observation[] } {
  const r = (k: number) => ((i * 2654435761 + k * 40503) % 1000) / 1000;
  const attribute = i % 3 === 0 ? 'binding' : 'expected';
  const qualifier = i % 7 === 0 ? ('about' as const) : undefined;
  switch (i % 4) {
    case 0:
    case 1: {
      // Growth: a level path at current prices with the comparable rate published in some years.
      let level = 500 + r(1) * 200;
      const obs: Observation[] = [{ year: 2020, value: level }];
      for (let k = 1; k < YEARS.length; k++) {
        const pct = 2 + r(k + 3) * 8;
        level *= 1 + (pct + 1.5) / 100;
        const shape = shapeOf(r(k + 11));
        if (shape === 0) continue;
        obs.push({
          year: YEARS[k]!,
          ...(shape !== 2 ? { pct } : {}),
          ...(shape !== 1 ? { value: level } : {}),
          ...(qualifier && shape !== 1 ? { qualifier } : {}),
        });
      }
      const target = { lo: 5 + r(1) * 3, hi: 8 + r(2) * 2 };
      return {
        def: {
          id: `g${i}`,
          nameZh: '地区生产总值年均增速',
          unit: '%',
          attribute,
          kind: 'growth_rate',
          target,
          ...(i % 5 === 0
            ? {
                annualTargets: [
                  { year: 2022, lo: target.lo },
                  { year: 2023, lo: target.lo },
                ],
              }
            : {}),
          ...(i % 11 === 0
            ? { targetHistory: [{ from: 2023, target: { lo: target.lo - 1, hi: target.hi - 1 } }] }
            : {}),
        },
        obs,
      };
    }
    case 2: {
      // A coverage rate with missing years: the complete set's floor target, some years dropped.
      const { def, obs } = makeCompleteIndicator(i - (i % 6) + 2);
      return { def: { ...def, id: `m${i}` }, obs: obs.filter((o) => o.year === 2020 || r(o.year) > 0.3) };
    }
    default:
      // Energy intensity: published reductions in some years, the intensity level in others.
      return {
        def: {
          id: `c${i}`,
          nameZh: '单位生产总值能耗累计降低',
          unit: '%',
          attribute,
          kind: 'cumulative_change',
          target: { value: 13.5 },
          levelBasis: 'comparable',
        },
        obs: YEARS.flatMap((year, k): Observation[] => {
          const intensity = 100 * Math.pow(0.97, k);
          if (k === 0) return [{ year, value: intensity }];
          const shape = shapeOf(r(k + 30));
          if (shape === 0) return [];
          return [
            {
              year,
              ...(shape !== 2 ? { pct: 1 + r(k) * 3 } : {}),
              ...(shape !== 1 ? { value: intensity } : {}),
            },
          ];
        }),
      };
  }
}
