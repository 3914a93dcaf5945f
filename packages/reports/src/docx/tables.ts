/** Report tables → Word tables: header row repeated on every page, category rows spanning the table, 五号 text. */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  TableLayoutType,
  WidthType,
  BorderStyle,
} from 'docx';
import type { Block } from '../model/report-model.ts';
import { PAGE, STYLE_IDS } from './gbt9704.ts';

type TableBlock = Extract<Block, { type: 'table' }>;

export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
const MARGINS = { top: 30, bottom: 30, left: 60, right: 60 };

/**
 * One cell. Kept lean on purpose: a national ledger has 14,000 cells and every property is an XML element the
 * `docx` package builds and serialises, so widths live in the table grid, margins in the table defaults and
 * centring in the cell style; only long text (names, reasons) is set left-aligned on the cell's paragraph.
 */
function textCell(text: string, style: string, columnSpan?: number): TableCell {
  const left = style === STYLE_IDS.table && text.length > 12;
  return new TableCell({
    children: [
      new Paragraph({
        style,
        ...(left ? { alignment: AlignmentType.LEFT } : {}),
        children: [new TextRun(text)],
      }),
    ],
    ...(columnSpan ? { columnSpan } : {}),
  });
}

export function renderTable(block: TableBlock): (Paragraph | Table)[] {
  const total = block.widths.reduce((a, w) => a + w, 0);
  const widths = block.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c) => textCell(c, STYLE_IDS.tableHeader)),
  });
  const rows = block.rows.map((r) =>
    r.kind === 'group'
      ? new TableRow({
          cantSplit: true,
          children: [textCell(r.text, STYLE_IDS.tableGroup, block.columns.length)],
        })
      : new TableRow({
          cantSplit: true,
          children: r.cells.map((c) => textCell(c.text, STYLE_IDS.table)),
        }),
  );
  return [
    new Paragraph({ style: STYLE_IDS.note, keepNext: true, children: [new TextRun(block.title)] }),
    new Table({
      rows: [header, ...rows],
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: MARGINS,
      borders: BORDERS,
    }),
  ];
}
