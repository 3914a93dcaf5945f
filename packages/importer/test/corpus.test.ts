import { describe, expect, it } from 'vitest';
import { goldDocuments, scoreAgainstGold } from './corpus.ts';
import { CORPUS_FLOORS, MEAN_FLOOR } from './corpus-floors.ts';

const docs = goldDocuments();
const scores = new Map(docs.map((d) => [d.name, scoreAgainstGold(d.bytes, d.gold).score]));

describe('parsePlan on the real-document corpus', () => {
  it('should have a floor for every gold-annotated document', () => {
    expect(docs.map((d) => d.name).sort()).toEqual(Object.keys(CORPUS_FLOORS).sort());
  });

  it.each(docs.map((d) => d.name))('should keep %s at or above its floor', (name) => {
    expect(scores.get(name)).toBeGreaterThanOrEqual(CORPUS_FLOORS[name]!);
  });

  it('should keep the mean at or above its floor', () => {
    const mean = [...scores.values()].reduce((a, b) => a + b, 0) / scores.size;
    expect(mean).toBeGreaterThanOrEqual(MEAN_FLOOR);
  });
});
