/** Title comparison that tolerates white space, punctuation and a dropped or changed character. */
const stripped = new Map<string, string>();
/** Titles are compared many times (every short body line against the TOC), so their stripped forms are cached. */
const strip = (s: string): string => {
  let t = stripped.get(s);
  if (t === undefined) {
    t = s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
    if (stripped.size > 10_000) stripped.clear();
    stripped.set(s, t);
  }
  return t;
};

/** Levenshtein distance, O(a·b) time and O(b) memory; titles are short, and callers cap the lengths. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length]!;
}

/** 1 for titles equal after normalisation, down to 0; lines longer than 120 characters are never titles. */
export function titleSimilarity(a: string, b: string, atLeast = 0): number {
  const x = strip(a);
  const y = strip(b);
  if (x === y) return 1;
  if (!x || !y || x.length > 120 || y.length > 120) return 0;
  const longest = Math.max(x.length, y.length);
  // The distance is at least the difference in length: skip the quadratic part when that already rules a match out.
  if (1 - Math.abs(x.length - y.length) / longest < atLeast) return 0;
  return 1 - distance(x, y) / longest;
}

export const sameTitle = (a: string, b: string): boolean => strip(a) === strip(b);
export const stripTitle = strip;
