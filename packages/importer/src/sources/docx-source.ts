/**
 * Word .docx → lines and tables. Reads word/document.xml (paragraphs, tables, tabs, breaks) and
 * word/numbering.xml, because government templates often generate "第一章" or "一、" by automatic
 * numbering: without it, every heading would lose its number.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { DocLine } from '../document.ts';
import { formatChineseNumber } from '../normalize/chinese-numerals.ts';
import { unzipWithBudget } from './zip-budget.ts';

/**
 * The most XML (document and numbering parts together) a .docx may inflate to. A plan's .docx holds a few MB of
 * XML at most (the example plan: 154 KB; Word writes ≈ 5–10× the text). Inflating stops at the first byte over it,
 * whatever the archive declares, so a bomb never reaches the XML parser (its DOM takes ≈ 60× the XML).
 */
export const DOCX_MAX_XML_BYTES = 16 * 1024 * 1024;

export class DocxError extends Error {}

/** The .docx inflates beyond DOCX_MAX_XML_BYTES: told apart so the diagnostic can say so plainly. */
export class DocxTooLargeError extends DocxError {
  constructor(readonly part: string) {
    super(`${part} inflates beyond ${DOCX_MAX_XML_BYTES} bytes`);
  }
}

const isElement = (n: ChildNode): n is Element => n.type === 'tag';
const kids = (el: Element, name: string) =>
  el.children.filter((c): c is Element => isElement(c) && c.name === name);
const first = (el: Element, name: string) => kids(el, name)[0];

function findAll(el: Element, name: string, out: Element[] = []): Element[] {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

interface LevelFormat {
  readonly numFmt: string;
  readonly lvlText: string;
  readonly start: number;
}

function readNumbering(xml: string | undefined): Map<string, Map<number, LevelFormat>> {
  const result = new Map<string, Map<number, LevelFormat>>();
  if (!xml) return result;
  const doc = parseDocument(xml, { xmlMode: true });
  const root = doc.children.find(isElement);
  if (!root) return result;
  const abstract = new Map<string, Map<number, LevelFormat>>();
  for (const a of findAll(root, 'w:abstractNum')) {
    const levels = new Map<number, LevelFormat>();
    for (const lvl of kids(a, 'w:lvl')) {
      levels.set(Number(lvl.attribs['w:ilvl'] ?? 0), {
        numFmt: first(lvl, 'w:numFmt')?.attribs['w:val'] ?? 'decimal',
        lvlText: first(lvl, 'w:lvlText')?.attribs['w:val'] ?? '',
        start: Number(first(lvl, 'w:start')?.attribs['w:val'] ?? 1),
      });
    }
    abstract.set(a.attribs['w:abstractNumId'] ?? '', levels);
  }
  for (const num of findAll(root, 'w:num')) {
    const ref = first(num, 'w:abstractNumId')?.attribs['w:val'] ?? '';
    const levels = abstract.get(ref);
    if (levels) result.set(num.attribs['w:numId'] ?? '', levels);
  }
  return result;
}

function formatCounter(n: number, numFmt: string): string {
  if (/chinese|ideograph|japanese|taiwanese/i.test(numFmt)) return formatChineseNumber(n);
  if (numFmt === 'lowerLetter') return String.fromCharCode(96 + ((n - 1) % 26) + 1);
  if (numFmt === 'upperLetter') return String.fromCharCode(64 + ((n - 1) % 26) + 1);
  if (numFmt === 'none' || numFmt === 'bullet') return '';
  return String(n);
}

class NumberingState {
  private readonly counters = new Map<string, number[]>();
  constructor(private readonly formats: Map<string, Map<number, LevelFormat>>) {}
  label(numId: string, ilvl: number): string {
    const levels = this.formats.get(numId);
    const fmt = levels?.get(ilvl);
    if (!levels || !fmt || fmt.numFmt === 'bullet') return '';
    const counts = this.counters.get(numId) ?? [];
    counts[ilvl] = (counts[ilvl] ?? fmt.start - 1) + 1;
    counts.length = ilvl + 1; // a new item at this level restarts the deeper levels
    this.counters.set(numId, counts);
    return fmt.lvlText.replace(/%(\d)/g, (_, d: string) => {
      const lvl = Number(d) - 1;
      const f = levels.get(lvl);
      return formatCounter(counts[lvl] ?? f?.start ?? 1, f?.numFmt ?? 'decimal');
    });
  }
}

function runText(el: Element): string {
  let out = '';
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === 'w:t') out += c.children.map((t) => (t.type === 'text' ? t.data : '')).join('');
    else if (c.name === 'w:tab') out += '\t';
    else if (c.name === 'w:br' || c.name === 'w:cr') out += '\n';
    else if (c.name !== 'w:instrText' && c.name !== 'w:delText') out += runText(c);
  }
  return out;
}

function paragraphText(p: Element, numbering: NumberingState): string {
  const numPr = first(first(p, 'w:pPr') ?? p, 'w:numPr');
  let label = '';
  if (numPr) {
    const numId = first(numPr, 'w:numId')?.attribs['w:val'];
    const ilvl = Number(first(numPr, 'w:ilvl')?.attribs['w:val'] ?? 0);
    if (numId && numId !== '0') label = numbering.label(numId, ilvl);
  }
  return label + runText(p);
}

const DOCX_PARTS = new Set(['word/document.xml', 'word/numbering.xml']);

function unzipParts(bytes: Uint8Array): Readonly<Record<string, Uint8Array>> {
  const read = unzipWithBudget(bytes, { maxBytes: DOCX_MAX_XML_BYTES, wanted: (n) => DOCX_PARTS.has(n) });
  if (read.ok) return read.files;
  if (read.problem === 'over_budget') throw new DocxTooLargeError(read.part ?? 'word/document.xml');
  throw new DocxError(`not a valid zip archive (${read.detail ?? 'damaged'})`);
}

/** Converts a .docx file; throws DocxError for a damaged or oversized file (the caller makes it a diagnostic). */
export function docxToLines(bytes: Uint8Array): DocLine[] {
  const parts = unzipParts(bytes);
  const documentXml = parts['word/document.xml'];
  if (!documentXml) throw new DocxError('word/document.xml is missing');
  const decoder = new TextDecoder('utf-8');
  const numbering = new NumberingState(
    readNumbering(parts['word/numbering.xml'] && decoder.decode(parts['word/numbering.xml'])),
  );
  const doc = parseDocument(decoder.decode(documentXml), { xmlMode: true });
  const body = findAll(doc.children.find(isElement) ?? (doc as unknown as Element), 'w:body')[0];
  if (!body) throw new DocxError('the document has no body');
  const lines: DocLine[] = [];
  let paragraphNo = 0;
  const visit = (el: Element) => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.name === 'w:p') {
        paragraphNo++;
        for (const part of paragraphText(c, numbering).split('\n'))
          lines.push({ text: part, line: paragraphNo });
      } else if (c.name === 'w:tbl') {
        const rows = kids(c, 'w:tr').map((tr) => kids(tr, 'w:tc'));
        // A table of one column is a frame, not a table: plans put a 专栏 box (its title and numbered projects)
        // in a one-cell table. Its paragraphs are read as lines, as if the frame were not there.
        if (rows.length > 0 && rows.every((cells) => cells.length <= 1)) {
          for (const cells of rows) for (const cell of cells) visit(cell);
          continue;
        }
        paragraphNo++;
        const table = rows.map((cells) =>
          cells.map((tc) =>
            kids(tc, 'w:p')
              .map((p) => paragraphText(p, numbering))
              .join('')
              .trim(),
          ),
        );
        lines.push({ text: table.map((r) => r.join('\t')).join('\n'), line: paragraphNo, table });
      } else if (c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml') visit(c);
    }
  };
  visit(body);
  return lines;
}
