/**
 * Open data in its three forms: JSON, CSV (UTF-8 with BOM, so Excel opens Chinese correctly) and XLSX; in the
 * spreadsheets no text can start a formula (the domain's spreadsheetCell and spreadsheetText).
 */
import ExcelJS from 'exceljs';
import type { OpenDataOpinions, OpenDataRow, OpenDataTable } from '@gangmu/commands';
import type { OpenDataJson, OpenDataOpinionsJson } from '@gangmu/contract';
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
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function openDataCsv(t: OpenDataTable): string {
  const lines = [COLUMNS.join(','), ...t.rows.map((r) => rowCells(r).map(csvCell).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

const OPINION_COLUMNS = [
  '序号',
  '意见对象类型',
  '意见对象',
  '意见内容',
  '提交日期',
  '办理阶段',
  '答复单位',
  '答复内容',
  '答复公开时间',
  '纳入规划实施',
  '评价',
] as const;

const TARGET_TYPE = { plan: '规划', node: '章节条目', indicator: '指标', project: '专栏项目' } as const;

export const openDataOpinionsJson = (t: OpenDataOpinions): OpenDataOpinionsJson => ({
  plan: t.plan,
  opinions: [...t.rows],
});

/** Published opinions and answers as CSV: the same BOM, quoting and formula neutralising as the indicators. */
export function openDataOpinionsCsv(t: OpenDataOpinions): string {
  const rows = t.rows.map((r) =>
    [
      r.no,
      TARGET_TYPE[r.targetType],
      r.targetName,
      r.content,
      r.postedOn,
      r.stage,
      r.unitName,
      r.answer,
      r.publishedAt,
      r.taskLinked ? '是' : '否',
      r.rating,
    ]
      .map(spreadsheetCell)
      .map(csvCell)
      .join(','),
  );
  return `\ufeff${[OPINION_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export async function openDataXlsx(t: OpenDataTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('主要指标');
  sheet.addRow([spreadsheetText(t.plan.title)]);
  sheet.addRow([...COLUMNS]);
  for (const r of t.rows) sheet.addRow(rowCells(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
