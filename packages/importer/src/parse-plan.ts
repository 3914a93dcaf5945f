/**
 * parsePlan: bytes or text of a plan → a draft in the gold-file shape, plus diagnostics.
 * It never throws for bad content: an unreadable file is one clear diagnostic and an empty draft.
 */
import { diagnostic, type Diagnostic, type PlanDraft } from '@gangmu/domain';
import type { DocLine, NormalizedDocument } from './document.ts';
import { decodeText, looksBinary } from './sources/decode-text.ts';
import { htmlToLines } from './sources/html-source.ts';
import { docxToLines, DocxError, DocxTooLargeError, DOCX_MAX_XML_BYTES } from './sources/docx-source.ts';
import { compact, normalizeLine, splitLines } from './normalize/normalize-line.ts';
import {
  findIssuer,
  findTitle,
  isFurniture,
  periodFromTitle,
  startsTail,
  type Line,
} from './structure/front-matter.ts';
import { findToc } from './structure/toc.ts';
import { dropRunningHeaders } from './structure/running-headers.ts';
import { splitHeadingRuns } from './structure/heading-runs.ts';
import { buildOutline, type MChapter } from './structure/outline-builder.ts';
import { classifyMarker } from './structure/headings.ts';
import { parseIndicatorTable } from './tables/indicator-table.ts';
import { extractProseTargets, RETROSPECTIVE_TITLE } from './prose/prose-targets.ts';
import { extractBaselines } from './prose/baselines.ts';
import { sourceFromLines, withPages } from './source-text.ts';

export interface ImportResult {
  readonly draft: PlanDraft;
  readonly diagnostics: readonly Diagnostic[];
  readonly format: NormalizedDocument['format'] | null;
  /**
   * The decoded source a reviewer reads beside the draft: line N is the line diagnostics call N (for .docx the
   * paragraph, for PDF the printed line); a form feed starts a new page. Null when nothing could be decoded.
   */
  readonly sourceText: string | null;
}

export const EMPTY_DRAFT: PlanDraft = Object.freeze({
  title: null,
  issuer: null,
  period: null,
  baseYear: null,
  parts: [],
  chapters: [],
  boxes: [],
  indicators: [],
  proseTargets: [],
  baselines: [],
});

const ODD_SPACE = /[\u00a0\u2000-\u200a\u3000]/;

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  return (
    /^<(?:!doctype|html|head|body|meta|div|p|table|\?xml)/i.test(head) ||
    (head.startsWith('<') && /<\/(?:p|div|td|span)>/i.test(head))
  );
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Whether the bytes are a PDF file (its header may follow a little junk, as PDF readers allow). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= limit; i++) if (PDF_MAGIC.every((b, k) => bytes[i + k] === b)) return true;
  return false;
}

/** Bytes → the normalised document, or the diagnostic that says why there is none. */
export function toDocument(input: Uint8Array | string, diagnostics: Diagnostic[]): NormalizedDocument | null {
  if (typeof input !== 'string') {
    if (input.length === 0) {
      diagnostics.push(diagnostic('empty_input', 0, ''));
      return null;
    }
    if (looksLikePdf(input)) {
      // PDF needs pdfjs, which reads its fonts and cmaps from files: the pure importer leaves it to the PDF adapter.
      diagnostics.push(
        diagnostic('pdf_unreadable', 0, '', { reason: '需经 PDF 读取器导入 / needs the PDF reader' }),
      );
      return null;
    }
    if (input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04) {
      try {
        return { format: 'docx', lines: docxToLines(input) };
      } catch (e) {
        if (e instanceof DocxTooLargeError)
          diagnostics.push(
            diagnostic('docx_too_large', 0, '', { part: e.part, limitMb: DOCX_MAX_XML_BYTES / 1024 / 1024 }),
          );
        else {
          const reason = e instanceof DocxError ? e.message : String(e);
          diagnostics.push(diagnostic('docx_unreadable', 0, '', { reason }));
        }
        return null;
      }
    }
  }
  let text: string;
  if (typeof input === 'string') text = input.replace(/^\ufeff/, '');
  else {
    const decoded = decodeText(input);
    const binary = looksBinary(input, decoded.encoding);
    if (binary) {
      diagnostics.push(diagnostic('binary_input', 0, '', { reason: binary }));
      return null;
    }
    if (decoded.encoding !== 'utf-8')
      diagnostics.push(diagnostic('encoding_detected', 0, '', { encoding: decoded.encoding.toUpperCase() }));
    if (decoded.invalidSequences > 0) {
      diagnostics.push(
        diagnostic('invalid_bytes', 0, '', {
          count: decoded.invalidSequences,
          encoding: decoded.encoding.toUpperCase(),
        }),
      );
    }
    text = decoded.text;
  }
  if (text.trim() === '') {
    diagnostics.push(diagnostic('empty_input', 0, ''));
    return null;
  }
  if (looksLikeHtml(text)) return { format: 'html', lines: htmlToLines(text), source: text };
  return { format: 'text', lines: splitLines(text).map((t, i) => ({ text: t, line: i + 1 })), source: text };
}

function normalizeLines(lines: readonly DocLine[], diagnostics: Diagnostic[]): Line[] {
  const out: Line[] = [];
  const oddHeadings: Line[] = [];
  const runsSplit = { count: 0, first: 0 };
  for (const l of lines) {
    if (l.table) {
      out.push({
        text: normalizeLine(l.text),
        line: l.line,
        table: l.table.map((r) => r.map(normalizeLine)),
      });
      continue;
    }
    const pieces = splitHeadingRuns(l.text);
    if (pieces.length > 1) {
      if (runsSplit.count++ === 0) runsSplit.first = l.line;
      for (const piece of pieces) {
        const text = normalizeLine(piece);
        if (text) out.push({ text, line: l.line });
      }
      continue;
    }
    const text = normalizeLine(l.text);
    if (!text) continue;
    if (
      ODD_SPACE.test(l.text) &&
      text.length <= 40 &&
      (/^(目录|前言|序言|结束语)$/.test(compact(text)) || classifyMarker(text))
    ) {
      oddHeadings.push({ text, line: l.line });
    }
    out.push({ text, line: l.line });
  }
  if (runsSplit.count > 0) diagnostics.push(diagnostic('heading_runs_split', runsSplit.first, '', runsSplit));
  if (oddHeadings.length > 0) {
    const first = oddHeadings[0]!;
    diagnostics.push(
      diagnostic('heading_whitespace', first.line, first.text, {
        title: oddHeadings
          .slice(0, 3)
          .map((h) => h.text)
          .join('”“'),
        count: oddHeadings.length,
      }),
    );
  }
  return out;
}

/** Whether everything from `from` on is site furniture: short lines, no heading, no paragraph. */
function isTailOnly(lines: readonly Line[], from: number): boolean {
  for (let i = from; i < lines.length; i++) {
    const { text, table } = lines[i]!;
    if (table || text.length > 60 || /[。；]/.test(text)) return false;
    const m = classifyMarker(text);
    if (m && (m.kind === 'part' || m.kind === 'chapter' || m.kind === 'section')) return false;
  }
  return true;
}

const BODY_START = /^(前言|序言|引言|总则|第一部分|第[一1]篇|第[一1]章)/;

function findBodyStart(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const t = compact(lines[i]!.text);
    const m = classifyMarker(lines[i]!.text);
    if (
      BODY_START.test(t) ||
      (m && ['part', 'chapter', 'cn'].includes(m.kind)) ||
      (t.length > 60 && /。/.test(t))
    )
      return i;
  }
  return from;
}

function presentChapters(chapters: readonly MChapter[], hasParts: boolean): PlanDraft['chapters'] {
  const join = (paras: readonly { text: string }[]) => paras.map((p) => p.text).join('\n');
  return chapters.map((c) => ({
    no: c.no,
    title: c.title,
    ...(hasParts ? { part: c.part } : {}),
    tocPage: c.tocPage,
    text: join(c.paras),
    line: c.line,
    sections: c.sections.map((s) => ({
      no: s.no,
      title: s.title,
      tocPage: s.tocPage,
      text: join(s.paras),
      line: s.line,
      items: s.items.map((it) => ({ no: it.no, title: it.title, text: join(it.paras), line: it.line })),
    })),
  }));
}

function parseDoc(doc: NormalizedDocument, diagnostics: Diagnostic[]): PlanDraft {
  const allLines = normalizeLines(doc.lines, diagnostics);
  if (allLines.length === 0) {
    diagnostics.push(diagnostic('empty_input', 0, ''));
    return EMPTY_DRAFT;
  }
  const title = findTitle(allLines);
  if (!title) diagnostics.push(diagnostic('no_title', allLines[0]!.line, allLines[0]!.text));
  if (title && title.start > 0) {
    diagnostics.push(
      diagnostic('furniture_dropped', allLines[0]!.line, allLines[0]!.text, {
        where: 'before',
        count: title.start,
        from: allLines[0]!.line,
        to: allLines[title.start - 1]!.line,
      }),
    );
  }
  const afterTitle = title ? title.end + 1 : 0;
  // PDF text repeats the title (or another short line) as a running header on every page: furniture, not text.
  const { lines, dropped: runningHeaders } = dropRunningHeaders(allLines, afterTitle, title?.title ?? null);
  if (runningHeaders.length > 0) {
    diagnostics.push(
      diagnostic('running_header_dropped', runningHeaders[0]!.line, runningHeaders[0]!.text, {
        count: runningHeaders.length,
      }),
    );
  }
  const toc = findToc(lines, afterTitle);
  if (toc) {
    diagnostics.push(
      diagnostic('toc_found', lines[toc.start]!.line, lines[toc.start]!.text, {
        entries: toc.entries.length,
      }),
    );
    if (toc.withPageNumbers > 0)
      diagnostics.push(
        diagnostic('toc_page_numbers', lines[toc.start + 1]?.line ?? 0, lines[toc.start + 1]?.text ?? '', {
          count: toc.withPageNumbers,
        }),
      );
  }
  const bodyStart = toc ? toc.end : findBodyStart(lines, afterTitle);
  let bodyEnd = lines.length;
  for (let i = bodyStart; i < lines.length; i++) {
    // Page furniture after the end: from a 关联稿件-type line to the end, provided no heading or paragraph follows.
    if (startsTail(lines[i]!.text) && isTailOnly(lines, i)) {
      bodyEnd = i;
      diagnostics.push(
        diagnostic('furniture_dropped', lines[i]!.line, lines[i]!.text, {
          where: 'after',
          count: lines.length - i,
          from: lines[i]!.line,
          to: lines[lines.length - 1]!.line,
        }),
      );
      break;
    }
  }
  const body = lines.slice(bodyStart, bodyEnd).filter((l) => l.table || !isFurniture(l.text));
  const outline = buildOutline(body, toc, diagnostics);
  if (outline.pageNumbersDropped.count > 0) {
    diagnostics.push(
      diagnostic('page_numbers_dropped', outline.pageNumbersDropped.first, '', {
        ...outline.pageNumbersDropped,
      }),
    );
  }
  const coverText = lines
    .slice(afterTitle, Math.min(bodyStart, afterTitle + 20))
    .map((l) => l.text)
    .join(' ');
  const period = title ? periodFromTitle(title.title, coverText) : null;
  const baseYear = period ? period.start - 1 : null;
  const indicators = outline.tables.flatMap((t) => parseIndicatorTable(t, diagnostics).rows);
  // A document that is only an indicator table (an annex, an excerpt) was read, not failed: a warning says so.
  if (outline.chapters.length === 0) {
    const found = { indicators: indicators.length, boxes: outline.boxes.length };
    diagnostics.push(
      found.indicators + found.boxes > 0
        ? diagnostic('tables_without_outline', body[0]?.line ?? 0, body[0]?.text ?? '', found)
        : diagnostic('no_structure', body[0]?.line ?? 0, body[0]?.text ?? ''),
    );
  }
  for (const b of outline.boxes)
    if (b.projects.length === 0 && !/指标/.test(b.title))
      diagnostics.push(diagnostic('box_empty', b.line, b.title, { no: b.no }));
  const draft: PlanDraft = {
    title: title?.title ?? null,
    issuer: findIssuer(lines, afterTitle, bodyStart),
    period,
    baseYear,
    parts: outline.parts,
    chapters: presentChapters(outline.chapters, outline.parts.length > 0),
    boxes: outline.boxes,
    indicators,
    proseTargets: extractProseTargets(outline.paragraphs, baseYear, (p) => {
      const section = outline.chapters
        .find((c) => c.no === p.chapter)
        ?.sections.find((s) => s.no === p.section);
      return !!section && RETROSPECTIVE_TITLE.test(section.title);
    }),
    baselines: extractBaselines(outline.paragraphs, baseYear),
  };
  return draft;
}

/**
 * Imports a plan from its bytes (text in UTF-8/UTF-16/GB18030, an HTML page, or a .docx) or from a string.
 * The format is detected from the content, never from a file name.
 *
 * @example
 * const { draft, diagnostics } = parsePlan(readFileSync('plan.txt'));
 * draft.chapters[0].sections[0].items[0].title // '综合实力明显增强,西湖“实力之梁”更加坚挺'
 */
export function parsePlan(input: Uint8Array | string): ImportResult {
  const diagnostics: Diagnostic[] = [];
  let doc: NormalizedDocument | null;
  try {
    doc = toDocument(input, diagnostics);
  } catch (e) {
    diagnostics.push(internalError(e));
    return { draft: EMPTY_DRAFT, diagnostics, format: null, sourceText: null };
  }
  if (!doc) return { draft: EMPTY_DRAFT, diagnostics, format: null, sourceText: null };
  return parseDocument(doc, diagnostics);
}

// A bug, not bad content: reported as a diagnostic so one odd file never takes the caller down.
const internalError = (e: unknown) =>
  diagnostic('internal_error', 0, '', { reason: (e as Error)?.message ?? String(e) });

/**
 * Imports a plan from a document another converter made (the PDF adapter hands its positioned text over this
 * way). `diagnostics` may carry what that converter already found; they come first in the result.
 */
export function parseDocument(doc: NormalizedDocument, diagnostics: Diagnostic[] = []): ImportResult {
  const found = [...diagnostics];
  const sourceText = doc.source ?? sourceFromLines(doc.lines);
  let draft: PlanDraft;
  try {
    draft = parseDoc(doc, found);
  } catch (e) {
    found.push(internalError(e));
    draft = EMPTY_DRAFT;
  }
  return { draft, diagnostics: withPages(found, sourceText), format: doc.format, sourceText };
}
