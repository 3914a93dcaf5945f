/**
 * The line classifier: one line of the body and what the outline knows so far → what the line is. Each rule is
 * named after the layout it serves and returns an action or null; the first rule that answers wins. The rules
 * only look; the outline state machine (outline-state.ts) acts, so a new layout is one more rule and a table of
 * cases, not another branch in a loop.
 */
import {
  classifyMarker,
  ENDS_SENTENCE,
  PAGE_NUMBER_LINE,
  splitGluedHeading,
  type Marker,
  type MarkerKind,
} from './headings.ts';
import type { Scheme, TocChapter } from './toc-match.ts';
import type { TocEntry } from './toc.ts';
import { compact } from '../normalize/normalize-line.ts';

export type Level = 'part' | 'chapter' | 'section' | 'item' | 'box';

export type LineAction =
  | { readonly kind: 'pageNumber' }
  | { readonly kind: 'realTable'; readonly indicators: boolean }
  | { readonly kind: 'tableRow' }
  | { readonly kind: 'endTable' }
  | { readonly kind: 'boxProject'; readonly no: number; readonly name: string; readonly description: string }
  | { readonly kind: 'boxText' }
  | { readonly kind: 'boxIntro' }
  | { readonly kind: 'endBox' }
  | { readonly kind: 'heading'; readonly level: Level; readonly marker: Marker }
  | { readonly kind: 'sectionLostNumber'; readonly title: string }
  | { readonly kind: 'generalProvisions'; readonly title: string }
  | { readonly kind: 'tocChapter'; readonly entry: TocChapter }
  | { readonly kind: 'tocSection'; readonly entry: TocEntry }
  | { readonly kind: 'splitAt'; readonly at: number }
  | { readonly kind: 'tableCaption' }
  | { readonly kind: 'unnumberedItem' }
  | { readonly kind: 'annex' }
  | { readonly kind: 'text' };

/** What the classifier may know about the outline around the line; the state machine provides it. */
export interface LineContext {
  readonly scheme: Scheme;
  /** Where the line stands: the body, a text table, a 专栏, or an annex after the body (附件, 附表, 附录). */
  readonly mode: 'body' | 'textTable' | 'box' | 'annex';
  /** In a 专栏: whether its numbered projects have started, and whether the last one's text is unfinished. */
  readonly boxHasProjects: boolean;
  readonly boxProjectOpen: boolean;
  /** The last page number seen in the body (0 before the first). */
  readonly lastPage: number;
  /** The previous line's text, or null. */
  readonly prev: string | null;
  /** Whether the previous line was cut at the body's hard-wrap width mid-sentence (wrap-width.ts). */
  readonly prevCut: boolean;
  readonly hasChapter: boolean;
  readonly hasSection: boolean;
  readonly hasItem: boolean;
  /** The marker kind the open section numbers its items with, once its first item is seen. */
  readonly itemKind: MarkerKind | null;
  /** Whether the previous line closed a paragraph (a finished sentence). */
  readonly lastWasParagraph: boolean;
  /** Whether the next line is cut at the body's hard-wrap width mid-sentence. */
  readonly nextCut: boolean;
  /** The next line's text, or null when it is a table or there is none. */
  readonly next: string | null;
  /** The number the next heading of this level would carry. */
  readonly nextNo: (level: Level) => number;
  readonly tocChapterFor: (text: string) => TocChapter | null;
  readonly tocSectionFor: (text: string) => TocEntry | null;
}

export interface Line {
  readonly text: string;
  readonly table?: readonly (readonly string[])[];
}

type Rule = (line: Line, ctx: LineContext) => LineAction | null;

const INDICATOR = /指标/;
const TABLE_CAPTION = /^(?:表\s*\d+|附表\s*\d*)\s*[:：.．、]?\s*.*指标/;
const GENERAL_PROVISIONS = /^(?:总则|总论)$/;
/** List bullets (——, ―, •) open list lines, never headings. */
const BULLET = /^[—―–\-•·●]/;
const LOST_SECTION_NUMBER = /^(?:节|第\s*[=＝_、]?\s*节)\s*(\S.{0,40})$/;
/** A page number printed right before a heading: "27三、优化营商环境". */
const PAGE_BEFORE_HEADING =
  /^\d{1,3}(?=第\s*[一二三四五六七八九十百]+\s*[篇章节编]|[一二三四五六七八九十]{1,3}、)/;
/** A heading glued to the end of the previous sentence: "…提高到45%。四、推进科技创新". */
const HEADING_AFTER_SENTENCE =
  /[。；](?=第[一二三四五六七八九十]+[篇章节编]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)/g;

/** The level a marker stands for in this document's scheme (see decideScheme), or null when it is not a heading here. */
export function levelOf(kind: MarkerKind, ctx: LineContext): Level | null {
  if (kind === 'part' || kind === 'chapter' || kind === 'section' || kind === 'box') return kind;
  if (ctx.scheme === 'articles') return kind === 'cn' ? 'part' : kind === 'num' ? 'chapter' : null;
  if (ctx.scheme === 'full') {
    if (!ctx.hasSection || (kind !== 'cn' && kind !== 'paren')) return null;
    return (ctx.itemKind ?? kind) === kind ? 'item' : null;
  }
  if (ctx.scheme === 'chapterOnly')
    return kind === 'cn' ? 'section' : kind === 'paren' && ctx.hasSection ? 'item' : null;
  if (kind === 'cn') return 'chapter';
  if (kind === 'paren') return ctx.hasChapter ? 'section' : null;
  return (kind === 'num' || kind === 'parenNum') && ctx.hasSection ? 'item' : null;
}

/** HTML and .docx tables: an indicator table when its header or caption says 指标, else text. */
const realTable: Rule = (line) => {
  if (!line.table) return null;
  return { kind: 'realTable', indicators: INDICATOR.test(line.table.slice(0, 2).flat().join('')) };
};

/**
 * PDF page footers and headers: "— 3 —", "第3页 共20页", "3/20", roman "II". Inside a text table a bare number is a
 * cell, unless it is the page number that comes next.
 */
const pageFooter: Rule = (line, ctx) => {
  if (!PAGE_NUMBER_LINE.test(line.text)) return null;
  if (ctx.mode !== 'textTable' || !/^\d+$/.test(line.text)) return { kind: 'pageNumber' };
  return ctx.lastPage > 0 && Number(line.text) === ctx.lastPage + 1 ? { kind: 'pageNumber' } : null;
};

/** "附件", "附件1：名词解释", "附表", "附录": after the body, an annex whose 一、 and 1． number notes, not the plan's outline. */
const ANNEX =
  /^附\s*(?:件|录|表)\s*[0-9一二三四五六七八九十]*\s*(?:[:：．.、\s]\s*[^\s。；;][^。；;]{0,29})?$/;

/** A text table (one row or one cell per line) runs until a heading, a paragraph or an annex. */
const textTable: Rule = (line, ctx) => {
  if (ctx.mode !== 'textTable') return null;
  const m = classifyMarker(line.text);
  const ends =
    (m && ['part', 'chapter', 'section', 'box', 'cn'].includes(m.kind)) ||
    (line.text.length > 50 && /。/.test(line.text)) ||
    /^节\s*\S/.test(line.text) ||
    ANNEX.test(line.text.trim()) ||
    (!m && line.text.length <= 40 && ctx.tocChapterFor(line.text) !== null);
  return ends ? { kind: 'endTable' } : { kind: 'tableRow' };
};

/** A 专栏 box: numbered projects ("1.名称。说明"), their wrapped descriptions, and an introduction before them. */
const projectBox: Rule = (line, ctx) => {
  if (ctx.mode !== 'box') return null;
  const m = classifyMarker(line.text);
  if (m && (m.kind === 'num' || m.kind === 'parenNum')) {
    const { title: name, text: description } = splitGluedHeading(m.rest);
    return { kind: 'boxProject', no: m.no, name, description };
  }
  if (m) return { kind: 'endBox' };
  if (!ctx.boxHasProjects) return { kind: 'boxIntro' };
  // A project's description wrapped over lines continues until one of its lines finishes a sentence.
  if (line.text.length <= 40 && (ctx.boxProjectOpen || !ENDS_SENTENCE.test(line.text)))
    return { kind: 'boxText' };
  return { kind: 'endBox' };
};

/** Section headings whose ordinal was lost: "节 标题" (a dropped 第X), "第节…" and "第=节…" (OCR). */
const sectionLostNumber: Rule = (line, ctx) => {
  if (ctx.scheme === 'flat' || classifyMarker(line.text)) return null;
  const m = LOST_SECTION_NUMBER.exec(line.text);
  return m ? { kind: 'sectionLostNumber', title: (m[1] ?? '').trim() } : null;
};

/** An unnumbered opening chapter (总则) before 第一章, as special plans print it: chapter 0. */
const generalProvisions: Rule = (line, ctx) =>
  ctx.scheme !== 'flat' && GENERAL_PROVISIONS.test(compact(line.text))
    ? { kind: 'generalProvisions', title: compact(line.text) }
    : null;

/** "…百分之八十" + "三，废气处理率…": a line cut inside a number starts with what looks like a 一、 marker. */
const wrappedNumber: Rule = (line, ctx) =>
  ctx.prev !== null &&
  /[一二三四五六七八九十百千万之○〇零]$/.test(ctx.prev) &&
  /^[一二三四五六七八九十]/.test(line.text)
    ? { kind: 'text' }
    : null;

/**
 * "……百分之八十四点" + "四，比一九九○年提高……", "……完善再分配调" + "节机制，……": in hard-wrapped text, a line that follows
 * one cut at the wrap width mid-sentence continues it when it starts with a marker that is not the next number
 * at its level, or with a 节 that lost its number.
 * The next number keeps its heading: a paragraph whose last line happens to end near the width is common where
 * the text lost its full stops.
 */
const hardWrappedLine: Rule = (line, ctx) => {
  if (!ctx.prevCut || ctx.mode !== 'body') return null;
  const marker = classifyMarker(line.text);
  if (!marker) return LOST_SECTION_NUMBER.test(line.text) ? { kind: 'text' } : null;
  const level = levelOf(marker.kind, ctx);
  return level && marker.no === ctx.nextNo(level) ? null : { kind: 'text' };
};

/** A numbered heading (第X章, 一、, （一）…) that is a heading at this level of this document. */
const numberedHeading: Rule = (line, ctx) => {
  const text = line.text.replace(PAGE_BEFORE_HEADING, '');
  const marker = classifyMarker(text);
  if (!marker) return null;
  const level = levelOf(marker.kind, ctx);
  if (!level) return null;
  // 一、 and （一） chapters and sections count up: "一、" after 七、 is a list or a line cut at "统|一、", not chapter 8.
  const counted =
    (marker.kind === 'cn' || marker.kind === 'paren') && (level === 'chapter' || level === 'section');
  if (counted && marker.no < ctx.nextNo(level)) return null;
  return { kind: 'heading', level, marker };
};

/** "……提高到45%。四、推进科技创新……": a heading glued to the previous sentence, when its number is the next one. */
const headingAfterSentence: Rule = (line, ctx) => {
  if (line.text.length < 8) return null;
  for (const m of line.text.matchAll(HEADING_AFTER_SENTENCE)) {
    const at = (m.index ?? 0) + 1;
    const marker = classifyMarker(line.text.slice(at));
    const level = marker ? levelOf(marker.kind, ctx) : null;
    if (marker && level && level !== 'box' && marker.no === ctx.nextNo(level) && marker.rest.length >= 2)
      return { kind: 'splitAt', at };
  }
  return null;
};

/** A heading that lost its 第X章 / 第X节 prefix but matches an unused TOC entry. */
const tocHeadingWithoutPrefix: Rule = (line, ctx) => {
  if (
    line.text.length > 40 ||
    /[。；]/.test(line.text) ||
    BULLET.test(line.text) ||
    classifyMarker(line.text)
  )
    return null;
  // Only the heading that comes next in the TOC's order: a bullet or sentence echoing a later title is not it.
  const chapter = ctx.tocChapterFor(line.text);
  if (chapter && chapter.entry.no === ctx.nextNo('chapter')) return { kind: 'tocChapter', entry: chapter };
  const section = ctx.tocSectionFor(line.text);
  return section && section.no === ctx.nextNo('section') ? { kind: 'tocSection', entry: section } : null;
};

/** "表1 主要指标" before a text table. */
const tableCaption: Rule = (line) =>
  line.text.length <= 40 && TABLE_CAPTION.test(line.text) ? { kind: 'tableCaption' } : null;

/** An item whose "二、" was lost: a short unpunctuated line between paragraphs, after numbered items. */
const unnumberedItem: Rule = (line, ctx) => {
  const { text } = line;
  if (!ctx.hasSection || !ctx.hasItem || ctx.itemKind !== 'cn' || !ctx.lastWasParagraph) return null;
  if (classifyMarker(text)) return null;
  if (text.length < 2 || text.length > 30 || /[。；;：:，,、！？!?]/.test(text) || ENDS_SENTENCE.test(text))
    return null;
  const next = ctx.next;
  const nextIsParagraph =
    next !== null && !classifyMarker(next) && (next.length > 30 || ENDS_SENTENCE.test(next) || ctx.nextCut);
  return nextIsParagraph ? { kind: 'unnumberedItem' } : null;
};

const annexStart: Rule = (line, ctx) =>
  ctx.mode === 'body' &&
  ctx.hasChapter &&
  !line.table &&
  ANNEX.test(line.text.trim()) &&
  // "附表 主要指标" captions its table (tableCaption), wherever it stands.
  !TABLE_CAPTION.test(line.text)
    ? { kind: 'annex' }
    : null;

/** The rules in the order they are tried; the first answer wins. */
export const RULES: readonly (readonly [string, Rule])[] = [
  ['annexStart', annexStart],
  ['realTable', realTable],
  ['pageFooter', pageFooter],
  ['textTable', textTable],
  ['projectBox', projectBox],
  ['hardWrappedLine', hardWrappedLine],
  ['sectionLostNumber', sectionLostNumber],
  ['generalProvisions', generalProvisions],
  ['wrappedNumber', wrappedNumber],
  ['numberedHeading', numberedHeading],
  ['headingAfterSentence', headingAfterSentence],
  ['tocHeadingWithoutPrefix', tocHeadingWithoutPrefix],
  ['tableCaption', tableCaption],
  ['unnumberedItem', unnumberedItem],
];

/** A 专栏 in an annex (an indicator table printed as a box): the only heading an annex has for the plan. */
const annexBox: Rule = (line, ctx) => {
  const action = numberedHeading(line, ctx);
  return action?.kind === 'heading' && action.level === 'box' ? action : null;
};

/** In an annex only tables and 专栏 are read: its numbered notes are not headings of the plan. */
const ANNEX_RULES: readonly (readonly [string, Rule])[] = [
  ...RULES.filter(([name]) =>
    ['realTable', 'pageFooter', 'textTable', 'projectBox', 'tableCaption'].includes(name),
  ),
  ['annexBox', annexBox],
];

/** What one line of the body is, given what the outline knows so far. */
export function classifyLine(line: Line, ctx: LineContext): LineAction {
  for (const [, rule] of ctx.mode === 'annex' ? ANNEX_RULES : RULES) {
    const action = rule(line, ctx);
    if (action) return action;
  }
  return { kind: 'text' };
}
