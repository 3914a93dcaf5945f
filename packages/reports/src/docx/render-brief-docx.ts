/**
 * The one-page leader brief (一页纸): title, the summary sentence, six figures in a grid, what needs attention and
 * what to do. Set in 仿宋 四号 on 24-pt lines so a full brief fits one A4 page of the GB/T 9704 版心.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportModel } from '../model/report-model.ts';
import { FONT_TABLE_OVERRIDE } from './font-table.ts';
import { FONT, fonts, SIZE, STYLE_IDS, STYLES } from './gbt9704.ts';
import { pageSetup } from './page.ts';
import { TEXT_WIDTH } from './tables.ts';

const SIZE_SI = SIZE.si * 2;
const LINE_24 = { line: 480, lineRule: LineRuleType.EXACT } as const;
/** A line of the brief holds about this many characters of 四号 text; longer suggestions are cut at a sentence end. */
const MAX_CHARS = 60;

const text = (t: string, extra: { bold?: boolean; font?: string } = {}) =>
  new TextRun({ text: t, size: SIZE_SI, bold: extra.bold ?? false, font: fonts(extra.font ?? FONT.body) });

const line = (t: string, font?: string) =>
  new Paragraph({
    spacing: LINE_24,
    indent: { firstLine: SIZE_SI * 20 },
    children: [text(t, font ? { font } : {})],
  });

/** The first sentence, or the first MAX_CHARS characters: a brief points, the report explains. */
const short = (t: string): string => {
  const first = t.split(/(?<=[。；])/)[0] ?? t;
  return first.length > MAX_CHARS ? `${first.slice(0, MAX_CHARS - 1)}…` : first;
};

function figureGrid(figures: ReportModel['brief']['figures']): Table {
  const NONE = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
  const perRow = 3;
  const width = Math.floor(TEXT_WIDTH / perRow);
  const rows: TableRow[] = [];
  for (let k = 0; k < figures.length; k += perRow) {
    rows.push(
      new TableRow({
        children: figures.slice(k, k + perRow).map(
          (f) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  style: STYLE_IDS.table,
                  children: [text(f.value, { bold: true, font: FONT.heading1 })],
                }),
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  style: STYLE_IDS.table,
                  children: [new TextRun(f.label)],
                }),
              ],
            }),
        ),
      }),
    );
  }
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: Array<number>(perRow).fill(width),
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
  });
}

export async function renderBriefDocx(report: ReportModel): Promise<Uint8Array> {
  const { brief } = report;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ style: STYLE_IDS.title, children: [new TextRun(brief.title)] }),
    line(brief.headline),
    figureGrid(brief.figures),
    line('需要关注', FONT.heading1),
    ...(brief.attention.length ? brief.attention : ['暂无滞后指标。']).map((a, k) => line(`${k + 1}. ${a}`)),
    line('工作建议', FONT.heading1),
    ...brief.suggestions.map((s) => line(short(s))),
  ];
  const doc = new Document({
    title: brief.title,
    styles: STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: [{ ...pageSetup(), children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc, false, [FONT_TABLE_OVERRIDE]));
}
