/**
 * Test helpers: the corpus texts with their gold files (read from the importer's test corpus, the same files the
 * PDF and Word fixtures were made from by scripts/make-document-fixtures.mjs) and the shared scorer.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePlan, toGoldShape, type ImportResult } from '@gangmu/importer';
import { scoreDraft } from '../../../tools/score-core.mjs';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');
const CORPUS = join(ROOT, 'packages/importer/test/corpus');

export interface CorpusText {
  readonly name: string;
  readonly text: Uint8Array;
  readonly gold: unknown;
}

/** Every gold-annotated corpus text, and the example plan. */
export function corpusTexts(): CorpusText[] {
  const files = readdirSync(CORPUS).sort();
  const texts = files
    .filter((f) => /\.(txt|csv)$/.test(f) && files.includes(f.replace(/\.(txt|csv)$/, '.gold.json')))
    .map((f) => ({
      name: f.replace(/\.(txt|csv)$/, ''),
      text: readFileSync(join(CORPUS, f)),
      gold: JSON.parse(
        readFileSync(join(CORPUS, f.replace(/\.(txt|csv)$/, '.gold.json')), 'utf8'),
      ) as unknown,
    }));
  texts.push({
    name: 'example-xihu-2021-2025',
    text: readFileSync(join(ROOT, 'examples/xihu-2021-2025/plan.txt')),
    gold: JSON.parse(readFileSync(join(ROOT, 'examples/xihu-2021-2025/plan.gold.json'), 'utf8')) as unknown,
  });
  return texts;
}

export const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** The score of an import against a gold file. */
export const score = (result: ImportResult, gold: unknown): number =>
  scoreDraft(gold, toGoldShape(result.draft, result.diagnostics)).score;

/** The score of the text itself, the reference its PDF and Word forms are held to. */
export const textScore = (t: CorpusText): number => score(parsePlan(t.text), t.gold);
