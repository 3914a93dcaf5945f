/** @gangmu/importer — a plan's text (txt, HTML, .docx; PDF through @gangmu/pdf-source) → a reviewable draft with diagnostics. No I/O. */
export { parsePlan, parseDocument, looksLikePdf, EMPTY_DRAFT } from './parse-plan.ts';
export type { DocLine, NormalizedDocument } from './document.ts';
export { pageStarts, pageOfLine } from './source-text.ts';
export type { ImportResult } from './parse-plan.ts';
export { parseChineseNumber, formatChineseNumber } from './normalize/chinese-numerals.ts';
export { normalizeLine } from './normalize/normalize-line.ts';
export { decodeText, detectEncoding } from './sources/decode-text.ts';
export { DOCX_MAX_XML_BYTES } from './sources/docx-source.ts';
export { unzipWithBudget, type BudgetedUnzip, type BudgetedUnzipOptions } from './sources/zip-budget.ts';
export { formatOutlineTree, toGoldShape } from './present.ts';
export { readBulletin } from './bulletin/read-bulletin.ts';
export type { BulletinFigure, BulletinIndicator, BulletinReading } from './bulletin/read-bulletin.ts';
export { CONCEPTS as BULLETIN_CONCEPTS } from './bulletin/concepts.ts';
