import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '@gangmu/importer';
import { readPlanDocument } from '../src/index.ts';
import { corpusTexts, fixture, FIXTURES, score, textScore } from './helpers.ts';

// Each corpus text printed as PDF in two layouts and saved as Word (scripts/make-document-fixtures.mjs) must import
// as well as the text itself: the PDF adapter and the .docx reader may lose nothing the text importer uses.
const TOLERANCE = 0.02;
const texts = corpusTexts();
const cases = texts.flatMap((t) =>
  ['plain.pdf', 'print.pdf', 'docx'].map((kind) => ({ t, kind, file: `${t.name}.${kind}` })),
);

describe('PDF and Word forms of the corpus texts', () => {
  it('should have a PDF in both layouts and a .docx of every corpus text', () => {
    expect(cases.filter((c) => !existsSync(join(FIXTURES, c.file))).map((c) => c.file)).toEqual([]);
  });

  it.each(cases.map((c) => [c.file, c] as const))(
    'should import %s within 0.02 of the text’s score',
    async (_file, { t, kind, file }) => {
      const bytes = fixture(file);
      const result = kind === 'docx' ? parsePlan(bytes) : await readPlanDocument(bytes, file);
      expect(result.format).toBe(kind === 'docx' ? 'docx' : 'pdf');
      expect(Math.abs(score(result, t.gold) - textScore(t))).toBeLessThanOrEqual(TOLERANCE);
    },
    120_000,
  );
});
