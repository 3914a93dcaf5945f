/** Small helpers shared by the benchmarks: timing, medians, memory and a fixed-width report. */
import { spawnSync } from 'node:child_process';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns the per-run times in ms. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times;
}

/** Peak resident memory (MB) of a child process running `script` with `args`, reported by the child itself. */
export function childPeakRss(
  script: string,
  args: string[],
): { peakMb: number; heapGrowthMb: number; output: string } {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  const num = (re: RegExp) => Number(re.exec(r.stdout)?.[1] ?? NaN);
  return {
    peakMb: num(/PEAK_RSS_MB=([\d.]+)/),
    heapGrowthMb: num(/HEAP_GROWTH_MB=([\d.]+)/),
    output: r.stdout,
  };
}

export const fmt = (x: number, digits = 2) => x.toFixed(digits);
