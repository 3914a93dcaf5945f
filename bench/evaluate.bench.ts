/**
 * npm run bench:evaluate — 200,000 indicators with six yearly values each (a national deployment),
 * evaluated in one process: median time, indicators per second, peak memory, and the ratio to a floor
 * loop in the same run that only reads every value once. Goals (issue 3): ≤ 1 s, ≤ 500 MB, ratio ≤ 20.
 * Two data sets: complete published series, then the patchy mixed series of SPEC v2 (evaluate-mixed.ts);
 * the second is also given as a ratio to the first, measured in the same run.
 */
import { evaluateIndicator, type IndicatorDef, type Observation } from '@gangmu/domain';
import { makeCompleteIndicator, makeMixedIndicator } from './evaluate-data.ts';
import { fmt, median, timeRuns } from './lib.ts';

const COUNT = Number(process.env.BENCH_INDICATORS ?? 200_000);

type DataSet = { def: IndicatorDef; obs: Observation[] }[];
const asOf = [2022, 2023, 2025];
let sink = 0;

const floor = (data: DataSet) => () => {
  for (const { obs } of data) for (const o of obs) sink += o.pct ?? o.value ?? 0;
};
const evaluateAll = (data: DataSet) => () => {
  let i = 0;
  for (const { def, obs } of data) {
    const r = evaluateIndicator(def, obs, { asOfYear: asOf[i++ % 3]! });
    if (r.ok) sink += r.assessment.flags.length;
  }
};

const gc = (globalThis as { gc?: () => void }).gc;

/** Builds a data set, measures the floor and the evaluation, and lets the data go before the next one. */
function measure(make: (i: number) => DataSet[number]) {
  gc?.();
  const data: DataSet = Array.from({ length: COUNT }, (_, i) => make(i));
  const loadedMb = process.memoryUsage().rss / 1024 / 1024;
  const floorMs = median(timeRuns(floor(data), 7, 2));
  // CPU time beside wall time: on a shared machine the wall clock also counts other people's processes.
  const cpu: number[] = [];
  const run = evaluateAll(data);
  const times = timeRuns(
    () => {
      const c0 = process.cpuUsage();
      run();
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    },
    5,
    1,
  );
  return { floorMs, evalMs: median(times), times, cpuMs: median(cpu.slice(1)), loadedMb };
}

console.log(
  `bench:evaluate  node ${process.version}  ${new Date().toISOString()}  (${COUNT} indicators × 6 years)`,
);
const report = (name: string, m: ReturnType<typeof measure>) =>
  console.log(
    `${name.padEnd(10)} median ${fmt(m.evalMs, 0)} ms  (runs ${m.times.map((t) => fmt(t, 0)).join(', ')})  ` +
      `CPU ${fmt(m.cpuMs, 0)} ms  ${fmt(COUNT / (m.evalMs / 1000), 0)} indicators/s  floor ${fmt(m.floorMs, 1)} ms  ratio ${fmt(m.evalMs / m.floorMs, 1)}  ` +
      `data set ${fmt(m.loadedMb, 0)} MB`,
  );
const complete = measure(makeCompleteIndicator);
report('complete', complete);
const mixed = measure(makeMixedIndicator);
report('mixed', mixed);
console.log(
  `mixed ÷ complete  ${fmt(mixed.evalMs / complete.evalMs, 2)} (wall)  ${fmt(mixed.cpuMs / complete.cpuMs, 2)} (CPU)`,
);
console.log(
  `memory     peak RSS ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB  sink ${sink > 0 ? 'ok' : '0'}`,
);
