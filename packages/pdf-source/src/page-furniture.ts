/**
 * Running headers, footers and page numbers: what a printer repeats on every page and a reader skips. They are
 * found by where they stand (the first or last lines of a page) and by repetition across pages, never by their
 * wording, so a header of any plan is found — the plan's title, a chapter name, "内部资料 注意保存".
 */
import type { VisualLine } from './positioned-text.ts';

/** How many lines at the top and at the bottom of a page may be furniture. */
const EDGE_LINES = 2;
/** A line repeated at the edge of at least this many pages, and this share of them, is a running header or footer. */
const MIN_REPEATS = 3;
const MIN_SHARE = 0.2;

/** A page number that cannot be anything else: — 3 —, - 3 -, ·3·, 第3页, 第 3 页 共 40 页, 3/40. */
const MARKED_PAGE_NUMBER =
  /^(?:[-—–－_·•]+\s*\d{1,4}\s*[-—–－_·•]+|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4})$/;
/**
 * A bare number (3, iv) may be a page number or a cell of a table that happens to end a page: it is a page number
 * only when it follows the page sequence, i.e. its difference to the page's position is the one most bare numbers
 * at page edges share.
 */
const BARE_NUMBER = /^(?:\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7}|[IVX](?:\s[IVX]){1,3})$/;

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
function bareValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const letters = text.toLowerCase().replace(/\s/g, '');
  let total = 0;
  for (let i = 0; i < letters.length; i++) {
    const v = ROMAN[letters[i]!] ?? 0;
    const next = ROMAN[letters[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The line with its numbers blanked out: "第 3 页" and "第 4 页" repeat as one. */
const repeatKey = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

export interface Furniture {
  /** The lines to drop, by page (0-based index into that page's lines). */
  readonly dropped: ReadonlyMap<number, ReadonlySet<number>>;
  readonly running: number;
  readonly pageNumbers: number;
}

function edgeIndexes(count: number): number[] {
  const edge = Math.min(EDGE_LINES, Math.max(1, Math.floor(count / 2)), count);
  const out = new Set<number>();
  for (let i = 0; i < edge; i++) {
    out.add(i);
    out.add(count - 1 - i);
  }
  return [...out];
}

/** The difference between printed page number and page position that most bare numbers at page edges share. */
function pageNumberOffsets(pages: readonly (readonly VisualLine[])[]): Set<number> {
  const counts = new Map<number, number>();
  pages.forEach((lines, p) => {
    const offsets = new Set<number>();
    for (const i of edgeIndexes(lines.length)) {
      const text = lines[i]!.text;
      if (BARE_NUMBER.test(text)) offsets.add(bareValue(text) - p);
    }
    for (const o of offsets) counts.set(o, (counts.get(o) ?? 0) + 1);
  });
  // Front matter is often numbered apart (i, ii, … then 1, 2, …): every offset that recurs is a sequence.
  return new Set([...counts].filter(([, n]) => n >= 2).map(([o]) => o));
}

/** Finds the running headers, footers and page numbers of a document, given each page's lines top to bottom. */
export function findFurniture(pages: readonly (readonly VisualLine[])[]): Furniture {
  const pagesWithText = pages.filter((p) => p.length > 0).length;
  // Where each edge line stands, by its text: a running header repeats at one height on every page.
  const placesOfKey = new Map<string, { pages: Set<number>; heights: number[] }>();
  pages.forEach((lines, p) => {
    for (const i of edgeIndexes(lines.length)) {
      const key = repeatKey(lines[i]!.text);
      if (!placesOfKey.has(key)) placesOfKey.set(key, { pages: new Set(), heights: [] });
      placesOfKey.get(key)!.pages.add(p);
      placesOfKey.get(key)!.heights.push(Math.round(lines[i]!.y));
    }
  });
  const isRunning = (l: VisualLine) => {
    if (BARE_NUMBER.test(l.text)) return false; // numbers repeat by shape alone: only their sequence tells
    const places = placesOfKey.get(repeatKey(l.text));
    const n = places?.pages.size ?? 0;
    if (n < MIN_REPEATS || n < MIN_SHARE * pagesWithText) return false;
    // The cover title under a running header of the same words is not furniture: it stands elsewhere.
    return Math.abs(l.y - medianOf(places!.heights)) <= Math.max(l.size, 1);
  };
  const offsets = pageNumberOffsets(pages);
  const isPageNumber = (text: string, p: number) =>
    MARKED_PAGE_NUMBER.test(text) || (BARE_NUMBER.test(text) && offsets.has(bareValue(text) - p));
  const dropped = new Map<number, Set<number>>();
  let running = 0;
  let pageNumbers = 0;
  pages.forEach((lines, p) => {
    // Walk inwards from each edge: a page number may stand outside a running header (or inside it).
    const drop = new Set<number>();
    const inward = (from: number, step: number) => {
      for (let k = 0, i = from; k < EDGE_LINES && i >= 0 && i < lines.length; k++, i += step) {
        if (drop.has(i)) break;
        const text = lines[i]!.text;
        if (isPageNumber(text, p)) pageNumbers++;
        else if (isRunning(lines[i]!)) running++;
        else break;
        drop.add(i);
      }
    };
    inward(0, 1);
    inward(lines.length - 1, -1);
    if (drop.size > 0) dropped.set(p, drop);
  });
  return { dropped, running, pageNumbers };
}
