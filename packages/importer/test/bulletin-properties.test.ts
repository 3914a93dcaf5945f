/**
 * readBulletin never throws and keeps its promises on any text: lines of real bulletins shuffled, cut and mixed with
 * noise. Every figure belongs to a listed indicator, points at a line of the input, and has a value or a growth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readBulletin } from '../src/index.ts';
import { BULLETIN_INDICATORS } from './bulletin-corpus.ts';

const DIR = join(import.meta.dirname, 'fixtures/bulletins');
const realLines = [
  'chengdu-2021-city.md',
  'xihu-2018-district.txt',
  'panji-2022-district.txt',
  'wenxi-2022-county.txt',
]
  .flatMap((f) => readFileSync(join(DIR, f), 'utf8').split('\n'))
  .filter((l) => l.trim());

const bulletinLike = fc.array(
  fc.oneof(
    fc.constantFrom(...realLines),
    fc.constantFrom(...realLines).chain((l) => fc.nat(l.length).map((n) => l.slice(0, n))),
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      '分别',
      '、',
      '，',
      '。',
      '\\(8.6\\%\\)',
      '[b]',
      '突破',
      '约',
      '增长',
      '%',
      '万元',
      '2021年',
    ),
  ),
  { maxLength: 40 },
);

describe('readBulletin on arbitrary text', () => {
  it('should never throw, and every figure should be of a listed indicator, on a real line, with a number', () => {
    const ids = new Set(BULLETIN_INDICATORS.map((i) => i.id));
    fc.assert(
      fc.property(bulletinLike, (lines) => {
        const text = lines.join('\n');
        const r = readBulletin(text, BULLETIN_INDICATORS);
        for (const f of r.figures) {
          expect(ids.has(f.indicatorId)).toBe(true);
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(text.split(/\r\n|[\n\r\f\v\u2028\u2029\u0085]/).length);
          expect(f.value !== undefined || f.pct !== undefined).toBe(true);
          if (f.value !== undefined) expect(Number.isFinite(f.value)).toBe(true);
          if (f.pct !== undefined) expect(Number.isFinite(f.pct)).toBe(true);
        }
        const read = new Set(r.figures.map((f) => f.indicatorId));
        for (const id of ids) expect(read.has(id) !== r.missing.includes(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
