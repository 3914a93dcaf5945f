/**
 * Open data in its three forms: JSON, CSV (UTF-8 with BOM, so Excel opens Chinese correctly) and XLSX; in the
 * spreadsheets no text can start a formula (the domain's spreadsheetCell and spreadsheetText).
 */
import ExcelJS from 'exceljs';
import type { OpenDataRow, OpenDataTable } from '@gangmu/commands';
import type { OpenDataJson } from '@gangmu/contract';
import { spreadsheetCell, spreadsheetText } from '@gangmu/domain';

const COLUMNS = [
  '序号',
  '类别',
  '指标',
  '单位',
  '属性',
  '目标',
  '最新年份',
  '最新值',
  '评估状态',
  '说明',
] as const;

/** One indicator as a row of the COLUMNS, for CSV and XLSX alike. */
const rowCells = (r: OpenDataRow) =>
  [
    r.no,
    r.category,
    r.name,
    r.unit,
    r.attribute,
    r.target,
    r.latestYear,
    r.latestValue,
    r.status,
    r.reason,
  ].map(spreadsheetCell);

export const openDataJson = (t: OpenDataTable): OpenDataJson => ({ plan: t.plan, indicators: [...t.rows] });

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function openDataCsv(t: OpenDataTable): string {
  const lines = [COLUMNS.join(','), ...t.rows.map((r) => rowCells(r).map(csvCell).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export async function openDataXlsx(t: OpenDataTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('主要指标');
  sheet.addRow([spreadsheetText(t.plan.title)]);
  sheet.addRow([...COLUMNS]);
  for (const r of t.rows) sheet.addRow(rowCells(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
