/**
 * Recognises the heading markers of Chinese plans. The ranks, from the top: 篇/部分/编 (part) > 章 (chapter) >
 * 节 (section) > 一、 > （一） > 1. / （1）. Which of them a plan uses for chapters, sections and items is
 * decided per document by the outline builder; here a line is only classified by its marker.
 * All patterns are anchored and free of nested quantifiers, so classification is linear in the line.
 */
import { formatChineseNumber, parseChineseNumber } from '../normalize/chinese-numerals.ts';

export type MarkerKind = 'part' | 'chapter' | 'section' | 'cn' | 'paren' | 'num' | 'parenNum' | 'box';

export interface Marker {
  readonly kind: MarkerKind;
  readonly no: number;
  /** The printed marker, e.g. 第三章, 一、, （二）. */
  readonly label: string;
  /** The rest of the line after the marker. */
  readonly rest: string;
}

const CN = '[零〇○一二两三四五六七八九十百千\\d]+';
const PATTERNS: readonly [MarkerKind, RegExp][] = [
  ['part', new RegExp(`^(第\\s*(${CN})\\s*(?:篇|部分|编))\\s*(.*)$`)],
  ['chapter', new RegExp(`^(第\\s*(${CN})\\s*章)\\s*(.*)$`)],
  ['section', new RegExp(`^(第\\s*(${CN})\\s*节)\\s*(.*)$`)],
  ['box', /^(专栏\s*([\d一二三四五六七八九十]+))\s*[:：、.．]?\s*(.*)$/],
  ['cn', /^(([一二三四五六七八九十]{1,3})\s*[、，,．.])\s*(.*)$/],
  ['paren', /^([（(]\s*([一二三四五六七八九十]{1,3})\s*[)）])\s*[、，,．.]?\s*(.*)$/],
  ['parenNum', /^([（(]\s*(\d{1,2})\s*[)）])\s*(.*)$/],
  ['num', /^((\d{1,2})\s*(?:[.．、]|\s)(?!\d))\s*(.*)$/],
];

/** Every marker starts with one of these characters; most lines are rejected on the first one. */
const MARKER_START = /^[第专一二三四五六七八九十（(\d]/;

export function classifyMarker(text: string): Marker | null {
  if (!MARKER_START.test(text)) return null;
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const no = parseChineseNumber((m[2] ?? '').replace(/\s/g, ''));
    if (no === null || no <= 0) continue;
    return { kind, no, label: m[1] ?? '', rest: (m[3] ?? '').trim() };
  }
  return null;
}

/** A line that is only a page number: "— 3 —", "- 3 -", "27", "第 3 页 共 20 页", "3/20", roman "II", "I I". */
export const PAGE_NUMBER_LINE =
  /^(?:[-—–]?\s*\d{1,4}\s*[-—–]?|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[IVXivx]+(?:\s[IVXivx]+){0,2})$/;

/** Sentence-ending punctuation: a heading never ends with it, a paragraph almost always does. */
export const ENDS_SENTENCE = /[。！？；;!?…”"）)]$/;

/**
 * Splits a heading glued to its paragraph ("一、加快发展现代产业体系。坚持…") at the first full stop or
 * colon. Returns the whole text as the title when there is no such break.
 */
export function splitGluedHeading(rest: string): { title: string; text: string } {
  const m = /^([^。：:！？]{1,80}?)[。：:！？](.*)$/.exec(rest);
  if (m && (m[2] ?? '').trim().length > 0) return { title: (m[1] ?? '').trim(), text: (m[2] ?? '').trim() };
  return { title: rest.replace(/[。：:]$/, '').trim(), text: '' };
}

/** How a marker of this kind prints number `no`: 第三章, 第三节, 三、, （三）. */
export function markerLabel(kind: MarkerKind, no: number): string {
  const n = formatChineseNumber(no);
  if (kind === 'chapter') return `第${n}章`;
  if (kind === 'section') return `第${n}节`;
  if (kind === 'part') return `第${n}篇`;
  if (kind === 'cn') return `${n}、`;
  if (kind === 'paren') return `（${n}）`;
  return `${no}.`;
}
