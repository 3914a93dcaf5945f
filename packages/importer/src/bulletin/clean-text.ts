/**
 * A bulletin as people paste it: copied from a web page, a PDF, an OCR tool or a forum. These repairs make its
 * figures readable without changing them: LaTeX percentages from OCR (`\(8.6\%\)`), HTML and forum (BBCode) tags,
 * footnote marks inside a figure (常住人口[4]2180万人), pinyin a mirror put after each character (實(shí)現(xiàn)),
 * thousands separators, a middle dot for a decimal point (1·8%), and traditional characters.
 */
import { normalizeLine } from '../normalize/normalize-line.ts';
import { toSimplified } from './traditional.ts';

export interface CleanLine {
  readonly text: string;
  readonly line: number;
  /** 一、综合, （二）财政税收, ## 人口: a heading ends the sentence before it and starts a section. */
  readonly isHeading: boolean;
}

const LATEX_INLINE = /\\\(\s*(.*?)\s*\\\)/g;
const BBCODE =
  /\[\/?(?:b|i|u|s|align|color|font|size|url|img|p|quote|backcolor|table|tr|td|list|\*)(?:=[^\]]*)?\]/gi;
const FOOTNOTE = /\[\d{1,2}\]/g;
/** A mirror that annotates converted characters with their pinyin: 實(shí)現(xiàn) → 實現. */
const PINYIN = /(\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}\)/gu;
/** The title line: a heading too, so that it is not joined to the first paragraph. */
const TITLE = /^[^，,。；;]{0,40}(?:统计公报|工作报告)$/;
const MARKUP_ONLY = /^(?:!\[[^\]]*\]\([^)]*\)|<!--.*-->|[|\s]*)$/;
const HEADING =
  /^(?:#{1,6}\s*|[一二三四五六七八九十]+、(?=[^，,。；;]{1,30}$)|[（(][一二三四五六七八九十]+[）)](?=[^，,。；;]{1,30}$))/;

function repair(raw: string): string {
  return raw
    .replace(LATEX_INLINE, (_, inner: string) => inner.replace(/\\%/g, '%').replace(/\\/g, ''))
    .replace(/<br\s*\/?>/gi, '')
    .replace(/<[^>]+>/g, '|')
    .replace(BBCODE, '')
    .replace(FOOTNOTE, '')
    .replace(PINYIN, '$1')
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d)[·・](?=\d)/g, '$1.');
}

/** Lines of the source → cleaned lines; markup-only lines (images, page markers, table bars) are dropped. */
export function cleanLines(
  lines: readonly { readonly text: string; readonly line: number }[],
  traditional: boolean,
): CleanLine[] {
  const out: CleanLine[] = [];
  for (const l of lines) {
    if (MARKUP_ONLY.test(l.text.trim())) continue;
    let text = normalizeLine(repair(l.text));
    if (traditional) text = toSimplified(text);
    if (!text) continue;
    const isHeading = HEADING.test(text) || TITLE.test(text);
    out.push({ text: text.replace(/^#{1,6}\s*/, ''), line: l.line, isHeading });
  }
  return out;
}
