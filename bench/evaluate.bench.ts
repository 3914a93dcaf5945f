/**
 * npm run bench:evaluate — 200,000 indicators with six yearly values each (a national deployment),
 * evaluated in one process: median time, indicators per second, peak memory, and the ratio to a floor
 * loop in the same run that only reads every value once. Goals (issue 3): ≤ 1 s, ≤ 500 MB, ratio ≤ 20.
 */
import { evaluateIndicator, type IndicatorDef, type Observation } from '@gangmu/domain';
import { fmt, median, timeRuns } from './lib.ts';

const COUNT = Number(process.env.BENCH_INDICATORS ?? 200_000);
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

/** A deterministic mix of the kinds a plan holds, in the proportions of the example plan. */
function makeIndicator(i: number): { def: IndicatorDef; obs: Observation[] } {
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

const data = Array.from({ length: COUNT }, (_, i) => makeIndicator(i));
const asOf = [2022, 2023, 2025];

let sink = 0;
const floor = () => {
  for (const { obs } of data) for (const o of obs) sink += o.pct ?? o.value ?? 0;
};
const evaluateAll = () => {
  let i = 0;
  for (const { def, obs } of data) {
    const r = evaluateIndicator(def, obs, { asOfYear: asOf[i++ % 3]! });
    if (r.ok) sink += r.assessment.flags.length;
  }
};

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const rssBefore = process.memoryUsage().rss;
const floorMs = median(timeRuns(floor, 7, 2));
const evalTimes = timeRuns(evaluateAll, 5, 1);
const evalMs = median(evalTimes);
const peakRss = process.resourceUsage().maxRSS / 1024;
console.log(
  `bench:evaluate  node ${process.version}  ${new Date().toISOString()}  (${COUNT} indicators × 6 values)`,
);
console.log(
  `evaluate all   median ${fmt(evalMs, 0)} ms  (runs ${evalTimes.map((t) => fmt(t, 0)).join(', ')})  ${fmt(COUNT / (evalMs / 1000), 0)} indicators/s`,
);
console.log(`floor loop     median ${fmt(floorMs, 1)} ms   ratio ${fmt(evalMs / floorMs, 1)}`);
console.log(
  `memory         peak RSS ${fmt(peakRss, 0)} MB (data set loaded: ${fmt(rssBefore / 1024 / 1024, 0)} MB)  sink ${sink > 0 ? 'ok' : '0'}`,
);
