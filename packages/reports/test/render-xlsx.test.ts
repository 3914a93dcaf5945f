import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { draftReport, renderIndicatorSheet, statusLabel } from '../src/index.ts';
import { exampleInput } from './example-input.ts';

describe('renderIndicatorSheet', () => {
  it('should list every indicator with its category, status and the latest value as a traceable number', async () => {
    const input = exampleInput({ kind: 'midterm', year: 2023 });
    const r = draftReport(input);
    if (!r.ok) throw new Error(r.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderIndicatorSheet(r.report)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('主要指标')!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['类别', '序号', '指标']);
    expect(header.slice(-3)).toEqual(['最新值（数值）', '数据年份', '数据状态']);
    const rows = sheet.getRows(3, sheet.rowCount - 2)!.map((row) => (row.values as unknown[]).slice(1));
    expect(rows).toHaveLength(input.indicators.length);
    const col = (name: string) => header.indexOf(name);
    for (const [k, i] of input.indicators.entries()) {
      const row = rows[k]!;
      expect(row[col('类别')]).toBe(i.category);
      expect(row[col('指标')]).toBe(i.name);
      expect(row[col('评估结论')]).toBe(statusLabel(i.status, i.flags));
      if (i.latest) {
        expect(row[col('最新值（数值）')]).toBeCloseTo(i.latest.value, 9);
        expect(row[col('数据年份')]).toBe(i.latest.year);
        expect(row[col('数据状态')]).toBe(i.latest.approval === 'approved' ? '已审核' : '已填报未审核');
      }
    }
  });

  it('should neutralise indicator names and targets that a spreadsheet would run as formulas', async () => {
    const input = exampleInput({ kind: 'midterm', year: 2023 });
    const evil = '=HYPERLINK("http://evil.example","点此")';
    const first = input.indicators[0]!;
    const r = draftReport({
      ...input,
      indicators: [{ ...first, name: evil, category: '@SUM(1)' }, ...input.indicators.slice(1)],
    });
    if (!r.ok) throw new Error(r.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderIndicatorSheet(r.report)) as unknown as ArrayBuffer);
    const texts: string[] = [];
    wb.getWorksheet('主要指标')!.eachRow((row) =>
      row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))),
    );
    expect(texts).toContain(`'${evil}`);
    expect(texts).toContain("'@SUM(1)");
    expect(texts.filter((t) => /^[=+@]/.test(t))).toEqual([]);
  });
});
