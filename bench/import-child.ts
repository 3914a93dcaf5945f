/**
 * Child process of bench/import.bench.ts: parses a file (or runs the floor) once to warm up, then once
 * more while sampling the heap, and prints the peak heap growth and the process's peak RSS.
 */
import { readFileSync } from 'node:fs';
import { parsePlan } from '@gangmu/importer';
import { floorPass } from './import-floor.ts';

const [mode, file] = process.argv.slice(2);
const bytes = readFileSync(file!);
const run = () => (mode === 'floor' ? floorPass(bytes) : parsePlan(bytes).draft.chapters.length);
run();
(globalThis as { gc?: () => void }).gc?.();
const before = process.memoryUsage().heapUsed;
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1);
const result = run();
peak = Math.max(peak, process.memoryUsage().heapUsed);
clearInterval(sampler);
console.log(`RESULT=${result}`);
console.log(`HEAP_GROWTH_MB=${((peak - before) / 1024 / 1024).toFixed(2)}`);
console.log(`PEAK_RSS_MB=${(process.resourceUsage().maxRSS / 1024).toFixed(1)}`);
