/**
 * Cleaned lines → sentences, each remembering which source line every part came from. A sentence broken over
 * lines or pages (a PDF or OCR copy) is joined; headings end it. Parts of a government work report that look
 * ahead (三、2026年工作安排, 主要目标) are left out: their numbers are targets, not statistics.
 */
import type { CleanLine } from './clean-text.ts';

export interface Sentence {
  readonly text: string;
  /** Where each source line starts inside `text`, in order. */
  readonly parts: readonly { readonly offset: number; readonly line: number }[];
}

const ENDER = /[。；;！!？?]/;
const TOP_HEADING = /^[一二三四五六七八九十]+、/;
const FORWARD_SECTION = /工作安排|主要考虑|主要目标|目标任务|重点任务|总体要求|工作建议|工作打算|展望/;

export function lineAt(sentence: Sentence, offset: number): number {
  let line = sentence.parts[0]?.line ?? 0;
  for (const p of sentence.parts) {
    if (p.offset > offset) break;
    line = p.line;
  }
  return line;
}

/** Whether a top-level heading opens a part about the future (targets and plans), not the year reviewed. */
function looksAhead(heading: string, year: number | null): boolean {
  if (FORWARD_SECTION.test(heading)) return true;
  const y = /((?:19|20)\d{2})年/.exec(heading);
  return year !== null && y !== null && Number(y[1]) > year;
}

export function buildSentences(lines: readonly CleanLine[], year: number | null): Sentence[] {
  const out: Sentence[] = [];
  let text = '';
  let parts: { offset: number; line: number }[] = [];
  let skipping = false;
  const flush = (end: number) => {
    const body = text.slice(0, end);
    if (body.trim()) out.push({ text: body, parts });
    const restParts = parts.filter((p) => p.offset >= end).map((p) => ({ ...p, offset: p.offset - end }));
    const lastBefore = parts.filter((p) => p.offset < end).at(-1);
    text = text.slice(end);
    parts =
      text && lastBefore && restParts[0]?.offset !== 0
        ? [{ offset: 0, line: lastBefore.line }, ...restParts]
        : restParts;
  };
  for (const l of lines) {
    if (l.isHeading) {
      flush(text.length);
      if (TOP_HEADING.test(l.text)) skipping = looksAhead(l.text, year);
      continue;
    }
    if (skipping) continue;
    parts.push({ offset: text.length, line: l.line });
    text += l.text;
    for (let m = ENDER.exec(text); m; m = ENDER.exec(text)) flush(m.index + 1);
  }
  flush(text.length);
  return out;
}
