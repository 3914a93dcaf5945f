/**
 * The main-indicator table (主要指标) in every layout plans are published in: real rows (HTML, .docx),
 * one row per line (cells separated by tabs, pipes or spaces), or flattened one cell per line, as text
 * copied from a web page or a PDF gives it. Categories span rows, placeholders ("——") fill empty cells,
 * and rows may have a cell too many or too few: values are aligned to the columns from the right, where
 * the attribute (属性) and the target sit.
 */
import {
  diagnostic,
  parseTargetText,
  type Diagnostic,
  type IndicatorAttributeZh,
  type IndicatorRow,
} from '@gangmu/domain';
import type { Line } from '../structure/front-matter.ts';
import type { TableBlock } from '../structure/outline-builder.ts';

type Role =
  'category' | 'no' | 'name' | 'unit' | 'attribute' | 'previous' | 'target' | 'annual' | 'note' | 'value';
interface Column {
  readonly header: string;
  readonly role: Role;
}

const PLACEHOLDER = /^[—–\-－─_/、\s]*$/;
const ATTRIBUTE = /^(预期性|约束性)$/;
const HEADER_CELL =
  /^(?:类别|类型|领域|分类|序号|编号|指标名称|指标|主要指标|名称|单位|计量单位|属性|指标属性|备注|.{0,14}(?:年均增长|年均增速|年均|增长|增速|目标|基期|基数|现状|规划值|期末|累计)(?:[（(][^）)]*[)）])?|(?:\d{4}|“?十[一二三四五六七]五”?)\s*年?.{0,8})$/;
const compact = (s: string) => s.replace(/\s+/g, '');

function roleOfHeader(h: string, index: number): Role {
  const t = compact(h);
  if (/^(类别|类型|领域|分类)$/.test(t)) return 'category';
  if (/^(序号|编号)$/.test(t)) return 'no';
  if (/属性/.test(t)) return 'attribute';
  if (/单位/.test(t)) return 'unit';
  if (/备注/.test(t)) return 'note';
  if (/指标|名称/.test(t) && !/年|增长/.test(t)) return 'name';
  if (/基期|基数|现状|上期|十[一二三]五|2015|2020年(?!目标)/.test(t) && !/目标|规划/.test(t))
    return 'previous';
  if (
    /^(?:年均|累计|〔)|^“?十[四五六]五”?时期(?:年均|累计)|^年均增长|^(?:五年)?累计/.test(t) &&
    !/十[四五六]五”?年均增长$/.test(t)
  )
    return 'annual';
  if (/目标|规划|期末|十[四五六]五|2025|2030|2035/.test(t)) return 'target';
  return index === 0 ? 'category' : 'value';
}

const isCjkText = (s: string) => /[\u4e00-\u9fff]/.test(s) && !PLACEHOLDER.test(s);
const looksLikeTargetText = (s: string) => {
  const spec = parseTargetText(s);
  return spec.op !== 'qualitative' && spec.op !== 'none';
};

function splitNameAndUnit(raw: string): { name: string; unit: string | null } {
  let name = raw.replace(/^(?:\d{1,2}\s*[.．、]?\s*|[①-⑳]\s*)/, '').trim();
  const m = /^(.*?)\s*[（(]\s*([^（）()]{1,12})\s*[)）]$/.exec(name);
  let unit: string | null = null;
  if (m && m[1]) {
    name = m[1].trim();
    unit = (m[2] ?? '').trim().replace('％', '%');
  }
  return { name: name.replace(/\s+/g, ''), unit };
}

const cellValue = (s: string | undefined): string | null =>
  s === undefined || PLACEHOLDER.test(s) ? null : s.trim();

/** Header cells at the start of a flattened table: up to and including 属性 when it comes within ten cells. */
function takeHeader(cells: readonly string[]): string[] {
  const attrAt = cells.slice(0, 12).findIndex((c) => /属\s*性/.test(c));
  if (attrAt >= 1) return cells.slice(0, attrAt + 1);
  const header: string[] = [];
  for (const c of cells) {
    if (
      header.length >= 10 ||
      !HEADER_CELL.test(compact(c)) ||
      (/[（(][^）)]*[)）]$/.test(c) && header.length > 1)
    )
      break;
    header.push(c);
  }
  return header;
}

interface RowState {
  category: string | null;
}

/**
 * Reads one row's cells. With as many cells as columns, cells are taken by position; otherwise the
 * leading cells give category and name, and the values are aligned to the value columns from the right.
 */
function interpretRow(
  cells: readonly string[],
  columns: readonly Column[],
  state: RowState,
  opts: { line: number; positional: boolean },
  diagnostics: Diagnostic[],
): IndicatorRow | null {
  const { line } = opts;
  const byRole = new Map<Role, string>();
  let extra = 0;
  // Real grids (HTML, .docx) keep cells in their columns; text rows may have lost or gained a cell.
  if (opts.positional && cells.length === columns.length) {
    columns.forEach((c, i) =>
      byRole.set(c.role === 'value' ? (byRole.has('target') ? 'annual' : 'target') : c.role, cells[i] ?? ''),
    );
  } else {
    const rest = [...cells];
    const attrIdx = columns.findIndex((c) => c.role === 'attribute');
    if (attrIdx >= 0 && rest.length && ATTRIBUTE.test(compact(rest[rest.length - 1]!)))
      byRole.set('attribute', rest.pop()!);
    if (/^\d{1,2}\.?$/.test(rest[0] ?? '') && isCjkText(rest[1] ?? '')) byRole.set('no', rest.shift()!);
    const hasCategoryColumn = columns.some((c) => c.role === 'category');
    if (
      hasCategoryColumn &&
      rest.length >= 2 &&
      isCjkText(rest[0]!) &&
      rest[0]!.length <= 10 &&
      !/[（(]/.test(rest[0]!) &&
      isCjkText(rest[1]!) &&
      !looksLikeTargetText(rest[1]!)
    ) {
      byRole.set('category', rest.shift()!);
    }
    const nameCell = rest.shift();
    if (nameCell === undefined) return null;
    byRole.set('name', nameCell);
    if (
      columns.some((c) => c.role === 'unit') &&
      rest.length > 0 &&
      !/\d/.test(rest[0]!) &&
      rest[0]!.length <= 8 &&
      !looksLikeTargetText(rest[0]!)
    ) {
      byRole.set('unit', rest.shift()!);
    }
    const valueColumns = columns.filter((c) => ['previous', 'target', 'annual', 'value'].includes(c.role));
    while (rest.length > valueColumns.length && PLACEHOLDER.test(rest[0]!)) {
      rest.shift();
      extra++;
    }
    const offset = valueColumns.length - rest.length;
    valueColumns.forEach((c, i) => {
      const v = rest[i - offset];
      if (v !== undefined)
        byRole.set(c.role === 'value' ? (byRole.has('target') ? 'annual' : 'target') : c.role, v);
    });
  }
  const nameRaw = byRole.get('name') ?? '';
  if (!isCjkText(nameRaw)) return null;
  const category = cellValue(byRole.get('category'));
  if (category) state.category = category.replace(/\s+/g, '');
  const { name, unit: unitFromName } = splitNameAndUnit(nameRaw);
  if (extra > 0) diagnostics.push(diagnostic('indicator_extra_cell', line, nameRaw, { name, count: extra }));
  const unitCell = cellValue(byRole.get('unit'));
  const targetCell = cellValue(byRole.get('target'));
  const annualCell = cellValue(byRole.get('annual'));
  const target = targetCell ?? annualCell;
  const targetHeader = columns.find((c) => c.role === (targetCell ? 'target' : 'annual'))?.header ?? '';
  const attr = compact(byRole.get('attribute') ?? '');
  const targetSpec = parseTargetText(target);
  if (targetSpec.op === 'qualitative')
    diagnostics.push(diagnostic('indicator_target_unparsed', line, nameRaw, { name, target: target ?? '' }));
  return {
    category: state.category,
    name,
    unit: unitCell ?? unitFromName,
    previousPeriod: cellValue(byRole.get('previous')),
    target,
    attribute: ATTRIBUTE.test(attr) ? (attr as IndicatorAttributeZh) : null,
    targetSpec,
    targetIsAnnualOrCumulative: /年均|累计/.test(targetHeader) || (!targetCell && !!annualCell),
    line,
  };
}

const splitRowLine = (text: string): string[] => {
  if (text.includes('|'))
    return text
      .split('|')
      .map((c) => c.trim())
      .filter((c, i, a) => c !== '' || (i > 0 && i < a.length - 1));
  if (text.includes('\t')) return text.split('\t').map((c) => c.trim());
  return text.split(/\s+/).filter(Boolean);
};

/** Cells grouped into rows: each row ends at its attribute cell; without an attribute column, a row starts at each name cell. */
function groupFlattened(
  cells: readonly { text: string; line: number }[],
  columns: readonly Column[],
): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let current: { cells: string[]; line: number } | null = null;
  const anchoredByAttribute = columns[columns.length - 1]?.role === 'attribute';
  for (const c of cells) {
    if (
      !anchoredByAttribute &&
      current &&
      /[（(][^）)]{1,12}[)）]$/.test(c.text) &&
      current.cells.length >= 2
    ) {
      rows.push(current);
      current = null;
    }
    current ??= { cells: [], line: c.line };
    current.cells.push(c.text);
    if (anchoredByAttribute && ATTRIBUTE.test(compact(c.text))) {
      rows.push(current);
      current = null;
    }
  }
  if (current && current.cells.length >= 2) rows.push(current);
  return rows;
}

/** The period a value column speaks of: a year (2025年) or a five-year plan (“十四五” → 2021). */
function periodOfHeader(h: string): number | null {
  const year = /((?:19|20)\d\d)/.exec(h);
  if (year) return Number(year[1]);
  const fyp = /十([一二三四五六七八九])五/.exec(h);
  return fyp ? 1981 + 5 * ('一二三四五六七八九'.indexOf(fyp[1] ?? '') + 1 + 10 - 6) : null;
}

/**
 * Of the value columns that name a period, the earliest is the previous period (base year, “十三五”) and
 * the latest the target, whatever their wording; columns of averages or totals (年均/累计) keep their role.
 */
function assignPeriodColumns(columns: Column[]): Column[] {
  const dated = columns
    .map((c, i) => ({ c, i, period: periodOfHeader(c.header) }))
    .filter((x) => x.period !== null && ['previous', 'target', 'value'].includes(x.c.role));
  if (dated.length < 2) return columns;
  const periods = dated.map((d) => d.period!);
  const lo = Math.min(...periods);
  const hi = Math.max(...periods);
  if (lo === hi) return columns;
  const out = [...columns];
  for (const d of dated) {
    if (d.period === lo) out[d.i] = { header: d.c.header, role: 'previous' };
    else if (d.period === hi) out[d.i] = { header: d.c.header, role: 'target' };
  }
  return out;
}

/** A row of header words only (years, 目标, 累计…), with empty cells where the row above spans down. */
function isSubHeader(row: readonly string[]): boolean {
  const filled = row.filter((c) => c.trim() !== '');
  return (
    filled.length > 0 &&
    filled.every((c) => HEADER_CELL.test(compact(c)) && !ATTRIBUTE.test(compact(c))) &&
    !filled.some((c) => /[（(][^）)]*[)）]$/.test(c))
  );
}

export interface ParsedTable {
  readonly rows: IndicatorRow[];
}

export function parseIndicatorTable(block: TableBlock, diagnostics: Diagnostic[]): ParsedTable {
  let rowCells: { cells: string[]; line: number }[];
  let headerCells: string[];
  let positional = block.rows !== undefined;
  if (block.rows) {
    const all = block.rows.map((r) => r.map((c) => c.trim()));
    const headerAt = Math.max(
      0,
      all.findIndex((r) => r.some((c) => /指标/.test(c))),
    );
    headerCells = [...(all[headerAt] ?? [])];
    let first = headerAt + 1;
    // Two-level headers (目标值 over 2020年 | 2025年): the second row fills the cells the first one spans.
    while (first < all.length && isSubHeader(all[first]!)) {
      headerCells = headerCells.map((h, i) => `${h}${all[first]![i] ?? ''}`);
      first++;
    }
    rowCells = all.slice(first).map((cells) => ({ cells, line: block.line }));
  } else {
    const lines: readonly Line[] = (block.lines ?? []).filter(
      (l) => l.text.trim() !== '' && !/^注[:：]/.test(l.text),
    );
    const split = lines.map((l) => ({ cells: splitRowLine(l.text), line: l.line }));
    const rowPerLine = split.filter((r) => r.cells.length >= 3).length >= Math.max(2, split.length * 0.5);
    if (rowPerLine) {
      positional = true;
      const headerAt = Math.max(
        0,
        split.findIndex((r) => r.cells.some((c) => /指标|属性/.test(c))),
      );
      headerCells = split[headerAt]?.cells ?? [];
      rowCells = split.slice(headerAt + 1).filter((r) => r.cells.length >= 2);
    } else {
      const cells = lines.map((l) => ({ text: l.text.trim(), line: l.line }));
      headerCells = takeHeader(cells.map((c) => c.text));
      const columns = headerCells.map((h, i) => ({ header: h, role: roleOfHeader(h, i) }));
      rowCells = groupFlattened(cells.slice(headerCells.length), columns);
      if (rowCells.length > 0) {
        diagnostics.push(
          diagnostic('indicator_table_flattened', block.line, headerCells.join(' '), {
            columns: headerCells.length,
            rows: rowCells.length,
          }),
        );
      }
    }
  }
  const columns: Column[] = assignPeriodColumns(
    headerCells.map((h, i) => ({ header: h, role: roleOfHeader(h, i) })),
  );
  if (!columns.some((c) => c.role === 'name')) {
    const firstText = columns.findIndex((c) => c.role !== 'category' && c.role !== 'no');
    if (firstText >= 0) columns[firstText] = { header: columns[firstText]!.header, role: 'name' };
  }
  const state: RowState = { category: null };
  const rows: IndicatorRow[] = [];
  for (const r of rowCells) {
    const row = interpretRow(r.cells, columns, state, { line: r.line, positional }, diagnostics);
    if (row) rows.push(row);
    else if (r.cells.some((c) => c.trim()))
      diagnostics.push(
        diagnostic('indicator_row_unreadable', r.line, r.cells.join(' '), { text: r.cells.join(' ') }),
      );
  }
  return { rows };
}
