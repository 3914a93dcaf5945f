/**
 * A generated large plan for tests and benchmarks of imports at their documented size (issue 12): the example
 * plan's real text (examples/xihu-2021-2025/plan.txt) repeated until `bytes`, so every copy's chapters, project
 * boxes and indicator table become more of the same plan (≈ 23 chapters and 29 projects per copy). It is NOT a
 * real document: it exists to exercise sizes, not the importer's judgement.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLE_PATH = join(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt');

/** The example plan repeated into at most `bytes` bytes of UTF-8 text (whole copies, one newline between). */
export function generatedLargePlan(bytes: number): Buffer {
  const example = readFileSync(EXAMPLE_PATH);
  const copies = Math.max(1, Math.floor(bytes / (example.length + 1)));
  const parts: Buffer[] = [];
  for (let i = 0; i < copies; i++) parts.push(example, Buffer.from('\n'));
  return Buffer.concat(parts);
}
