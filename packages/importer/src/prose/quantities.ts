/**
 * Numbers with units in running text, clause by clause. Shared by the prose-target and baseline
 * extractors. The unit list is ordered longest first so that 亿美元 wins over 亿 and 万人次 over 万人.
 */
const UNITS = [
  '亿美元',
  '万美元',
  '万平方米',
  '平方公里',
  '平方米',
  '万人次',
  '万千瓦',
  '立方米',
  '亿元',
  '万元',
  '万人',
  '万户',
  '万吨',
  '万亩',
  '公里',
  '千米',
  '公顷',
  '千瓦',
  '人次',
  '%',
  '元',
  '个',
  '家',
  '所',
  '座',
  '处',
  '项',
  '条',
  '亩',
  '张',
  '人',
  '户',
  '辆',
  '吨',
  '岁',
  '倍',
  '栋',
];
const UNIT_ALT = UNITS.map((u) => u.replace(/[%]/g, '%')).join('|');
/** A number and its unit; the look-behind keeps digits of years, models (4A) and ordinals (第3) out. */
export const QUANTITY = new RegExp(String.raw`(?<![\d.第—–\-~～至])(\d+(?:\.\d+)?)\s*(${UNIT_ALT})`, 'g');

export interface Quantity {
  readonly value: number;
  readonly unit: string;
  /** Text of the clause before the number. */
  readonly before: string;
  readonly after: string;
}

/** Sentences of a paragraph, each with its closing punctuation removed. */
export function sentences(text: string): string[] {
  return text
    .split(/[。！？!?]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Clauses of a sentence, split at commas and semicolons. */
export function clauses(sentence: string): string[] {
  return sentence
    .split(/[，,；;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function quantitiesIn(clause: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of clause.matchAll(QUANTITY)) {
    const value = Number(m[1]);
    const unit = m[2] ?? '';
    const at = m.index ?? 0;
    // "2025年" is a year, not a quantity of years; "5G", "4A" are names.
    if (unit === '年' || !Number.isFinite(value)) continue;
    found.push({ value, unit, before: clause.slice(0, at), after: clause.slice(at + m[0].length) });
  }
  return found;
}

const LEADING_NOISE =
  /^(?:到|至)?\s*(?:20\d\d年(?:底|末)?)?[，,]?\s*(?:全区|全市|全县|全省|全国|我区|我市|我县|力争|确保|努力|实现|完成|其中|共|累计|现有)*/;
const TRAILING_VERB =
  /(?:要|将|能|预计)?(?:达到|达|为|突破|超过|提高到|提高至|提升到|提升至|增加到|增长到|保持在|稳定在|控制在|降至|降到|下降到|不低于|不少于|不超过|完成|实现|建设|建成|创建|新建|新增|培育|打造|引进|累计)+$/;

/** The metric named before a number: the clause text without the year, 全区-type scope words and the verb. */
export function metricBefore(before: string): string {
  return before
    .replace(LEADING_NOISE, '')
    .replace(TRAILING_VERB, '')
    .replace(/[的“”"]+$/, '')
    .trim();
}
