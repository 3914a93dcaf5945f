/**
 * The table of contents (目录). Printed plans have one; its entries are the reference against which
 * defective headings in the body are repaired (a missing 第三章, 第十章 printed for 第十二章, a dropped
 * character). Entries end with page numbers when the TOC came from print; PDF-extracted TOCs may not.
 */
import { classifyMarker, PAGE_NUMBER_LINE, type MarkerKind } from './headings.ts';
import { compact } from '../normalize/normalize-line.ts';
import type { Line } from './front-matter.ts';

export interface TocEntry {
  readonly kind: MarkerKind | 'other';
  readonly no: number;
  readonly title: string;
  readonly page: number | null;
  readonly line: number;
}

export interface Toc {
  readonly entries: readonly TocEntry[];
  /** Index of the 目录 line and of the first line after the TOC. */
  readonly start: number;
  readonly end: number;
  readonly withPageNumbers: number;
}

/** 目录, also with a page number of the front matter before it ("II 目录") as PDF text gives it. */
const TOC_HEADING = /^(?:[IVXivx]{1,4}|\d{1,3})?目录$/;
/** On one page a chapter comes before its first section, whichever column each was printed in. */
const RANK: Record<TocEntry['kind'], number> = {
  part: 0,
  other: 1,
  chapter: 1,
  section: 2,
  cn: 3,
  paren: 4,
  num: 5,
  parenNum: 5,
  box: 6,
};
/** Where a second entry starts on a TOC line: after a page number, at a heading marker. */
const NEXT_ENTRY_ON_LINE =
  /(?<=\d)\s+(?=第\s*[一二三四五六七八九十百\d]+\s*[篇章节编]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)/;
const TRAILING_PAGE = /^(.*?\S)[\s.．…·_\-—]*?(\d{1,4})$/;

function parseEntry(text: string, line: number): TocEntry | null {
  const paged = TRAILING_PAGE.exec(text);
  // A page number is only split off when what precedes it is not itself a number marker ("第1章").
  const body = paged && !/第\s*$/.test(paged[1] ?? '') ? (paged[1] ?? '').trim() : text;
  const page = paged && body !== text ? Number(paged[2]) : null;
  if (body.length > 60 || /[。；]/.test(body)) return null;
  const m = classifyMarker(body);
  if (m && m.kind !== 'num' && m.kind !== 'parenNum') {
    return { kind: m.kind, no: m.no, title: m.rest.replace(/^[:：、]/, '').trim(), page, line };
  }
  return { kind: 'other', no: 0, title: compact(body), page, line };
}

/** Finds the 目录 within the first part of the document and reads its entries. */
export function findToc(lines: readonly Line[], from: number): Toc | null {
  const limit = Math.min(lines.length, from + 200);
  let start = -1;
  for (let i = from; i < limit; i++) {
    if (TOC_HEADING.test(compact(lines[i]!.text))) {
      start = i;
      break;
    }
  }
  if (start < 0) return null;
  const entries: TocEntry[] = [];
  let withPages = 0;
  let columns = false;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const { text, line } = lines[i]!;
    // A lone page number on its own line belongs to the entry before it.
    if (/^\d{1,4}$/.test(text) && entries.length > 0 && entries[entries.length - 1]!.page === null) {
      const last = entries.pop()!;
      entries.push({ ...last, page: Number(text) });
      withPages++;
      continue;
    }
    if (PAGE_NUMBER_LINE.test(text)) continue;
    const pieces = text.split(NEXT_ENTRY_ON_LINE);
    if (pieces.length > 1) {
      // Several entries on one line (two columns read across): all must read as entries.
      const parsed = pieces.map((p) => parseEntry(p, line));
      if (parsed.every((e) => e !== null && e.page !== null)) {
        columns = true;
        for (const e of parsed) entries.push(e!);
        withPages += parsed.length;
        continue;
      }
    }
    const entry = parseEntry(text, line);
    if (!entry) break;
    const pagedToc = withPages >= 3 && withPages >= entries.length * 0.6;
    // The body starts where an entry repeats (PDF text without page numbers) or where a paged TOC meets a line without one.
    if (entries.length > 0 && pagedToc && entry.page === null) break;
    if (
      entries.length > 0 &&
      compact(entries[0]!.title) === compact(entry.title) &&
      entries[0]!.kind === entry.kind
    )
      break;
    if (entry.kind === 'other' && entry.page === null && entries.length >= 3 && !pagedToc) break;
    if (entry.page !== null) withPages++;
    entries.push(entry);
  }
  if (entries.filter((e) => e.kind !== 'other').length < 2) return null;
  // Two columns read line by line interleave the entries; their page numbers give the order back.
  // Pages that go back more than once are columns read across too.
  const descents = entries.filter((e, k) => k > 0 && (e.page ?? 0) < (entries[k - 1]!.page ?? 0)).length;
  if (columns || descents >= 2)
    entries.sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || RANK[a.kind] - RANK[b.kind]);
  return {
    entries,
    start,
    end: bodyStartAfterGarbledToc(lines, start, i, entries),
    withPageNumbers: withPages,
  };
}

const TOP_HEADING = /第\s*[一二三四五六七八九十百\d]+\s*(?:篇|编|部分|章)\s*[^\s（(〈<…·.“”\d]{2,30}/;
const headingKey = (s: string) => compact(s).replace(/[（(〈<].*$/, '');

/**
 * Where the body starts when the TOC could not be read to its end (two columns OCR'd line by line, garbage leaders,
 * page furniture): at the first standalone line that repeats the first part or chapter heading the TOC names.
 * Used only when no line between the parsed end and that repeat is itself a TOC title (the body did not start yet).
 */
function bodyStartAfterGarbledToc(
  lines: readonly Line[],
  start: number,
  end: number,
  entries: readonly TocEntry[],
): number {
  const limit = Math.min(lines.length, start + 600);
  let key: string | null = null;
  for (let i = start + 1; i < Math.min(end + 40, limit) && key === null; i++) {
    const m = TOP_HEADING.exec(lines[i]!.text);
    if (m) key = headingKey(m[0]);
  }
  if (key === null) return end;
  const titles = new Set(entries.map((e) => compact(e.title)).filter((t) => t.length >= 2));
  for (let j = end; j < limit; j++) {
    const t = compact(lines[j]!.text);
    if (t === key) return j;
    if (titles.has(t)) return end;
  }
  return end;
}
