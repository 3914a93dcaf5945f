/**
 * The parts of a published page around the plan itself: the site's furniture (breadcrumbs, 索引号,
 * 浏览量, share buttons, "关联稿件"), the cover (title, approving congress, issuer, date) and the title
 * facts (period, vision year, base year).
 */
import { compact } from '../normalize/normalize-line.ts';
import { parseChineseNumber } from '../normalize/chinese-numerals.ts';

export interface Line {
  readonly text: string;
  readonly line: number;
  readonly table?: readonly (readonly string[])[];
}

const FURNITURE =
  /^(?:您现在所在的位置|您当前的位置|当前位置|所在位置|首页\s*[>＞›»]|分享到|索引号|发布机构|发文机关|生成日期|成文日期|发布日期|发布时间|文件编号|发文字号|文号|有效性|公开范围|公开方式|公开时限|主题分类|信息来源|来源\s*[:：]|浏览量|浏览次数|访问量|阅读次数|字体\s*[【[:：]|【\s*字体|打印本页|【\s*打印|\[\s*打印|关闭窗口|【\s*关闭|返回顶部|扫一扫|手机扫码|关联稿件|相关稿件|相关链接|相关文件|相关阅读|上一篇|下一篇|主办单位|主办\s*[:：]|承办单位|版权所有|网站标识码|ICP备|.*公网安备|联系我们|网站地图|【\s*我要纠错|•|·\s*浏览)/;
const TAIL_START =
  /^(?:关联稿件|相关稿件|相关链接|相关文件|相关阅读|手机扫码|扫一扫|打印本页|【\s*打印|\[\s*打印|关闭窗口|【\s*关闭|上一篇|下一篇|主办单位|主办\s*[:：]|版权所有|网站标识码|【\s*我要纠错)/;

export const isFurniture = (text: string): boolean => FURNITURE.test(text);
export const startsTail = (text: string): boolean => TAIL_START.test(text);

const TITLE_END = /(?:纲要|规划|计划|方案|建议)(?:[（(]\s*\d{4}\s*[—–\-~～至]+\s*\d{4}\s*年?\s*[)）])?$/;

/** Lines that end a title block: page numbers ("— 1 —", "（327）", "第 1 页") and heading markers. */
const NOT_IN_TITLE =
  /^(?:[-—–]\s*\d+\s*[-—–]|\d{1,4}|[（(]\d{1,4}[)）]|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?)$|^第\s*[一二三四五六七八九十\d]+\s*[章节篇编]|[（(]\d{2,4}[)）]第/;
/** The period printed on its own line under the title: "1981—1985", "（2021—2025年）" (OCR may read — as 一). */
const PERIOD_LINE = /^[（(]?(?:19|20)\d\d年?[—–\-~～至一]+(?:19|20)\d\d年?[)）]?$/;

/** Consecutive lines of prose after which no title is looked for (see findTitle). */
const PROSE_LINES_BEFORE_TEXT = 6;

export interface TitleBlock {
  readonly title: string;
  /** Index of the first and last line of the title. */
  readonly start: number;
  readonly end: number;
}

/**
 * The plan's title: the first line, or up to four consecutive short lines, that read as a plan title
 * (containing 规划/纲要/计划 and ending with one of them, optionally followed by the years). Covers print
 * titles over three lines; "关于印发《…》的通知" lines give the title inside the book-title marks.
 */
export function findTitle(lines: readonly Line[], limit = 150): TitleBlock | null {
  const n = Math.min(lines.length, limit);
  let proseLines = 0;
  for (let i = 0; i < n; i++) {
    const first = lines[i]!.text;
    if (isFurniture(first) || lines[i]!.table) continue;
    const notice = /关于印发\s*《(.+?)》/.exec(first);
    if (notice && TITLE_END.test(compact(notice[1] ?? '')))
      return { title: compact(notice[1] ?? ''), start: i, end: i };
    // The title comes before the text: once a paragraph has started, a line ending in 规划 is a sentence of it
    // (or a running header repeating the title further on). Hard-wrapped text has no long lines: there,
    // several lines of prose in a row say the text has started — more than a cover letter's few.
    if (first.length > 80 && /[。，；]/.test(first)) return null;
    proseLines = first.length >= 16 && /[。，；]/.test(first) ? proseLines + 1 : 0;
    if (proseLines >= PROSE_LINES_BEFORE_TEXT) return null;
    let joined = '';
    let best: TitleBlock | null = null;
    for (let j = i; j < Math.min(i + 4, n); j++) {
      // A cover line may end in a stray dot (OCR); a page number or a heading is never part of a title.
      const t = lines[j]!.text.replace(/\s*[·•]+$/, '');
      if (t.length > 60 || /[。；]/.test(t) || isFurniture(t) || lines[j]!.table || NOT_IN_TITLE.test(t))
        break;
      if (j > i && PERIOD_LINE.test(compact(t)) && best) return { ...best, end: j };
      joined += compact(t);
      if (/规划|纲要|计划|方案/.test(joined) && TITLE_END.test(joined) && joined.length >= 6)
        best = { title: joined, start: i, end: j };
    }
    if (best) return best;
  }
  return null;
}

export interface PlanPeriodFacts {
  readonly start: number;
  readonly end: number;
  readonly vision: number | null;
}

/** The plan period from the title: 第十四个五年 → 2021–2025 (the n-th five-year plan from the 6th on starts in 1981 + 5(n − 6)), or explicit years. */
export function periodFromTitle(title: string, nearbyText = ''): PlanPeriodFacts | null {
  const text = `${title} ${nearbyText}`;
  const vision = /([二〇零一三四五六七八九]{4}|20\d\d)\s*年\s*远景/.exec(text);
  const visionYear = vision ? parseChineseNumber(vision[1] ?? '') : null;
  const explicit = /((?:19|20)\d\d)\s*[—–\-~～至]+\s*((?:19|20)\d\d)\s*年/.exec(text);
  if (explicit) return { start: Number(explicit[1]), end: Number(explicit[2]), vision: visionYear };
  // 第十四个五年…, or the short form in quotes (“十四五”生态环境保护规划) or right before 规划/时期.
  const fyp =
    /第\s*([一二三四五六七八九十]+|\d+)\s*个\s*五年/.exec(text) ??
    /[“"‘']\s*([一二三四五六七八九十]{2,3})五\s*[”"’']/.exec(text) ??
    /([一二三四五六七八九十]{2,3})五\s*(?:规划|时期)/.exec(text);
  if (fyp) {
    const n = parseChineseNumber(fyp[1] ?? '');
    if (n !== null && n >= 6 && n <= 30) {
      const start = 1981 + 5 * (n - 6);
      return { start, end: start + 4, vision: visionYear };
    }
  }
  return null;
}

const ISSUER_END =
  /(人民政府|人民政府办公厅|人民政府办公室|发展和改革委员会|发展改革委员会|发展改革委|发改委|管理委员会|管委会|委员会|人民代表大会)$/;

/** The issuing body, as printed on the cover between the title and the table of contents or body. */
export function findIssuer(lines: readonly Line[], from: number, to: number): string | null {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const t = compact(lines[i]!.text);
    if (t.length <= 30 && ISSUER_END.test(t) && !/[:：>]/.test(t) && !/人民代表大会$/.test(t)) return t;
  }
  return null;
}
