/**
 * Walks the body line by line and builds the outline: parts (篇), chapters (章), sections (节), items
 * (一、 or （一）), boxes (专栏) and their projects, and the indicator tables to be parsed separately.
 *
 * Why this order of decisions, per line:
 * 1. Tables and boxes first: inside them, "1." and bare numbers are cells and projects, not headings.
 * 2. Explicit markers (第X章, 第X节, 一、): the printed number is checked against the table of contents
 *    (by title, since numbers are what gets mistyped) and against the sequence.
 * 3. Lines without a marker that match an unused TOC heading are headings that lost their prefix.
 * 4. A short, unpunctuated line standing alone between numbered items is an item that lost its number.
 * 5. Everything else is text of the deepest open node.
 */
import { diagnostic, type Diagnostic } from '@gangmu/domain';
import {
  classifyMarker,
  ENDS_SENTENCE,
  splitGluedHeading,
  type Marker,
  type MarkerKind,
} from './headings.ts';
import type { Line } from './front-matter.ts';
import type { Toc, TocEntry } from './toc.ts';
import { sameTitle } from './similarity.ts';
import { addMissingTocHeadings, decideScheme, groupToc, matchScore, type TocChapter } from './toc-match.ts';
import type { MBox, MChapter, MItem, MSection, Outline, Para, TableBlock } from './outline-types.ts';

export type { MBox, MChapter, MProject, Outline, Para, TableBlock } from './outline-types.ts';
import { formatChineseNumber } from '../normalize/chinese-numerals.ts';

type Role = 'part' | 'chapter' | 'section' | 'item' | 'box' | null;

const PAGE_NUMBER =
  /^(?:[-—–]?\s*\d{1,4}\s*[-—–]?|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
const INDICATOR_TITLE = /指标/;
const TABLE_CAPTION = /^(?:表\s*\d+|附表\s*\d*)\s*[:：.．、]?\s*.*指标/;

export function buildOutline(lines: readonly Line[], toc: Toc | null, diagnostics: Diagnostic[]): Outline {
  const scheme = decideScheme(lines, toc);
  const tocIndex = groupToc(toc);
  const parts: Outline['parts'] = [];
  const chapters: MChapter[] = [];
  const boxes: MBox[] = [];
  const tables: TableBlock[] = [];
  const paragraphs: Para[] = [];
  const pageNumbers = { count: 0, first: 0 };
  let part: number | null = null;
  // Assigned inside the helpers below: the cast keeps TypeScript from narrowing it to null.
  let chapter = null as MChapter | null;
  let section = null as MSection | null;
  let item = null as MItem | null;
  let tocChapter = null as TocChapter | null;
  let box = null as MBox | null;
  let tableLines = null as Line[] | null;
  let tableStart = 0;
  let lastWasParagraph = false;

  const warn = (
    code: Parameters<typeof diagnostic>[0],
    l: Line,
    params: Record<string, string | number> = {},
  ) => diagnostics.push(diagnostic(code, l.line, l.text, params));

  const addPara = (text: string, line: number) => {
    const target = item?.paras ?? section?.paras ?? chapter?.paras;
    const prev = target?.[target.length - 1];
    // Text broken by a page or a line wrap: a long line without closing punctuation continues on the next line.
    if (
      prev &&
      prev.text.length >= 20 &&
      !ENDS_SENTENCE.test(prev.text) &&
      !/[:：]$/.test(prev.text) &&
      !/^——/.test(text)
    ) {
      prev.text += text;
      return;
    }
    const para: Para = { text, line, chapter: chapter?.no ?? null, section: section?.no ?? null };
    target?.push(para);
    paragraphs.push(para);
  };

  const finishTable = () => {
    if (tableLines) tables.push({ line: tableStart, boxNo: box?.no ?? null, lines: tableLines });
    tableLines = null;
    box = null;
  };

  const openChapter = (printedNo: number, title: string, l: Line, tocEntry: TocChapter | null) => {
    const lastNo = chapters[chapters.length - 1]?.no ?? 0;
    // Numbers only ever increase: a repeated or backward number (a typo, a second plan pasted in) continues the sequence.
    const no = printedNo > lastNo ? printedNo : lastNo + 1;
    if (no !== printedNo)
      warn('heading_number_out_of_order', l, { found: String(printedNo), expected: String(no) });
    chapter = {
      no,
      title,
      part,
      tocPage: tocEntry?.entry.page ?? null,
      line: l.line,
      paras: [],
      sections: [],
    };
    chapters.push(chapter);
    section = null;
    item = null;
    tocChapter = tocEntry;
    if (tocEntry) tocEntry.used = true;
  };

  const openSection = (printedNo: number, title: string, l: Line, tocEntry: TocEntry | null) => {
    if (!chapter) openChapter(1, '', l, null);
    const lastNo = chapter!.sections[chapter!.sections.length - 1]?.no ?? 0;
    const no = printedNo > lastNo ? printedNo : lastNo + 1;
    if (no !== printedNo)
      warn('heading_number_out_of_order', l, { found: String(printedNo), expected: String(no) });
    section = { no, title, tocPage: tocEntry?.page ?? null, line: l.line, paras: [], items: [] };
    chapter!.sections.push(section);
    item = null;
    if (tocEntry) tocChapter?.usedSections.add(tocEntry);
  };

  const bestTocChapter = (title: string): TocChapter | null => {
    let best: TocChapter | null = null;
    let bestScore = 0;
    for (const c of tocIndex.chapters) {
      if (c.used) continue;
      const s = matchScore(title, c.entry.title);
      if (s > bestScore) [best, bestScore] = [c, s];
    }
    return best;
  };
  const bestTocSection = (title: string): TocEntry | null => {
    let best: TocEntry | null = null;
    let bestScore = 0;
    for (const s of tocChapter?.sections ?? []) {
      if (tocChapter!.usedSections.has(s)) continue;
      const score = matchScore(title, s.title);
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    return best;
  };

  /** A title printed glued to its paragraph: use the TOC title as the split point when one starts the line. */
  const splitByToc = (
    rest: string,
    candidates: readonly TocEntry[],
  ): { title: string; text: string } | null => {
    const compactRest = rest.replace(/\s+/g, '');
    for (const e of candidates) {
      const t = e.title.replace(/\s+/g, '');
      if (t && compactRest.length > t.length && compactRest.startsWith(t))
        return { title: e.title, text: compactRest.slice(t.length) };
    }
    return null;
  };

  /** Headings broken across lines: "第一章" alone, or a title ending in a comma, continues on the next line. */
  const joinBrokenTitle = (
    rest: string,
    i: number,
    tocTitles: readonly string[],
  ): { title: string; consumed: number } => {
    const next = lines[i + 1];
    if (!next || next.table || classifyMarker(next.text) || next.text.length > 40 || /[。；]/.test(next.text))
      return { title: rest, consumed: 0 };
    const joined = rest + next.text;
    const completesToc = tocTitles.some((t) => !sameTitle(rest, t) && sameTitle(joined, t));
    if (rest === '' || /[,，、和与及]$/.test(rest) || completesToc) return { title: joined, consumed: 1 };
    return { title: rest, consumed: 0 };
  };

  const handleChapter = (m: Marker, l: Line, i: number): number => {
    let consumed = 0;
    let { rest } = m;
    const glued = splitByToc(
      rest,
      tocIndex.chapters.filter((c) => !c.used).map((c) => c.entry),
    );
    let extraText = '';
    if (glued) {
      rest = glued.title;
      extraText = glued.text;
      warn('heading_split_from_text', l, { title: rest });
    } else {
      const joined = joinBrokenTitle(
        rest,
        i,
        tocIndex.chapters.map((c) => c.entry.title),
      );
      if (joined.consumed) warn('heading_joined', l, { title: joined.title });
      consumed = joined.consumed;
      rest = joined.title;
      if (!glued && rest.length > 40) {
        const split = splitGluedHeading(rest);
        if (split.text) {
          rest = split.title;
          extraText = split.text;
          warn('heading_split_from_text', l, { title: rest });
        }
      }
    }
    const tocMatch = bestTocChapter(rest);
    let no = m.no;
    let title = rest;
    if (tocMatch) {
      if (tocMatch.entry.no !== m.no) {
        warn('heading_number_wrong', l, {
          found: m.label,
          expected: `第${formatChineseNumber(tocMatch.entry.no)}章`,
        });
      }
      no = tocMatch.entry.no;
      if (!sameTitle(rest, tocMatch.entry.title)) {
        warn('heading_title_differs', l, { found: rest, expected: tocMatch.entry.title });
        title = tocMatch.entry.title;
      }
    } else {
      const last = chapters[chapters.length - 1];
      if (last && no <= last.no) {
        warn('heading_number_out_of_order', l, {
          found: m.label,
          expected: `第${formatChineseNumber(last.no + 1)}章`,
        });
        no = last.no + 1;
      }
    }
    openChapter(no, title, l, tocMatch);
    if (extraText) addPara(extraText, l.line);
    return consumed;
  };

  const handleSection = (
    no: number,
    label: string,
    rest0: string,
    l: Line,
    i: number,
    missingOrdinal: boolean,
  ): number => {
    let rest = rest0;
    let extraText = '';
    let consumed = 0;
    const glued = splitByToc(
      rest,
      (tocChapter?.sections ?? []).filter((s) => !tocChapter!.usedSections.has(s)),
    );
    if (glued) {
      rest = glued.title;
      extraText = glued.text;
      warn('heading_split_from_text', l, { title: rest });
    } else {
      const joined = joinBrokenTitle(
        rest,
        i,
        (tocChapter?.sections ?? []).map((s) => s.title),
      );
      if (joined.consumed) warn('heading_joined', l, { title: joined.title });
      consumed = joined.consumed;
      rest = joined.title;
      if (rest.length > 40) {
        const split = splitGluedHeading(rest);
        if (split.text) [rest, extraText] = [split.title, split.text];
      }
    }
    const tocMatch = bestTocSection(rest);
    let title = rest;
    const lastNo = chapter?.sections[chapter.sections.length - 1]?.no ?? 0;
    let finalNo = no;
    if (tocMatch) {
      finalNo = tocMatch.no;
      if (missingOrdinal)
        warn('heading_prefix_missing', l, {
          found: l.text,
          prefix: '第X',
          expected: `第${formatChineseNumber(finalNo)}节 ${tocMatch.title}`,
        });
      else if (tocMatch.no !== no)
        warn('heading_number_wrong', l, {
          found: label,
          expected: `第${formatChineseNumber(tocMatch.no)}节`,
        });
      if (!sameTitle(rest, tocMatch.title)) {
        warn('heading_title_differs', l, { found: rest, expected: tocMatch.title });
        title = tocMatch.title;
      }
    } else if (missingOrdinal || finalNo <= lastNo) {
      finalNo = lastNo + 1;
      warn(missingOrdinal ? 'heading_number_missing' : 'heading_number_out_of_order', l, {
        found: label,
        expected: `第${formatChineseNumber(finalNo)}节`,
      });
    }
    openSection(finalNo, title, l, tocMatch);
    if (extraText) addPara(extraText, l.line);
    return consumed;
  };

  const openItem = (no: number, title: string, l: Line) => {
    item = { no, title, line: l.line, paras: [] };
    section!.items.push(item);
  };

  const roleOf = (kind: MarkerKind): Role => {
    if (kind === 'part' || kind === 'chapter' || kind === 'section' || kind === 'box') return kind;
    if (scheme === 'full') {
      if (!section || (kind !== 'cn' && kind !== 'paren')) return null;
      return (section.itemKind ?? kind) === kind ? 'item' : null;
    }
    if (scheme === 'chapterOnly')
      return kind === 'cn' ? 'section' : kind === 'paren' && section ? 'item' : null;
    if (kind === 'cn') return 'chapter';
    if (kind === 'paren') return chapter ? 'section' : null;
    return (kind === 'num' || kind === 'parenNum') && section ? 'item' : null;
  };

  /** Rule 4: an item whose "二、" was lost, standing alone between paragraphs after numbered items. */
  const looksLikeUnnumberedItem = (text: string, i: number): boolean => {
    if (!section || !item || section.itemKind !== 'cn' || !lastWasParagraph) return false;
    if (text.length < 2 || text.length > 30 || /[。；;：:，,、！？!?]/.test(text) || ENDS_SENTENCE.test(text))
      return false;
    const next = lines[i + 1];
    return (
      !!next &&
      !next.table &&
      !classifyMarker(next.text) &&
      (next.text.length > 30 || ENDS_SENTENCE.test(next.text))
    );
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const text = l.text;
    if (l.table) {
      const header = l.table.slice(0, 2).flat().join('');
      if (tableLines !== null || (box && INDICATOR_TITLE.test(box.title)) || /指标/.test(header)) {
        tables.push({ line: l.line, boxNo: box?.no ?? null, rows: l.table });
        tableLines = null;
        box = null;
      } else addPara(l.table.map((r) => r.join(' ')).join('\n'), l.line);
      continue;
    }
    if (PAGE_NUMBER.test(text) && tableLines === null) {
      if (pageNumbers.count++ === 0) pageNumbers.first = l.line;
      continue;
    }
    const marker = classifyMarker(text);
    if (tableLines !== null) {
      const ends =
        (marker && ['part', 'chapter', 'section', 'box', 'cn'].includes(marker.kind)) ||
        (text.length > 50 && /。/.test(text)) ||
        /^节\s*\S/.test(text) ||
        (!marker && text.length <= 40 && bestTocChapter(text) !== null);
      if (!ends) {
        (tableLines as Line[]).push(l);
        continue;
      }
      finishTable();
    }
    if (box && marker && (marker.kind === 'num' || marker.kind === 'parenNum')) {
      const { title: name, text: description } = splitGluedHeading(marker.rest);
      box.projects.push({ no: marker.no, name, description, line: l.line });
      continue;
    }
    if (box && !marker) {
      const last = box.projects[box.projects.length - 1];
      if (!last) continue; // a box's introduction before its numbered projects
      if (text.length <= 40 && !ENDS_SENTENCE.test(text)) {
        last.description += text;
        continue;
      }
      box = null;
    }
    if (box && marker) box = null;

    const lostSectionOrdinal = !marker && scheme !== 'flat' ? /^节\s*(\S.{0,40})$/.exec(text) : null;
    if (lostSectionOrdinal) {
      i += handleSection(0, '节', (lostSectionOrdinal[1] ?? '').trim(), l, i, true);
      lastWasParagraph = false;
      continue;
    }
    const role = marker ? roleOf(marker.kind) : null;
    if (marker && role) {
      lastWasParagraph = false;
      if (role === 'part') {
        const joined = joinBrokenTitle(
          marker.rest,
          i,
          tocIndex.parts.map((p) => p.title),
        );
        i += joined.consumed;
        part = marker.no;
        parts.push({ no: marker.no, title: joined.title, line: l.line });
        chapter = null;
        section = null;
        item = null;
      } else if (role === 'chapter' && marker.kind === 'chapter') i += handleChapter(marker, l, i);
      else if (role === 'chapter') {
        const { title, text: rest } = splitGluedHeading(marker.rest);
        openChapter(marker.no, title, l, null);
        if (rest) addPara(rest, l.line);
      } else if (role === 'section' && marker.kind === 'section')
        i += handleSection(marker.no, marker.label, marker.rest, l, i, false);
      else if (role === 'section') {
        const { title, text: rest } = splitGluedHeading(marker.rest);
        openSection(marker.no, title, l, null);
        if (rest) addPara(rest, l.line);
      } else if (role === 'item') {
        section!.itemKind ??= marker.kind;
        const { title, text: rest } = splitGluedHeading(marker.rest);
        openItem(marker.no, title, l);
        if (rest) addPara(rest, l.line);
      } else if (role === 'box') {
        box = {
          no: marker.no,
          title: marker.rest,
          chapter: chapter?.no ?? null,
          section: section?.no ?? null,
          line: l.line,
          projects: [],
        };
        boxes.push(box);
        if (INDICATOR_TITLE.test(marker.rest)) {
          tableLines = [];
          tableStart = l.line;
        }
      }
      continue;
    }
    if (!marker && text.length <= 40 && !/[。；]/.test(text)) {
      const tocMatch = bestTocChapter(text);
      if (tocMatch) {
        warn('heading_prefix_missing', l, {
          found: text,
          prefix: `第${formatChineseNumber(tocMatch.entry.no)}章`,
          expected: tocMatch.entry.title,
        });
        openChapter(tocMatch.entry.no, tocMatch.entry.title, l, tocMatch);
        lastWasParagraph = false;
        continue;
      }
      const sectionMatch = bestTocSection(text);
      if (sectionMatch) {
        const prefix = `第${formatChineseNumber(sectionMatch.no)}节`;
        warn('heading_prefix_missing', l, {
          found: text,
          prefix,
          expected: `${prefix} ${sectionMatch.title}`,
        });
        if (!sameTitle(text, sectionMatch.title))
          warn('heading_title_differs', l, { found: text, expected: sectionMatch.title });
        openSection(sectionMatch.no, sectionMatch.title, l, sectionMatch);
        lastWasParagraph = false;
        continue;
      }
      if (TABLE_CAPTION.test(text)) {
        tableLines = [];
        tableStart = l.line;
        continue;
      }
      if (looksLikeUnnumberedItem(text, i)) {
        const no = item!.no + 1;
        warn('item_number_missing', l, { title: text, no, marker: `${formatChineseNumber(no)}、` });
        openItem(no, text, l);
        lastWasParagraph = false;
        continue;
      }
    }
    addPara(text, l.line);
    // Only a finished sentence closes a paragraph: a long line cut by a PDF page or line wrap does not.
    lastWasParagraph = ENDS_SENTENCE.test(text);
  }
  finishTable();
  addMissingTocHeadings(chapters, tocIndex, diagnostics);
  return { parts, chapters, boxes, tables, paragraphs, pageNumbersDropped: pageNumbers };
}
