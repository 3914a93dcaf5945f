/**
 * `npm run score:bulletin`: reads every real bulletin of test/fixtures/bulletins/ against the indicator list and
 * prints, per document, the facts expected, found and correct, precision and recall; then the totals over all
 * documents. Exits 1 when the totals fall below the floors of bulletin-floors.ts.
 */
import { bulletinDocuments, scoreBulletin } from './bulletin-corpus.ts';
import { BULLETIN_FLOORS } from './bulletin-floors.ts';

let expected = 0;
let found = 0;
let correct = 0;
console.log('document                                  year  expected  found  correct  precision  recall');
let documentBelow = false;
for (const doc of bulletinDocuments()) {
  const s = scoreBulletin(doc);
  if (
    !s.yearRight ||
    s.precision < BULLETIN_FLOORS.documentPrecision ||
    s.recall < BULLETIN_FLOORS.documentRecall
  )
    documentBelow = true;
  expected += s.expected;
  found += s.found;
  correct += s.correct;
  const cells = [s.expected, s.found, s.correct].map((n, i) => String(n).padStart(i === 0 ? 8 : 6)).join(' ');
  const ratios = `${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}`;
  console.log(`${doc.name.padEnd(40)} ${s.yearRight ? ' ok ' : 'WRONG'} ${cells}  ${ratios}`);
  for (const w of s.wrong) console.log(`    read, not expected: ${w}`);
  for (const m of s.missed) console.log(`    expected, not read: ${m}`);
}
const precision = found === 0 ? 0 : correct / found;
const recall = expected === 0 ? 0 : correct / expected;
console.log(
  `\nall ${expected} expected, ${found} found, ${correct} correct: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
);
console.log(
  `floors: precision ${BULLETIN_FLOORS.precision}, recall ${BULLETIN_FLOORS.recall} (target 0.95 each)`,
);
if (documentBelow || precision + 1e-9 < BULLETIN_FLOORS.precision || recall + 1e-9 < BULLETIN_FLOORS.recall)
  process.exitCode = 1;
