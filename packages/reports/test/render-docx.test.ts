import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import {
  draftReport,
  renderBriefDocx,
  renderReportDocx,
  statusLabel,
  type ReportModel,
} from '../src/index.ts';
import { attr, docxParts, paragraphs, tables } from './docx-readback.ts';
import { exampleInput } from './example-input.ts';

const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

function draft(
  kind: 'annual' | 'midterm' | 'final',
  year: number,
): { report: ReportModel; input: ReturnType<typeof exampleInput> } {
  const input = exampleInput({ kind, year });
  const r = draftReport(input);
  if (!r.ok) throw new Error(r.message);
  return { report: r.report, input };
}

describe.each([
  ['annual', 2023],
  ['midterm', 2023],
  ['final', 2025],
] as const)('renderReportDocx (%s %i)', (kind, year) => {
  it('should write the sections, the indicator table against the evaluation, the GB/T 9704 page and fonts', async () => {
    const { report, input } = draft(kind, year);
    const bytes = await renderReportDocx(report);
    const parts = docxParts(bytes);
    const doc = parts['word/document.xml']!;
    const text = paragraphs(doc);
    expect(text[0]).toBe(report.title);
    for (const s of report.sections) expect(text).toContain(s.heading);

    // Page: A4 and the 版心 margins (top 37, bottom 35, left 28, right 26 mm), numbers on odd and even pages.
    const sectPr = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(doc)![0];
    expect(attr(sectPr, 'w:pgSz', 'w:w')).toBe(String(mmToTwips(210)));
    expect(attr(sectPr, 'w:pgSz', 'w:h')).toBe(String(mmToTwips(297)));
    expect(attr(sectPr, 'w:pgMar', 'w:top')).toBe(String(mmToTwips(37)));
    expect(attr(sectPr, 'w:pgMar', 'w:bottom')).toBe(String(mmToTwips(35)));
    expect(attr(sectPr, 'w:pgMar', 'w:left')).toBe(String(mmToTwips(28)));
    expect(attr(sectPr, 'w:pgMar', 'w:right')).toBe(String(mmToTwips(26)));
    expect(sectPr).toMatch(/<w:footerReference[^>]*w:type="even"/);
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.entries(parts)
      .filter(([n]) => /word\/footer\d+\.xml/.test(n))
      .map(([, x]) => x);
    expect(footers.some((f) => f.includes('w:val="right"') && /PAGE/.test(f) && f.includes('— '))).toBe(true);
    expect(footers.some((f) => f.includes('w:val="left"') && /PAGE/.test(f))).toBe(true);

    // Fonts in the styles: body 仿宋_GB2312 三号 on 28-pt lines, headings 黑体 / 楷体_GB2312 / bold 仿宋, title 小标宋 二号.
    const styles = parts['word/styles.xml']!;
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(attr(defaults, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('32');
    expect(attr(defaults, 'w:spacing', 'w:line')).toBe('560');
    expect(attr(defaults, 'w:spacing', 'w:lineRule')).toBe('exact');
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)![0];
    expect(attr(style('Heading1'), 'w:rFonts', 'w:eastAsia')).toBe('黑体');
    expect(attr(style('Heading2'), 'w:rFonts', 'w:eastAsia')).toBe('楷体_GB2312');
    expect(style('Heading3')).toContain('<w:b/>');
    expect(attr(style('GbTitle'), 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(style('GbTitle'), 'w:sz', 'w:val')).toBe('44');
    // Fallbacks are named in the font table, the GB names kept in the styles.
    expect(parts['word/fontTable.xml']).toMatch(/w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);

    // The indicator table: a repeated header row, one row per indicator, the status and latest value of each.
    const [table] = tables(doc);
    expect(doc).toMatch(/<w:tblHeader\/>/);
    expect(table![0]!.join(' ')).toBe(
      '序号 指标 单位 基期值 目标值 属性 最新值（年份） 年均增速或进度 评估结论',
    );
    const rows = table!.slice(1).filter((r) => r.length > 1);
    expect(rows).toHaveLength(input.indicators.length);
    for (const [k, i] of input.indicators.entries()) {
      const row = rows[k]!;
      expect(row[1]).toBe(i.name);
      if (i.latest) expect(row[6]).toBe(`${Math.round(i.latest.value * 100) / 100}（${i.latest.year}）`);
      expect(row[8]).toBe(statusLabel(i.status, i.flags));
      if (i.status === 'NOT_ASSESSABLE') expect(row[8]).toBe('暂无法评估');
      if (i.status === 'OFF_TRACK') expect(row[8]).toBe('进度严重滞后');
    }

    // A second reader agrees the file is well formed.
    const html = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html.messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(html.value).toContain('<h1>一、总体情况</h1>');
    expect(html.value).toContain('<table>');
  });
});

describe('renderBriefDocx', () => {
  it('should fit the summary, the figures and the attention list in one section of one page setup', async () => {
    const { report } = draft('annual', 2023);
    const bytes = await renderBriefDocx(report);
    const doc = docxParts(bytes)['word/document.xml']!;
    const text = paragraphs(doc);
    expect(text[0]).toBe(report.brief.title);
    expect(text).toContain(report.brief.headline);
    for (const f of report.brief.figures) expect(text).toContain(f.value);
    expect(doc.match(/<w:sectPr/g)).toHaveLength(1);
    expect(doc).not.toContain('w:type="page"');
    const { messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
  });
});
