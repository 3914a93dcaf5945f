/**
 * One sentence of a bulletin → the statistics it names and the figures that belong to them.
 *
 * A statistic's name owns the text up to the next name. In that text the first clause gives the level (a number with
 * a unit, not after a growth verb) and the growth (增长/下降 x%); following clauses that only qualify the figure
 * (按可比价格计算, 比上年增长 x%) can still give the growth; a clause with a new subject or 其中 ends it.
 */
import { CONCEPTS, OTHER_STATISTICS, type Concept } from './concepts.ts';
import { expandRespectively } from './respectively.ts';
import { UNIT_PATTERN } from './units.ts';

export type Qualifier = 'over' | 'about' | 'under';

export interface Level {
  /** As printed, so that a unit conversion keeps its precision. */
  readonly printed: string;
  readonly unit: string;
  readonly qualifier?: Qualifier;
}

export interface Growth {
  readonly pct: number;
  readonly qualifier?: Qualifier;
}

export interface Reading {
  readonly concept: Concept;
  /** The name as printed. */
  readonly name: string;
  readonly offset: number;
  readonly level?: Level;
  readonly growth?: Growth;
  /** A year the sentence names for this figure (2021年我省…), when it is not the bulletin's. */
  readonly year?: number;
  /** Whether the text after the name holds a number at all (for "mentioned but not read" diagnostics). */
  readonly hasNumber: boolean;
}

interface Mention {
  readonly concept: Concept | null;
  readonly start: number;
  readonly end: number;
}

const NAME_PATTERNS: readonly { concept: Concept | null; re: RegExp }[] = [
  ...CONCEPTS.map((c) => ({ concept: c, re: new RegExp(c.names.join('|'), 'g') })),
  { concept: null, re: new RegExp(OTHER_STATISTICS.join('|'), 'g') },
];

/** A name right after these words is a reference (占地区生产总值51.8%, 对GDP增长的贡献率), not a subject. */
const REFERENCE_BEFORE = /(?:占|对|拉动|相当于|高于|低于|快于|慢于)$/;
const LEVEL_VERB =
  '达到|达|为|是|完成|实现|突破|超过|超|逾|约|近|接近|不到|不足|提高至|提高到|上升至|上升到|增至|增加到|增长到|降至|下降到|下降至|降低到|降低至|控制在|保持在';
const LEVEL = new RegExp(
  `(${LEVEL_VERB})?\\s*(\\d+(?:\\.\\d+)?)\\s*(${UNIT_PATTERN})(左右|以上|以内|以下|多)?`,
  'g',
);
const CHANGE_BEFORE = /(?:增长|下降|上涨|增加|减少|提高|降低|回落|上升|下滑|下跌|缩小|扩大)了?\s*$/;
const GROWTH =
  /(比上年末?|较上年末?|同比|比去年|较去年|比上年同期)?\s*(?:实际|名义)?\s*(增长|增加|上涨|提高|上升|下降|减少|回落|降低|下滑|下跌)(?![至到])\s*(约|近|超过)?\s*(\d+(?:\.\d+)?)\s*%(左右|以上)?/g;
/** Several years' change (年均, 累计, 两年平均) is not the year's growth. */
const MULTI_YEAR_BEFORE = /(?:年均|平均|累计|比(?:19|20)\d{2}年)\s*$/;
const UNCHANGED = /(?:与|同)(?:上年|去年)(?:同期)?持平/;
const CONTINUATION =
  /^(?:按|扣除|剔除|以|初步|据|比|较|同比|环比|与|增长|下降|上涨|提高|减少|增加|回落|降低|实际|名义)/;
const PRE_QUALIFIER: Readonly<Record<string, Qualifier>> = {
  突破: 'over',
  超过: 'over',
  超: 'over',
  逾: 'over',
  约: 'about',
  近: 'about',
  接近: 'about',
  不到: 'under',
  不足: 'under',
};
const POST_QUALIFIER: Readonly<Record<string, Qualifier>> = {
  左右: 'about',
  以上: 'over',
  多: 'over',
  以内: 'under',
  以下: 'under',
};

/** Names found in the sentence: leftmost-longest, other statistics and references dropped, 地区生产总值（GDP） merged. */
function findMentions(text: string): Mention[] {
  const all: Mention[] = [];
  for (const { concept, re } of NAME_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length > 0) all.push({ concept, start: m.index, end: m.index + m[0].length });
      else re.lastIndex++;
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of all) {
    const last = kept.at(-1);
    if (last && m.start < last.end) continue;
    if (last && last.concept === m.concept && /^[\s(（）)]*$/.test(text.slice(last.end, m.start))) {
      kept[kept.length - 1] = { ...last, end: m.end };
      continue;
    }
    kept.push(m);
  }
  return kept.filter((m) => m.concept && !REFERENCE_BEFORE.test(text.slice(0, m.start)));
}

function qualifierOf(pre: string | undefined, post: string | undefined): Qualifier | undefined {
  return (pre && PRE_QUALIFIER[pre]) || (post && POST_QUALIFIER[post]) || undefined;
}

/** The first level in a clause: a number with a unit that is not a year, a rank, a change or a point difference. */
export function findLevel(clause: string): Level | undefined {
  LEVEL.lastIndex = 0;
  for (let m = LEVEL.exec(clause); m; m = LEVEL.exec(clause)) {
    const [whole, verb, num, unit, post] = m;
    const before = clause.slice(0, m.index);
    const after = clause.slice(m.index + whole.length);
    if (unit === '年' && /^(?:19|20)\d{2}$/.test(num!)) continue;
    if (/(?:第|前)\s*$/.test(before) || /^(?:百分点|倍)/.test(after)) continue;
    if (!verb && CHANGE_BEFORE.test(before)) continue;
    const qualifier = qualifierOf(verb, post);
    // 突破3万亿元、达3.6万亿元: the round threshold first, the figure itself after it.
    const exact = new RegExp(`^\\s*[、，,]\\s*(?:达到|达)\\s*(\\d+(?:\\.\\d+)?)\\s*(${UNIT_PATTERN})`).exec(
      after,
    );
    if (qualifier === 'over' && exact) return { printed: exact[1]!, unit: exact[2]! };
    return { printed: num!, unit: unit!, ...(qualifier ? { qualifier } : {}) };
  }
  return undefined;
}

/** The year's growth in a clause (比上年增长8.6%, 同比下降2.1%, 与上年持平), not a several-year average. */
export function findGrowth(clause: string): Growth | undefined {
  GROWTH.lastIndex = 0;
  for (let m = GROWTH.exec(clause); m; m = GROWTH.exec(clause)) {
    const [, , verb, pre, num, post] = m;
    if (MULTI_YEAR_BEFORE.test(clause.slice(0, m.index))) continue;
    const negative = /下降|减少|回落|降低|下滑|下跌/.test(verb!);
    const pct = Number(num) * (negative ? -1 : 1);
    const qualifier = qualifierOf(pre, post);
    return { pct: pct === 0 ? 0 : pct, ...(qualifier ? { qualifier } : {}) };
  }
  return UNCHANGED.test(clause) ? { pct: 0 } : undefined;
}

/** The year a sentence names before a figure (2021年，… / 2021年我省…), unless it is a comparison's base. */
function yearBefore(text: string): number | undefined {
  let found: number | undefined;
  for (const m of text.matchAll(/((?:19|20)\d{2})\s*年(?=[，,全末底我是])/g)) {
    if (!/[比较由从与至到]$/.test(text.slice(0, m.index))) found = Number(m[1]);
  }
  return found;
}

function readMention(text: string, m: Mention, spanEnd: number): Reading {
  const span = text.slice(m.end, spanEnd);
  const clauses = span.split(/[，,：:]/);
  const first = clauses[0] ?? '';
  const level = findLevel(first);
  let growth = findGrowth(first);
  if ((level || growth) && !growth) {
    for (const clause of clauses.slice(1)) {
      const c = clause.trim();
      const qualifiesOnly = CONTINUATION.test(c) || (!/\d/.test(c) && c.length <= 12 && !/其中/.test(c));
      if (!qualifiesOnly) break;
      growth = findGrowth(c);
      if (growth) break;
    }
  }
  const year = yearBefore(text.slice(0, m.start));
  return {
    concept: m.concept!,
    name: text.slice(m.start, m.end),
    offset: m.start,
    ...(level ? { level } : {}),
    ...(growth ? { growth } : {}),
    ...(year !== undefined ? { year } : {}),
    hasNumber: /\d/.test(first),
  };
}

/**
 * Every statistic named in the sentence, with what could be read for it (possibly nothing). Offsets are in `text`,
 * the sentence with its 分别 lists written out.
 */
export function readSentence(sentence: string): { text: string; readings: Reading[] } {
  const text = expandRespectively(sentence);
  const mentions = findMentions(text);
  return {
    text,
    readings: mentions.map((m, i) => readMention(text, m, mentions[i + 1]?.start ?? text.length)),
  };
}
