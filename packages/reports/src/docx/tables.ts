/** Report tables → Word tables: header row repeated on every page, category rows spanning the table, 五号 text. */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
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

/** Long text (names, reasons) reads better left-aligned; short figures centred. */
const alignmentOf = (text: string) => (text.length > 12 ? AlignmentType.LEFT : AlignmentType.CENTER);

function textCell(text: string, style: string, width: number, columnSpan = 1): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        style,
        alignment: style === STYLE_IDS.table ? alignmentOf(text) : AlignmentType.CENTER,
        children: [new TextRun(text)],
      }),
    ],
    width: { size: width, type: WidthType.DXA },
    columnSpan,
    verticalAlign: VerticalAlign.CENTER,
    margins: MARGINS,
  });
}

export function renderTable(block: TableBlock): (Paragraph | Table)[] {
  const total = block.widths.reduce((a, w) => a + w, 0);
  const widths = block.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, k) => textCell(c, STYLE_IDS.tableHeader, widths[k] ?? 0)),
  });
  const rows = block.rows.map((r) =>
    r.kind === 'group'
      ? new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              children: [
                new Paragraph({
                  style: STYLE_IDS.table,
                  alignment: AlignmentType.LEFT,
                  children: [new TextRun({ text: r.text, bold: true })],
                }),
              ],
              columnSpan: block.columns.length,
              margins: MARGINS,
            }),
          ],
        })
      : new TableRow({
          cantSplit: true,
          children: r.cells.map((c, k) => textCell(c.text, STYLE_IDS.table, widths[k] ?? 0)),
        }),
  );
  return [
    new Paragraph({ style: STYLE_IDS.note, keepNext: true, children: [new TextRun(block.title)] }),
    new Table({
      rows: [header, ...rows],
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      borders: BORDERS,
    }),
  ];
}
