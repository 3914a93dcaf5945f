/**
 * Suggesting which upper-plan indicator a lower plan's indicator implements (a district's 地区生产总值增速 → the
 * city's). A person confirms every suggestion; the score only orders them, and says why in its parts.
 *
 * score = 0.7 · name + 0.2 · unit + 0.1 · attribute, each part in [0, 1]:
 * - name: Jaccard similarity of the character bigrams of the normalised names (full-width folded, brackets,
 *   spaces, punctuation and list marks dropped), raised to 0.8 when one name contains the other
 *   (城镇化率 inside 常住人口城镇化率): Chinese indicator names differ mostly by a qualifier.
 * - unit: 1 when equal after normalisation (％ → %), 0.5 when of one kind (亿元 and 万元) or one is unknown, else 0.
 * - attribute: 1 when both are 约束性 or both 预期性, else 0.
 * The name dominates because units and attributes are shared by dozens of indicators of a plan.
 */
import type { Attribute } from '../indicator/attribute.ts';

export interface LinkCandidate {
  readonly id: string;
  readonly name: string;
  readonly unit: string | null;
  readonly attribute: Attribute;
}

export interface LinkScore {
  readonly upperId: string;
  readonly score: number;
  readonly name: number;
  readonly unit: number;
  readonly attribute: number;
}

export interface LinkSuggestion {
  readonly lowerId: string;
  readonly candidates: readonly LinkScore[];
}

export const LINK_WEIGHTS = { name: 0.7, unit: 0.2, attribute: 0.1 } as const;
export const LINK_MIN_SCORE = 0.45;
const CONTAINED_NAME_SCORE = 0.8;

/** Full-width ASCII folded to half-width; brackets with their content, spaces, punctuation and list marks removed. */
export function normaliseIndicatorName(name: string): string {
  return name
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\([^)]*\)|【[^】]*】|\[[^\]]*\]/g, '')
    .replace(/^\s*(\d+|[一二三四五六七八九十]+)[.、．]/, '')
    .replace(/[\s\u3000★*·、，,。.：:；;“”"'‘’/\\-]/g, '')
    .toLowerCase();
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  if (s.length === 1) out.add(s);
  for (let i = 0; i + 1 < s.length; i += 1) out.add(s.slice(i, i + 2));
  return out;
}

/** Name similarity in [0, 1] (see the file's comment). */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseIndicatorName(a);
  const y = normaliseIndicatorName(b);
  if (x.length === 0 || y.length === 0) return 0;
  if (x === y) return 1;
  const A = bigrams(x);
  const B = bigrams(y);
  let common = 0;
  for (const g of A) if (B.has(g)) common += 1;
  const jaccard = common / (A.size + B.size - common);
  const contained = x.includes(y) || y.includes(x);
  return contained ? Math.max(jaccard, CONTAINED_NAME_SCORE) : jaccard;
}

const UNIT_KINDS: readonly (readonly string[])[] = [
  ['元', '万元', '亿元', '万亿元', '美元', '万美元', '亿美元'],
  ['%', '‰', '个百分点'],
  ['人', '万人', '人次', '万人次'],
  ['吨', '万吨', '亿吨', '吨标准煤', '万吨标准煤'],
  ['平方米', '万平方米', '平方公里', '公顷', '亩', '万亩'],
  ['个', '家', '所', '座', '项'],
];

export function normaliseUnit(unit: string | null | undefined): string {
  return (unit ?? '')
    .replace(/[\s\u3000]/g, '')
    .replace('％', '%')
    .replace('‰', '‰');
}

/** Unit agreement in [0, 1] (see the file's comment). */
export function unitAgreement(a: string | null | undefined, b: string | null | undefined): number {
  const x = normaliseUnit(a);
  const y = normaliseUnit(b);
  if (x === '' || y === '') return 0.5;
  if (x === y) return 1;
  return UNIT_KINDS.some((kind) => kind.includes(x) && kind.includes(y)) ? 0.5 : 0;
}

/** The score of `upper` as what `lower` implements, with its parts. */
export function scoreLink(lower: LinkCandidate, upper: LinkCandidate): LinkScore {
  const name = nameSimilarity(lower.name, upper.name);
  const unit = unitAgreement(lower.unit, upper.unit);
  const attribute = lower.attribute === upper.attribute ? 1 : 0;
  const score = LINK_WEIGHTS.name * name + LINK_WEIGHTS.unit * unit + LINK_WEIGHTS.attribute * attribute;
  return { upperId: upper.id, score: round3(score), name: round3(name), unit, attribute };
}

/**
 * For each lower indicator, the upper ones scoring at least `minScore`, best first (at most `limit`).
 * Ties go to the upper indicator listed first (the plan's own order), so the result is stable.
 */
export function suggestLinks(
  lower: readonly LinkCandidate[],
  upper: readonly LinkCandidate[],
  options: { readonly minScore?: number; readonly limit?: number } = {},
): LinkSuggestion[] {
  const minScore = options.minScore ?? LINK_MIN_SCORE;
  const limit = options.limit ?? 3;
  return lower.map((l) => {
    const scored = upper
      .map((u, index) => ({ s: scoreLink(l, u), index }))
      .filter(({ s }) => s.score >= minScore)
      .sort((p, q) => q.s.score - p.s.score || p.index - q.index)
      .slice(0, limit)
      .map(({ s }) => s);
    return { lowerId: l.id, candidates: scored };
  });
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
