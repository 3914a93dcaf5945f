/**
 * A report model → .docx in the GB/T 9704-2012 layout: title in 小标宋 二号, body 仿宋_GB2312 三号 on 28-pt lines,
 * headings 黑体 (一、) / 楷体 (（一）) / 仿宋 bold (1.), tables with repeated header rows, the 附件 on a new page.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun, type Table } from 'docx';
import type { Block, ReportModel } from '../model/report-model.ts';
import { FONT_TABLE_OVERRIDE } from './font-table.ts';
import { INDENT_2_CHARS, STYLE_IDS, STYLES } from './gbt9704.ts';
import { pageSetup } from './page.ts';
import { renderTable } from './tables.ts';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export const bodyParagraph = (text: string): Paragraph =>
  new Paragraph({
    indent: { firstLine: INDENT_2_CHARS },
    alignment: AlignmentType.JUSTIFIED,
    children: [new TextRun(text)],
  });

export const headingParagraph = (level: 1 | 2 | 3, text: string, pageBreakBefore = false): Paragraph =>
  new Paragraph({ heading: HEADINGS[level], keepNext: true, pageBreakBefore, children: [new TextRun(text)] });

function renderBlock(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [headingParagraph(block.level, block.text)];
    case 'paragraph':
      return [bodyParagraph(block.text)];
    case 'table':
      return renderTable(block);
  }
}

/** 2026-12-01 → 2026年12月1日, as the 成文日期 is written. */
export const chineseDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The 落款: office and date, right-aligned with four characters of space after them. */
function signature(report: ReportModel): Paragraph[] {
  const lines = [report.issuer, chineseDate(report.date)].filter((l): l is string => !!l);
  return [
    new Paragraph({ children: [] }),
    ...lines.map(
      (l) =>
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: { right: INDENT_2_CHARS * 2 },
          children: [new TextRun(l)],
        }),
    ),
  ];
}

export async function renderReportDocx(report: ReportModel): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ style: STYLE_IDS.title, children: [new TextRun(report.title)] }),
    bodyParagraph(report.preamble),
  ];
  for (const section of report.sections) {
    const isAnnex = section.id === 'annex';
    if (isAnnex) children.push(...signature(report));
    children.push(headingParagraph(1, section.heading, isAnnex));
    for (const block of section.blocks) children.push(...renderBlock(block));
  }
  const doc = new Document({
    title: report.title,
    creator: report.issuer ?? 'Gangmu',
    styles: STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: [{ ...pageSetup(), children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc, false, [FONT_TABLE_OVERRIDE]));
}
