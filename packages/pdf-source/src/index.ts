/** @gangmu/pdf-source — PDF text (pdfjs) → the importer's NormalizedDocument, and readPlanDocument for every format. */
export { readPlanDocument, PDF_BUDGET_MS_PER_MB, PDF_MAX_PAGES } from './read-plan-document.ts';
export { readPdfPages } from './pdf-text.ts';
export { pdfToDocument } from './pdf-document.ts';
export type { PdfPage, TextRun, VisualLine } from './positioned-text.ts';
