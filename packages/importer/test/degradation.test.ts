/**
 * The degradation harness: every gold-annotated document (the corpus and the example) with the defects of real
 * extraction applied — alone and combined, as fast-check generates them — must keep ≥ 0.95 of its clean score.
 * Cases fast-check shrank to a failure are kept below as regression cases.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { goldDocuments, scoreAgainstGold } from './corpus.ts';
import { degrade, defectsArbitrary, NO_DEFECTS, type Defects, type GoldOutline } from './degrade.ts';

const RATIO = 0.95;
const RUNS_PER_DOCUMENT = 200;

const docs = goldDocuments().map((d) => {
  const text = new TextDecoder().decode(d.bytes);
  const gold = d.gold as GoldOutline;
  return { name: d.name, text, gold, clean: scoreAgainstGold(text, gold).score };
});
const scoreWith = (doc: (typeof docs)[number], defects: Defects) =>
  scoreAgainstGold(degrade(doc.text, doc.gold, defects), doc.gold).score;

/** Shrunk failures found while building the importer, each once a real bug. */
const REGRESSIONS: readonly [string, Partial<Defects>][] = [
  ['a page footer "第 3 页" inside the TOC', { pages: { every: 15, footer: 2, header: false } }],
  ['a running header inside the TOC', { pages: { every: 30, footer: 0, header: true } }],
  [
    'a bare page number inside a flattened indicator table',
    { pages: { every: 20, footer: 3, header: false } },
  ],
  ['a two-column TOC read across', { toc: { twoColumns: true } }],
  ['a TOC of 一、/（一） entries', { toc: { twoColumns: false } }],
  ['headings joined to their text by full-width spaces', { joinHeadings: { every: 1, gap: '\u3000\u3000' } }],
  ['an encyclopedia infobox before the title', { wrapper: true }],
  [
    'a hard-wrapped preface, then a TOC with "第 1 页" footers and the title as running header',
    { wrap: 40, pages: { every: 45, footer: 2, header: true }, toc: { twoColumns: false } },
  ],
  [
    'a page footer inside a sentence cut at the wrap width, before a line starting "十六，"',
    {
      wrap: 36,
      pages: { every: 17, footer: 0, header: false },
      joinHeadings: { every: 2, gap: '\u3000\u3000' },
    },
  ],
  [
    'full-width digits, CR line ends and doubled blank lines',
    { digits: 'fullWidth', lineEnding: '\r', blankLines: true },
  ],
];

describe('parsePlan on degraded real documents', () => {
  describe.each(docs)('$name', (doc) => {
    it.each(REGRESSIONS)('should keep 0.95 of its clean score with %s', (_name, defects) => {
      expect(scoreWith(doc, { ...NO_DEFECTS, ...defects })).toBeGreaterThanOrEqual(RATIO * doc.clean);
    });

    it(`should keep 0.95 of its clean score under ${RUNS_PER_DOCUMENT} generated combinations of defects`, () => {
      fc.assert(
        fc.property(defectsArbitrary, (defects) => scoreWith(doc, defects) >= RATIO * doc.clean),
        { numRuns: RUNS_PER_DOCUMENT, seed: 20261201 },
      );
    });

    it('should keep 0.95 of its clean score with paragraphs hard-wrapped mid-word at every width', () => {
      for (let wrap = 18; wrap <= 40; wrap++)
        expect([wrap, scoreWith(doc, { ...NO_DEFECTS, wrap }) / doc.clean]).toEqual([
          wrap,
          expect.toSatisfy((ratio: number) => ratio >= RATIO),
        ]);
    });
  });
});
