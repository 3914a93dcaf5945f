/**
 * The indicator table as .xlsx: the annex table of the report as printed (so a frozen report gives the same
 * sheet), the category as a column for filtering, and the latest figure again as a number with its year and
 * approval state so it can be traced and computed with.
 */
import ExcelJS from 'exceljs';
import { spreadsheetCell, spreadsheetText } from '@gangmu/domain';
import type { ReportModel, TableRow } from '../model/report-model.ts';
import { APPROVAL_NAMES } from '../labels.zh-CN.ts';
import { ANNEX_INDICATORS_ID } from '../draft/annex.ts';

const LATEST_COLUMN = '最新值（年份）';
const TRACE_COLUMNS = ['最新值（数值）', '数据年份', '数据状态'];

export async function renderIndicatorSheet(report: ReportModel): Promise<Uint8Array> {
  const table = report.sections
    .flatMap((s) => s.blocks)
    .find((b) => b.type === 'table' && b.id === ANNEX_INDICATORS_ID);
  if (!table || table.type !== 'table') throw new Error('the report has no indicator table');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gangmu 纲目';
  wb.title = report.title;
  const sheet = wb.addWorksheet('主要指标', { views: [{ state: 'frozen', ySplit: 2 }] });
  const columns = ['类别', ...table.columns, ...TRACE_COLUMNS];
  sheet.addRow([spreadsheetText(table.title)]);
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.addRow(columns);
  sheet.getRow(2).font = { bold: true };
  const latestAt = table.columns.indexOf(LATEST_COLUMN);
  let category = '';
  for (const row of table.rows as readonly TableRow[]) {
    if (row.kind === 'group') {
      category = row.text;
      continue;
    }
    const source = row.cells[latestAt]?.source;
    // Names and targets come from the plan's text: none may start a formula.
    sheet.addRow(
      [
        category,
        ...row.cells.map((c, k) => (k === 0 ? Number(c.text) : c.text)),
        source?.value ?? null,
        source?.year ?? null,
        source ? APPROVAL_NAMES[source.approval] : '',
      ].map(spreadsheetCell),
    );
  }
  sheet.columns.forEach((c, k) => {
    c.width = k === 2 || k === table.columns.length ? 30 : 12;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
