/**
 * npm run bench:import — the importer on the example plan and on a 10 MB concatenation of plans:
 * median time, MB/s, peak memory, and the ratio to a floor measured in the same run (decoding the bytes
 * and one regex pass over the lines). Goals (issue 2): example ≤ 15 ms warm, ≥ 5 MB/s, ratio ≤ 10,
 * memory ≤ 20× the input. Then PDF (bench/import-pdf.ts): pages/s, the ratio to pdfjs's own text extraction,
 * and peak RSS ≤ 300 MB for a 200-page PDF.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlan } from '@gangmu/importer';
import { floorPass } from './import-floor.ts';
import { benchPdf } from './import-pdf.ts';
import { childPeakRss, fmt, median, timeRuns } from './lib.ts';

const example = readFileSync('examples/xihu-2021-2025/plan.txt');
const fixtures = readdirSync('packages/importer/test/fixtures')
  .filter((f) => /^(national-style|county-glued)\.txt$/.test(f))
  .map((f) => readFileSync(join('packages/importer/test/fixtures', f)));
const parts: Buffer[] = [];
let size = 0;
for (let i = 0; size < 10 * 1024 * 1024; i++) {
  const next = i % 3 === 0 ? example : fixtures[i % fixtures.length]!;
  parts.push(next, Buffer.from('\n'));
  size += next.length + 1;
}
const big = Buffer.concat(parts);
const dir = mkdtempSync(join(tmpdir(), 'gangmu-bench-'));
const bigFile = join(dir, 'plans-10mb.txt');
writeFileSync(bigFile, big);

function measure(name: string, bytes: Buffer, file: string, runs: number) {
  const parse = median(timeRuns(() => parsePlan(bytes), runs));
  const floor = median(timeRuns(() => floorPass(bytes), runs));
  const mb = bytes.length / 1024 / 1024;
  const floorChild = childPeakRss('bench/import-child.ts', ['floor', file]);
  const parseChild = childPeakRss('bench/import-child.ts', ['parse', file]);
  console.log(
    `${name.padEnd(22)} size ${fmt(mb, 2).padStart(6)} MB  median ${fmt(parse, 1).padStart(7)} ms  ${fmt(mb / (parse / 1000), 1).padStart(6)} MB/s  ` +
      `floor ${fmt(floor, 2).padStart(6)} ms  ratio ${fmt(parse / floor, 1).padStart(5)}  ` +
      `peak heap +${fmt(parseChild.heapGrowthMb, 1)} MB = ${fmt(parseChild.heapGrowthMb / mb, 1)}× input (floor +${fmt(floorChild.heapGrowthMb, 1)} MB)  ` +
      `peak RSS ${fmt(parseChild.peakMb, 0)} MB (floor ${fmt(floorChild.peakMb, 0)} MB)`,
  );
}

console.log(`bench:import  node ${process.version}  ${new Date().toISOString()}`);
const exampleFile = join(dir, 'xihu.txt');
writeFileSync(exampleFile, example);
measure('example plan (Xihu)', example, exampleFile, 50);
measure('10 MB of plans', big, bigFile, 5);
await benchPdf(dir);
