/**
 * The real bulletins of test/fixtures/bulletins/ (see its SOURCE.md) with the figures read from each by hand, and
 * the score of `readBulletin` against them: precision and recall of the (indicator, year, value or growth) facts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readBulletin, type BulletinFigure, type BulletinIndicator } from '../src/index.ts';

const DIR = join(import.meta.dirname, 'fixtures/bulletins');

interface ExpectedFigure {
  readonly indicator: string;
  readonly value?: number;
  readonly growth?: number;
  readonly year?: number;
}

export interface BulletinDocument {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly year: number;
  readonly expected: readonly ExpectedFigure[];
}

export interface BulletinScore {
  readonly expected: number;
  readonly found: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly yearRight: boolean;
  /** Facts read but not expected, and expected but not read, for the report. */
  readonly wrong: readonly string[];
  readonly missed: readonly string[];
}

/** The indicator list every bulletin is read against (ids are the names). */
export const BULLETIN_INDICATORS: readonly BulletinIndicator[] = (
  JSON.parse(readFileSync(join(DIR, 'indicators.json'), 'utf8')) as {
    indicators: { name: string; unit: string }[];
  }
).indicators.map((i) => ({ id: i.name, name: i.name, unit: i.unit }));

export function bulletinDocuments(): BulletinDocument[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const spec = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as {
        document: string;
        year: number;
        figures: ExpectedFigure[];
      };
      return {
        name: f.replace(/\.expected\.json$/, ''),
        bytes: readFileSync(join(DIR, spec.document)),
        year: spec.year,
        expected: spec.figures,
      };
    });
}

function facts(indicator: string, year: number | null, value?: number, pct?: number): string[] {
  const out: string[] = [];
  if (value !== undefined) out.push(`${indicator} ${year} value ${value}`);
  if (pct !== undefined) out.push(`${indicator} ${year} growth ${pct}`);
  return out;
}

export function scoreBulletin(doc: BulletinDocument): BulletinScore {
  const reading = readBulletin(doc.bytes, BULLETIN_INDICATORS);
  const want = new Set(
    doc.expected.flatMap((e) => facts(e.indicator, e.year ?? doc.year, e.value, e.growth)),
  );
  const got = new Set(
    reading.figures.flatMap((f: BulletinFigure) => facts(f.indicatorId, f.year, f.value, f.pct)),
  );
  const correct = [...got].filter((g) => want.has(g)).length;
  return {
    expected: want.size,
    found: got.size,
    correct,
    precision: got.size === 0 ? (want.size === 0 ? 1 : 0) : correct / got.size,
    recall: want.size === 0 ? 1 : correct / want.size,
    yearRight: reading.year === doc.year,
    wrong: [...got].filter((g) => !want.has(g)),
    missed: [...want].filter((w) => !got.has(w)),
  };
}
