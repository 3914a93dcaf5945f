/**
 * HTML pages saved from government sites → lines and tables. Navigation, scripts and site chrome are
 * dropped by element and by class/id; data tables stay tables, while layout tables (long text, nested
 * tables) are read as ordinary text, since many sites still lay pages out with <table>.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { DocLine } from '../document.ts';

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'nav',
  'header',
  'footer',
  'select',
  'button',
  'svg',
  'head',
  'object',
  'template',
]);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'center',
  'dd',
  'dt',
  'dl',
  'form',
  'body',
  'html',
  'table',
  'tr',
  'caption',
  'figure',
  'figcaption',
  'address',
]);
const CHROME =
  /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumb|footer|header|topbar|share|sidebar|toolbar|copyright|banner|search)([\s_-]|$)/i;

function lineIndex(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const isElement = (n: ChildNode): n is Element =>
  n.type === 'tag' || n.type === 'script' || n.type === 'style';

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node) || SKIP_TAGS.has(node.name)) return '';
  if (node.name === 'br') return '\n';
  const inner = node.children.map(textOf).join('');
  return BLOCK_TAGS.has(node.name) ? `\n${inner}\n` : inner;
}

function decodeEntities(s: string): string {
  return s.replace(/&nbsp;/g, '\u00a0');
}

/**
 * A real table as a grid: at least two rows, short cells, no nested tables. Cells spanning rows or
 * columns leave '' in the positions they cover, so every row keeps its column positions (a category
 * spanning rows is then inherited by the table parser).
 */
function dataTableRows(table: Element): string[][] | null {
  const trs: Element[] = [];
  let nested = false;
  const collect = (el: Element) => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.name === 'table') nested = true;
      else if (c.name === 'tr') trs.push(c);
      else collect(c);
    }
  };
  collect(table);
  if (nested || trs.length < 2) return null;
  const grid: string[][] = [];
  const taken = new Set<string>();
  trs.forEach((tr, r) => {
    const row = (grid[r] ??= []);
    let col = 0;
    for (const cell of tr.children) {
      if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      if (cell.children.some((c) => isElement(c) && c.name === 'table')) nested = true;
      while (taken.has(`${r}:${col}`)) col++;
      const rowSpan = Math.min(Math.max(1, Number(cell.attribs.rowspan) || 1), 500);
      const colSpan = Math.min(Math.max(1, Number(cell.attribs.colspan) || 1), 50);
      const text = textOf(cell).replace(/\s+/g, ' ').trim();
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          taken.add(`${r + dr}:${col + dc}`);
          const target = (grid[r + dr] ??= []);
          target[col + dc] = dr === 0 && dc === 0 ? text : '';
        }
      }
      col += colSpan;
    }
    for (let i = 0; i < row.length; i++) row[i] ??= '';
  });
  if (nested) return null;
  const rows = grid.slice(0, trs.length).map((row) => Array.from(row, (c) => c ?? ''));
  const cells = rows.flat().filter((c) => c !== '');
  const avg = cells.reduce((a, c) => a + c.length, 0) / Math.max(cells.length, 1);
  return avg <= 40 ? rows : null;
}

export function htmlToLines(source: string): DocLine[] {
  const doc = parseDocument(source, { withStartIndices: true, decodeEntities: true });
  const lineAt = lineIndex(source);
  const lines: DocLine[] = [];
  let buffer = '';
  let bufferLine = 1;
  const flush = () => {
    for (const part of buffer.split('\n')) {
      const t = decodeEntities(part)
        .replace(/[ \t\r]+/g, ' ')
        .trim();
      if (t) lines.push({ text: t, line: bufferLine });
    }
    buffer = '';
  };
  const walk = (node: ChildNode) => {
    if (node.type === 'text') {
      if (!buffer) bufferLine = lineAt(node.startIndex ?? 0);
      buffer += node.data;
      return;
    }
    if (!isElement(node) || SKIP_TAGS.has(node.name)) return;
    const cls = `${node.attribs.class ?? ''} ${node.attribs.id ?? ''}`;
    if (CHROME.test(cls) && node.name !== 'body') return;
    if (node.name === 'br') {
      buffer += '\n';
      return;
    }
    if (node.name === 'table') {
      const rows = dataTableRows(node);
      if (rows) {
        flush();
        const line = lineAt(node.startIndex ?? 0);
        lines.push({ text: rows.map((r) => r.join('\t')).join('\n'), line, table: rows });
        return;
      }
    }
    const block = BLOCK_TAGS.has(node.name) || node.name === 'td' || node.name === 'th';
    if (block) {
      flush();
      bufferLine = lineAt(node.startIndex ?? 0);
    }
    node.children.forEach(walk);
    if (block) flush();
  };
  doc.children.forEach(walk);
  flush();
  return lines;
}
