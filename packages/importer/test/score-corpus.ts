/**
 * `npm run score:corpus`: imports every gold-annotated document (test/corpus/ and the example) and prints, per
 * document, one row per facet and its score, then the mean. Exits 1 when a document is below its floor.
 */
import { goldDocuments, scoreAgainstGold } from './corpus.ts';
import { CORPUS_FLOORS, MEAN_FLOOR } from './corpus-floors.ts';

const rows: { name: string; score: number }[] = [];
let failed = false;
for (const doc of goldDocuments()) {
  const { score, facets } = scoreAgainstGold(doc.bytes, doc.gold);
  const floor = CORPUS_FLOORS[doc.name] ?? 0;
  console.log(`\n${doc.name}`);
  console.log('  facet                      gold  found  match      P      R      F');
  for (const f of facets) {
    const cells = [f.gold, f.found, f.matched].map((n) => String(n).padStart(5)).join('  ');
    const ratios = [f.precision, f.recall, f.f].map((n) => n.toFixed(3).padStart(6)).join(' ');
    console.log(`  ${f.name.padEnd(25)} ${cells} ${ratios}`);
  }
  console.log(`  score ${score.toFixed(3)}  (floor ${floor.toFixed(2)})`);
  if (score + 1e-9 < floor) failed = true;
  rows.push({ name: doc.name, score });
}
const mean = rows.reduce((a, r) => a + r.score, 0) / rows.length;
console.log('\ndocument                                                         score');
for (const r of rows) console.log(`${r.name.padEnd(64)} ${r.score.toFixed(3)}`);
console.log(`${'mean'.padEnd(64)} ${mean.toFixed(3)}  (floor ${MEAN_FLOOR.toFixed(2)})`);
if (failed || mean + 1e-9 < MEAN_FLOOR) process.exitCode = 1;
