/**
 * Runs → printed lines. PDF stores text as positioned runs in drawing order, which is not reading order: runs are
 * grouped by baseline and read left to right. Gaps between runs become spaces, because PDF writers often draw
 * the space between a heading and its title (第一章 + a full-width space + 总则) as a jump of the pen rather than a glyph.
 */
import type { PdfPage, TextRun, VisualLine } from './positioned-text.ts';

/** Runs whose baselines differ by less than this share of the font size are on one line (sub/superscripts). */
const SAME_LINE = 0.5;
/** A jump of the pen wider than this share of the font size is a space (a space glyph is a quarter em wide). */
const SPACE_GAP = 0.2;
/**
 * Between Chinese and Latin or digits, writers add a quarter-em of "autospace" (2020 年): only a gap of half an em
 * or more is a space there. Between two Chinese characters any gap is deliberate (第一章 + a full-width space + 总则).
 */
const MIXED_SPACE_GAP = 0.5;

const isBlank = (s: string) => s.trim() === '';
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026]/;

/**
 * The spaces a gap stands for: a gap of an em or more is a run of full-width spaces, one per em, as typists set
 * them between a heading and its first sentence (the importer reads a run of spaces as that separation).
 */
function spaceFor(gap: number): string {
  return gap >= WIDE_GAP ? '\u3000'.repeat(Math.min(Math.round(gap), MAX_SPACES)) : ' ';
}
const WIDE_GAP = 0.9;
const MAX_SPACES = 8;

/** Whether a gap of `gap` font sizes between `left` and `right` text is a space. */
function isSpace(left: string, right: string, gap: number): boolean {
  const mixed = CJK.test(left.at(-1) ?? '') !== CJK.test(right[0] ?? '');
  return gap >= (mixed ? MIXED_SPACE_GAP : SPACE_GAP);
}

function lineFrom(runs: TextRun[], page: number): VisualLine | null {
  runs.sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  let size = 0;
  let x = Infinity;
  let right = -Infinity;
  for (const r of runs) {
    // A blank run is pdfjs's own guess at a space: its width is weighed like any other gap.
    if (isBlank(r.str)) continue;
    const gap = (r.x - end) / (r.size || size || 1);
    if (text !== '' && !/\s$/.test(text) && isSpace(text, r.str, gap)) text += spaceFor(gap);
    text += r.str;
    end = r.x + r.width;
    size = Math.max(size, r.size);
    x = Math.min(x, r.x);
    right = Math.max(right, end);
  }
  const trimmed = text.trim();
  if (!trimmed) return null;
  const y = runs.find((r) => !isBlank(r.str))!.y;
  return { text: trimmed, x, right, y, size, page };
}

/** The page's printed lines, top to bottom. */
export function visualLines(page: PdfPage): VisualLine[] {
  const runs = page.runs.filter((r) => r.str !== '' && Number.isFinite(r.x) && Number.isFinite(r.y));
  // Top to bottom, then left to right; a run joins the line whose baseline it shares.
  runs.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: VisualLine[] = [];
  let current: TextRun[] = [];
  let baseline = NaN;
  let tolerance = 0;
  const flush = () => {
    const line = current.length ? lineFrom(current, page.number) : null;
    if (line) lines.push(line);
    current = [];
  };
  for (const r of runs) {
    if (current.length > 0 && Math.abs(r.y - baseline) > tolerance) flush();
    if (current.length === 0) {
      baseline = r.y;
      tolerance = SAME_LINE * Math.max(r.size, 1);
    } else if (!isBlank(r.str)) tolerance = Math.max(tolerance, SAME_LINE * r.size);
    current.push(r);
  }
  flush();
  return lines;
}
