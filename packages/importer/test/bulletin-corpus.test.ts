import { describe, expect, it } from 'vitest';
import { bulletinDocuments, scoreBulletin } from './bulletin-corpus.ts';
import { BULLETIN_FLOORS } from './bulletin-floors.ts';

const docs = bulletinDocuments();
const scores = new Map(docs.map((d) => [d.name, scoreBulletin(d)]));

describe('readBulletin on the real bulletins', () => {
  it('should have at least five documents', () => {
    expect(docs.length).toBeGreaterThanOrEqual(5);
  });

  it.each(docs.map((d) => d.name))('should find the year of %s and keep its floors', (name) => {
    const s = scores.get(name)!;
    expect(s.yearRight).toBe(true);
    expect(s.precision).toBeGreaterThanOrEqual(BULLETIN_FLOORS.documentPrecision);
    expect(s.recall).toBeGreaterThanOrEqual(BULLETIN_FLOORS.documentRecall);
  });

  it('should keep precision and recall over all documents at or above the floors', () => {
    const all = [...scores.values()];
    const correct = all.reduce((a, s) => a + s.correct, 0);
    const found = all.reduce((a, s) => a + s.found, 0);
    const expected = all.reduce((a, s) => a + s.expected, 0);
    expect(correct / found).toBeGreaterThanOrEqual(BULLETIN_FLOORS.precision);
    expect(correct / expected).toBeGreaterThanOrEqual(BULLETIN_FLOORS.recall);
  });
});
