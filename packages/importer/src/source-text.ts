/**
 * The source text a reviewer reads beside the draft, and the page of each line in it. Line numbers are those of
 * the diagnostics; a form feed breaks a line and starts a new page, as printers and `splitLines` read it.
 */
import type { Diagnostic } from '@gangmu/domain';
import type { DocLine } from './document.ts';

const LINE_BREAK = /\r\n|[\r\n\f\v\u2028\u2029\u0085]/g;

/**
 * Rebuilds a source from numbered lines, for formats whose bytes are not text (.docx): line N holds what the
 * document's paragraph N says; a table's cells are joined by " | " and its rows by " / ".
 */
export function sourceFromLines(lines: readonly DocLine[]): string {
  const out: string[] = [];
  for (const l of lines) {
    const text = l.table ? l.table.map((r) => r.join(' | ')).join(' / ') : l.text.replace(LINE_BREAK, ' ');
    const at = l.line - 1;
    if (at < 0) continue;
    while (out.length <= at) out.push('');
    out[at] = out[at] ? `${out[at]} ${text}` : text;
  }
  return out.join('\n');
}

/** The first line of each page: element k is the 1-based line where page k + 1 starts; empty without form feeds. */
export function pageStarts(source: string): number[] {
  if (!source.includes('\f')) return [];
  const starts = [1];
  let line = 1;
  for (const m of source.matchAll(LINE_BREAK)) {
    line++;
    if (m[0] === '\f') starts.push(line);
  }
  return starts;
}

/** The page of a 1-based line, given the page starts (binary search: a 200-page PDF has thousands of lines). */
export function pageOfLine(starts: readonly number[], line: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= line) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Puts the page on every diagnostic that names a line, where the source has pages. */
export function withPages(diagnostics: readonly Diagnostic[], source: string): Diagnostic[] {
  const starts = pageStarts(source);
  if (starts.length === 0) return [...diagnostics];
  return diagnostics.map((d) =>
    d.line > 0 && d.page === undefined ? { ...d, page: pageOfLine(starts, d.line) } : d,
  );
}
