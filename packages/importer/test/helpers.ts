/** Shared test helpers: fixture paths and the shared scorer, run as a real process on a real output file. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parsePlan, toGoldShape } from '../src/index.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));
export const example = (name: string) => readFileSync(join(ROOT, 'examples/xihu-2021-2025', name));

/** Imports `bytes` and scores the JSON against `goldPath` with tools/score-import.mjs; returns the score. */
export function scoreImport(bytes: Uint8Array, goldPath: string): number {
  const { draft, diagnostics } = parsePlan(bytes);
  const dir = mkdtempSync(join(tmpdir(), 'gangmu-score-'));
  const out = join(dir, 'out.json');
  writeFileSync(out, JSON.stringify(toGoldShape(draft, diagnostics)));
  const report = execFileSync(process.execPath, [join(ROOT, 'tools/score-import.mjs'), goldPath, out], {
    encoding: 'utf8',
  });
  const m = /score: ([\d.]+)/.exec(report);
  return m ? Number(m[1]) : 0;
}
