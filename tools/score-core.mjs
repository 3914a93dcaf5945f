// The import scorer's logic, shared by the CLI (score-import.mjs), `npm run score:corpus` and the importer's tests.
// scoreDraft(gold, out) → { facets: [{ name, gold, found, matched, precision, recall, f, beta }], score }.
// The score is the mean of the F-scores of the facets the gold file defines (prose targets and baselines use F2,
// since a gold annotation may not list every legitimate find).

// Titles match when equal after dropping white space and punctuation, or when their edit distance is small.
const norm = (s) => String(s ?? '').normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
function distance(a, b) {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length];
}
const same = (a, b) => {
  const x = norm(a), y = norm(b);
  if (x === y) return true;
  const n = Math.max(x.length, y.length);
  return n > 0 && 1 - distance(x, y) / n >= 0.85;
};

// Greedy one-to-one matching of gold keys against output keys.
// beta > 1 weighs recall above precision (used where the gold may not list every legitimate find).
function facet(name, goldKeys, outKeys, match, beta = 1) {
  const used = new Set();
  let hit = 0;
  for (const g of goldKeys) {
    const k = outKeys.findIndex((o, i) => !used.has(i) && match(g, o));
    if (k >= 0) { used.add(k); hit++; }
  }
  const precision = outKeys.length ? hit / outKeys.length : (goldKeys.length ? 0 : 1);
  const recall = goldKeys.length ? hit / goldKeys.length : 1;
  const b2 = beta * beta;
  const f = precision + recall ? ((1 + b2) * precision * recall) / (b2 * precision + recall) : 0;
  return { name, gold: goldKeys.length, found: outKeys.length, matched: hit, precision, recall, f, beta };
}

const chapters = (d) => (d.chapters ?? []).map((c) => ({ no: c.no, title: c.title }));
const sections = (d) => (d.chapters ?? []).flatMap((c) => (c.sections ?? []).map((s) => ({ c: c.no, no: s.no, title: s.title })));
const items = (d) => (d.chapters ?? []).flatMap((c) => (c.sections ?? []).flatMap((s) =>
  (s.items ?? []).map((it) => ({ c: c.no, s: s.no, title: typeof it === 'string' ? it : it.title }))));
const boxes = (d) => (d.boxes ?? []).map((b) => ({ no: b.no, title: b.title }));
const projects = (d) => (d.boxes ?? []).flatMap((b) => (b.projects ?? []).map((p) => ({ b: b.no, name: p.name })));
const num = (v) => (v === null || v === undefined || v === '' ? null : Number(v));
const text = (v) => (v === null || v === undefined ? '' : norm(v));

/** Scores an importer's output (the gold-file shape) against a gold annotation. */
export function scoreDraft(gold, out) {
  // A facet counts only where the gold file defines it (a gold file may annotate chapters and sections only).
  const has = {
    parts: Array.isArray(gold.parts),
    sections: (gold.chapters ?? []).some((c) => Array.isArray(c.sections)),
    items: (gold.chapters ?? []).some((c) => (c.sections ?? []).some((s) => Array.isArray(s.items))),
    boxes: Array.isArray(gold.boxes),
    indicators: Array.isArray(gold.indicators),
    proseTargets: Array.isArray(gold.proseTargets),
    baselines: Array.isArray(gold.baselines),
  };
  const facets = [
    has.parts && facet('parts (篇)', gold.parts, out.parts ?? [], (g, o) => g.no === o.no && same(g.title, o.title)),
    facet('chapters', chapters(gold), chapters(out), (g, o) => g.no === o.no && same(g.title, o.title)),
    has.sections && facet('sections', sections(gold), sections(out), (g, o) => g.c === o.c && g.no === o.no && same(g.title, o.title)),
    has.items && facet('items', items(gold), items(out), (g, o) => g.c === o.c && g.s === o.s && same(g.title, o.title)),
    has.boxes && facet('boxes', boxes(gold), boxes(out), (g, o) => g.no === o.no && same(g.title, o.title)),
    has.boxes && facet('box projects', projects(gold), projects(out), (g, o) => g.b === o.b && same(g.name, o.name)),
    has.indicators && facet('indicators (every field)', gold.indicators, out.indicators ?? [], (g, o) =>
      same(g.name, o.name) && text(g.category) === text(o.category) && text(g.unit) === text(o.unit) &&
      text(g.previousPeriod) === text(o.previousPeriod) && text(g.target) === text(o.target) && text(g.attribute) === text(o.attribute)),
    has.proseTargets && facet('prose targets', gold.proseTargets, out.proseTargets ?? [], (g, o) =>
      num(g.value) === num(o.value) && text(g.unit) === text(o.unit) &&
      [o.subject, o.metric, o.quote].some((s) => text(s).includes(text(g.subject))), 2),
    has.baselines && facet('baselines', gold.baselines, out.baselines ?? [], (g, o) =>
      num(g.value) === num(o.value) && num(g.year) === num(o.year) && text(g.unit) === text(o.unit) &&
      [o.metric, o.quote].some((s) => text(s).includes(text(g.metric))), 2),
  ].filter((f) => f !== false);
  const score = facets.reduce((a, f) => a + f.f, 0) / facets.length;
  return { facets, score };
}

/** The CLI's line for one facet. */
export const formatFacet = (f) =>
  `${f.name}: gold ${f.gold}, found ${f.found}, matched ${f.matched}, P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F${f.beta} ${f.f.toFixed(3)}`;
