/**
 * Running page headers of PDF text: the plan's title (or a chapter's) repeated at the top of every page. A short
 * line that is no heading and recurs at least three times after the cover is such a header, wherever it falls — in
 * the TOC, mid-paragraph, between a heading and its text. Table cells recur too ("预期性", "——"), but they are
 * shorter than the six characters a header needs.
 */
import { compact } from '../normalize/normalize-line.ts';
import { classifyMarker } from './headings.ts';
import type { Line } from './front-matter.ts';

const MIN_LENGTH = 6;
const MAX_LENGTH = 60;
const MIN_REPEATS = 3;

/** The lines from `from` on without running headers (the title, or any short line repeated like one). */
export function dropRunningHeaders(
  lines: readonly Line[],
  from: number,
  title: string | null,
): { lines: Line[]; dropped: Line[] } {
  const counts = new Map<string, number>();
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.table || l.text.length < MIN_LENGTH || l.text.length > MAX_LENGTH || /[。；，]/.test(l.text))
      continue;
    const key = compact(l.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const titleKey = title ? compact(title) : null;
  const isHeader = (l: Line): boolean => {
    if (l.table) return false;
    const key = compact(l.text);
    if (key === titleKey) return true;
    return (counts.get(key) ?? 0) >= MIN_REPEATS && !classifyMarker(l.text) && !/^[\d.,%，、]+$/.test(key);
  };
  const kept = lines.slice(0, from);
  const dropped: Line[] = [];
  for (let i = from; i < lines.length; i++) (isHeader(lines[i]!) ? dropped : kept).push(lines[i]!);
  return { lines: kept, dropped };
}
