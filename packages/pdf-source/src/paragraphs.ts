/**
 * Printed lines → paragraphs. A paragraph wrapped at the right margin prints as several lines; plan text (and the
 * importer) reads one paragraph as one line, so a line that runs to the margin is continued by the next one — unless
 * the next one is indented (a new paragraph), set in another size (a heading), further down than the line pitch
 * (paragraph spacing), or starts with a number (a heading or a numbered item: numbered lines start paragraphs in
 * every plan layout), or the paragraph so far is a line of run-in headings.
 */
import type { VisualLine } from './positioned-text.ts';

export interface Paragraph {
  readonly text: string;
  /** The source line of the paragraph's first printed line. */
  readonly line: number;
  readonly page: number;
  /** Font size relative to the body text. */
  readonly relativeSize: number;
}

/** A printed line and its number in the source text. */
export interface NumberedLine extends VisualLine {
  readonly line: number;
}

const NUMBERED =
  /^(?:第[一二三四五六七八九十百零〇\d]+[篇章节编部条]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|专栏)/;
/**
 * A line that starts with a 篇/章/节 heading and runs on after a wide gap (第三篇…, two full-width spaces, 第十章…) holds run-in headings
 * set apart by spaces; where such a line breaks, the spaces that separated the last heading from its text vanish,
 * so it is not continued: joining would glue the text onto the heading's title.
 */
const RUN_IN_HEADINGS = /^第[一二三四五六七八九十百零〇\d]+[篇章节编].*[\u3000 ]{2}/;
/**
 * A line that ends within half a character of the right margin was wrapped there: justified lines are stretched to
 * the margin exactly, while a paragraph's last line is set unstretched and ends short of it, even when it is full.
 */
const MARGIN_SLACK = 0.5;
/** Lines further apart than this many font sizes are in different paragraphs. */
const MAX_PITCH = 1.9;

/** The commonest value, each counted with its weight (1 by default). */
function mode(values: readonly number[], weights?: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = values[0] ?? 0;
  values.forEach((v, i) => {
    const n = (counts.get(v) ?? 0) + (weights?.[i] ?? 1);
    counts.set(v, n);
    if (n > (counts.get(best) ?? 0)) best = v;
  });
  return best;
}

/** The document's body text: its font size and left margin (the commonest), and its right margin if lines fill it. */
export function bodyGeometry(lines: readonly VisualLine[], pageWidth: number) {
  // The body size is the size most characters are set in, not most lines (a TOC has many short lines).
  const size =
    mode(
      lines.map((l) => Math.round(l.size)),
      lines.map((l) => l.text.length),
    ) || 12;
  const body = lines.filter((l) => Math.abs(l.size - size) <= 0.15 * size);
  const left = mode(body.map((l) => Math.round(l.x)));
  const rights = body.map((l) => l.right).sort((a, b) => a - b);
  const p95 = rights[Math.floor(rights.length * 0.95)] ?? 0;
  // Lines that fill the measure end near the mirror of the left margin. When none do, the text was broken by
  // hand (short lines of equal length): no line was wrapped by the printer, so none is joined.
  const fills = p95 >= pageWidth - left - 3 * size;
  return { size, left, right: fills ? p95 : Infinity };
}

function joins(a: NumberedLine, b: NumberedLine, geometry: ReturnType<typeof bodyGeometry>): boolean {
  const size = a.size || geometry.size;
  if (a.right < geometry.right - MARGIN_SLACK * size) return false;
  if (Math.abs(a.size - b.size) > 0.15 * size) return false;
  if (b.x > geometry.left + 0.5 * size) return false;
  if (a.page === b.page && a.y - b.y > MAX_PITCH * size) return false;
  return !NUMBERED.test(b.text);
}

/** Joins wrapped lines into paragraphs, in reading order across pages. */
export function paragraphs(lines: readonly NumberedLine[], pageWidth: number): Paragraph[] {
  const geometry = bodyGeometry(lines, pageWidth);
  const out: Paragraph[] = [];
  let prev: NumberedLine | null = null;
  let open: { text: string; line: number; page: number; size: number } | null = null;
  const close = () => {
    if (open)
      out.push({
        text: open.text,
        line: open.line,
        page: open.page,
        relativeSize: open.size / geometry.size,
      });
  };
  for (const l of lines) {
    if (open && prev && !RUN_IN_HEADINGS.test(open.text) && joins(prev, l, geometry)) {
      // Latin words were separated by the space the printer broke the line at; numbers are broken anywhere.
      const space = /[A-Za-z,;:]$/.test(open.text) && /^[A-Za-z]/.test(l.text) ? ' ' : '';
      open.text += space + l.text;
    } else {
      close();
      open = { text: l.text, line: l.line, page: l.page, size: l.size };
    }
    prev = l;
  }
  close();
  return out;
}
