/**
 * A PDF's pages of positioned text → the importer's NormalizedDocument, with what was dropped or missing said as
 * diagnostics. Pure: the pages come from pdf-text.ts.
 */
import { diagnostic, type Diagnostic } from '@gangmu/domain';
import type { DocLine, NormalizedDocument } from '@gangmu/importer';
import type { PdfPage } from './positioned-text.ts';
import { visualLines } from './visual-lines.ts';
import { findFurniture } from './page-furniture.ts';
import { paragraphs, type NumberedLine } from './paragraphs.ts';

export interface PdfDocumentResult {
  /** Null when there is no text to import (every page a scan, or no page at all). */
  readonly document: NormalizedDocument | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** "3–5、9" for pages 3, 4, 5, 9. */
export function pageRanges(pages: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length;) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    out.push(i === j ? `${pages[i]}` : `${pages[i]}–${pages[j]}`);
    i = j + 1;
  }
  return out.join('、');
}

/**
 * Builds the document: printed lines numbered in reading order (the source a reviewer reads, one page per form
 * feed), running headers, footers and page numbers dropped, wrapped lines joined into paragraphs.
 */
export function pdfToDocument(pages: readonly PdfPage[]): PdfDocumentResult {
  const diagnostics: Diagnostic[] = [];
  const printed = pages.map(visualLines);
  const scanned = pages.filter((p, i) => printed[i]!.length === 0 && p.hasImage).map((p) => p.number);
  if (printed.every((lines) => lines.length === 0)) {
    diagnostics.push(
      scanned.length > 0
        ? diagnostic('pdf_no_text_layer', 0, '', { pages: pages.length })
        : diagnostic('empty_input', 0, ''),
    );
    return { document: null, diagnostics };
  }
  if (scanned.length > 0) {
    diagnostics.push(diagnostic('pdf_pages_without_text', 0, '', { pages: pageRanges(scanned) }));
  }
  // Number the printed lines as the source text will show them: an empty page is one empty line.
  const numbered: NumberedLine[][] = [];
  let next = 1;
  for (const lines of printed) {
    numbered.push(lines.map((l, i) => ({ ...l, line: next + i })));
    next += Math.max(lines.length, 1);
  }
  const source = printed.map((lines) => lines.map((l) => l.text).join('\n')).join('\f');
  const furniture = findFurniture(printed);
  const kept = numbered.flatMap((lines, p) => lines.filter((_, i) => !furniture.dropped.get(p)?.has(i)));
  if (furniture.running + furniture.pageNumbers > 0) {
    const first = numbered.flatMap((lines, p) =>
      lines.filter((_, i) => furniture.dropped.get(p)?.has(i)),
    )[0]!;
    diagnostics.push(
      diagnostic('pdf_furniture_dropped', first.line, first.text, {
        running: furniture.running,
        pageNumbers: furniture.pageNumbers,
        first: first.line,
      }),
    );
  }
  const width = mostCommonWidth(pages);
  const lines: DocLine[] = paragraphs(kept, width).map((p) => ({
    text: p.text,
    line: p.line,
    page: p.page,
    relativeSize: Math.round(p.relativeSize * 100) / 100,
  }));
  return { document: { format: 'pdf', lines, source }, diagnostics };
}

function mostCommonWidth(pages: readonly PdfPage[]): number {
  const counts = new Map<number, number>();
  for (const p of pages) counts.set(Math.round(p.width), (counts.get(Math.round(p.width)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 595;
}
