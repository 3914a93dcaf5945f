/**
 * The real-document corpus (test/corpus/, see its README.md) and the example plan: each document with its gold file,
 * imported in-process and scored with the shared scorer's logic (tools/score-core.mjs).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan, toGoldShape } from '../src/index.ts';
import { scoreDraft, type FacetScore } from '../../../tools/score-core.mjs';
import { ROOT } from './helpers.ts';

export interface GoldDocument {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly gold: unknown;
}

const CORPUS_DIR = join(import.meta.dirname, 'corpus');

/** Every document of test/corpus/ that has a gold file (NAME.gold.json beside NAME.txt or NAME.csv), then the example. */
export function goldDocuments(): GoldDocument[] {
  const files = readdirSync(CORPUS_DIR).sort();
  const docs = files
    .filter((f) => /\.(txt|csv)$/.test(f))
    .map((f) => ({ f, goldFile: f.replace(/\.(txt|csv)$/, '.gold.json') }))
    .filter(({ goldFile }) => files.includes(goldFile))
    .map(({ f, goldFile }) => ({
      name: f.replace(/\.(txt|csv)$/, ''),
      bytes: readFileSync(join(CORPUS_DIR, f)),
      gold: JSON.parse(readFileSync(join(CORPUS_DIR, goldFile), 'utf8')) as unknown,
    }));
  docs.push({
    name: 'example-xihu-2021-2025',
    bytes: readFileSync(join(ROOT, 'examples/xihu-2021-2025/plan.txt')),
    gold: JSON.parse(readFileSync(join(ROOT, 'examples/xihu-2021-2025/plan.gold.json'), 'utf8')) as unknown,
  });
  return docs;
}

/** Imports `input` and scores it against `gold`. */
export function scoreAgainstGold(
  input: Uint8Array | string,
  gold: unknown,
): { score: number; facets: FacetScore[] } {
  const { draft, diagnostics } = parsePlan(input);
  return scoreDraft(gold, toGoldShape(draft, diagnostics));
}
