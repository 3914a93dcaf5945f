/**
 * readPlanDocument: the one import entry for the CLI and the server. PDF is read here (pdfjs needs files); every
 * other format goes to the pure importer. Never throws for bad content, and never takes longer than a bound
 * proportional to the file's size.
 */
import { diagnostic, type Diagnostic } from '@gangmu/domain';
import { EMPTY_DRAFT, looksLikePdf, parseDocument, parsePlan, type ImportResult } from '@gangmu/importer';
import { readPdfPages } from './pdf-text.ts';
import { pdfToDocument } from './pdf-document.ts';

/** CPU time allowed for reading a PDF: 10 s per MB, at least 5 s; a step that hangs is given up after 6× that. */
export const PDF_BUDGET_MS_PER_MB = 10_000;
const MIN_BUDGET_MS = 5_000;
const HANG_FACTOR = 6;
/** Longer PDFs are read up to here: a plan has at most a few hundred pages. */
export const PDF_MAX_PAGES = 3_000;

/**
 * Imports a plan file of any supported format: PDF (text layer), .docx, HTML, text in UTF-8/UTF-16/GB18030.
 * The format is told from the content; the file name only explains a file that claims to be a PDF and is not.
 *
 * @example
 * const { draft, diagnostics } = await readPlanDocument(readFileSync('plan.pdf'), 'plan.pdf');
 */
export async function readPlanDocument(bytes: Uint8Array, fileName = ''): Promise<ImportResult> {
  if (!looksLikePdf(bytes)) {
    if (/\.pdf$/i.test(fileName) && bytes.length > 0) {
      const diagnostics = [
        diagnostic('pdf_unreadable', 0, '', { reason: '缺少 PDF 文件头 / no PDF header' }),
      ];
      return { draft: EMPTY_DRAFT, diagnostics, format: null, sourceText: null };
    }
    return parsePlan(bytes);
  }
  return readPdf(bytes);
}

async function readPdf(bytes: Uint8Array): Promise<ImportResult> {
  const budgetMs = Math.max(MIN_BUDGET_MS, (bytes.length / 1_048_576) * PDF_BUDGET_MS_PER_MB);
  const diagnostics: Diagnostic[] = [];
  try {
    const read = await readPdfPages(bytes, {
      budgetMs,
      wallLimitMs: budgetMs * HANG_FACTOR,
      maxPages: PDF_MAX_PAGES,
    });
    if (read.failure && read.pages.length === 0) {
      diagnostics.push(diagnostic('pdf_unreadable', 0, '', { reason: read.failure.reason }));
      return { draft: EMPTY_DRAFT, diagnostics, format: 'pdf', sourceText: null };
    }
    if (read.failure) {
      diagnostics.push(
        diagnostic('pdf_pages_skipped', 0, '', {
          from: read.failure.atPage,
          to: read.pageCount,
          read: read.pages.length,
          reason: read.failure.reason,
        }),
      );
    }
    const { document, diagnostics: found } = pdfToDocument(read.pages);
    diagnostics.push(...found);
    if (!document) return { draft: EMPTY_DRAFT, diagnostics, format: 'pdf', sourceText: null };
    return parseDocument(document, diagnostics);
  } catch (e) {
    // A bug, not bad content (readPdfPages returns its failures): one diagnostic, never a crash of the caller.
    diagnostics.push(diagnostic('internal_error', 0, '', { reason: (e as Error)?.message ?? String(e) }));
    return { draft: EMPTY_DRAFT, diagnostics, format: 'pdf', sourceText: null };
  }
}
