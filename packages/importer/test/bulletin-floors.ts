/**
 * What `readBulletin` must keep on the real bulletins (bulletin-corpus.test.ts and `npm run score:bulletin` fail
 * below it): precision and recall over all documents' facts (the target, 0.95 each), and each document's own with a
 * margin. Every document scores 1.000 today; raise a floor, never lower it to let a change through.
 */
export const BULLETIN_FLOORS = {
  precision: 0.95,
  recall: 0.95,
  documentPrecision: 0.9,
  documentRecall: 0.9,
} as const;
