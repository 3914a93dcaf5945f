/**
 * Bulk task assignment by Excel: a template holding the plan's tasks, filled in by the plan office and
 * uploaded again. The upload is checked as a file (is it an .xlsx, would it inflate beyond the limit, how
 * many rows) and row by row (known task, known units, real dates not in the past, a known frequency);
 * every bad row is named with its reason, and nothing is applied unless every row is valid.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { unzipWithBudget } from '@gangmu/importer';
import { FREQUENCIES, isDate, spreadsheetCell, spreadsheetText, type Frequency } from '@gangmu/domain';
import type { BulkAssignment, TaskView, UnitsTable } from '@gangmu/storage';

export const COLUMNS = [
  '任务编号',
  '章',
  '节',
  '任务名称',
  '牵头单位',
  '配合单位',
  '完成时限',
  '预期成果',
  '报送频次',
  '报送日',
] as const;
export const MAX_ROWS = 20_000;
export const MAX_INFLATED_BYTES = 50 * 1024 * 1024;
const FREQ_ZH: Record<string, Frequency> = {
  月: 'monthly',
  月度: 'monthly',
  季: 'quarterly',
  季度: 'quarterly',
  半年: 'half-yearly',
  年: 'yearly',
  年度: 'yearly',
};
const FREQ_LABEL: Record<Frequency, string> = {
  monthly: '月',
  quarterly: '季',
  'half-yearly': '半年',
  yearly: '年',
};

/** The template: one row per task (its chapter and section named), and a sheet of the units. */
export async function buildTemplate(
  tasks: readonly (TaskView & { chapter?: string; section?: string })[],
  units: readonly UnitsTable[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gangmu 纲目';
  const sheet = wb.addWorksheet('任务分解');
  sheet.addRow([...COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  const unitName = (id: string | null) => units.find((u) => u.id === id)?.name ?? '';
  for (const t of tasks) {
    const row = [
      t.id,
      t.chapter ?? '',
      t.section ?? '',
      t.title,
      unitName(t.leadUnitId),
      t.coUnitIds.map(unitName).join('、'),
      t.deadline ?? '',
      t.expectedResult ?? '',
      t.schedule ? FREQ_LABEL[t.schedule.frequency as Frequency] : '',
      t.schedule?.dueDay ?? '',
    ];
    // Titles and expected results are people's text: none may start a formula in the workbook.
    sheet.addRow(row.map(spreadsheetCell));
  }
  sheet.columns.forEach((c, i) => (c.width = [38, 24, 24, 36, 16, 24, 12, 30, 10, 8][i]));
  const list = wb.addWorksheet('单位');
  list.addRow(['单位代码', '单位名称']);
  for (const u of units) list.addRow([u.code, u.name].map(spreadsheetText));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type UploadResult =
  | { ok: true; rows: BulkAssignment[] }
  | { ok: false; fileError?: string; rowErrors: { row: number; errors: string[] }[] };

/**
 * Inflates the upload before any XML is parsed: a zip, inflated with a running budget (the sizes the archive
 * declares are not trusted: reading stops at the first byte over MAX_INFLATED_BYTES), holding a workbook.
 * Returns the parts stored again without compression, so exceljs (JSZip) only copies bytes already counted.
 */
function openContainer(bytes: Uint8Array): { ok: true; stored: Buffer } | { ok: false; error: string } {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return { ok: false, error: '文件不是 Excel（.xlsx）文件 / the file is not an Excel (.xlsx) file' };
  const read = unzipWithBudget(bytes, { maxBytes: MAX_INFLATED_BYTES });
  if (!read.ok)
    return {
      ok: false,
      error:
        read.problem === 'over_budget'
          ? `文件解压后超过 ${MAX_INFLATED_BYTES / 1024 / 1024} MB，拒绝处理（疑似压缩炸弹）/ inflates beyond ${MAX_INFLATED_BYTES / 1024 / 1024} MB`
          : '文件已损坏，无法作为 Excel 读取 / the file is damaged',
    };
  if (!read.files['xl/workbook.xml'])
    return { ok: false, error: '文件不是 Excel 工作簿 / the file is not an Excel workbook' };
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const [name, data] of Object.entries(read.files)) files[name] = [data, { level: 0 }];
  return { ok: true, stored: Buffer.from(zipSync(files)) };
}

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v).trim();
};

/** Checks one filled-in row; returns the assignment it makes or the reasons it is wrong. */
function checkRow(
  v: readonly string[],
  byId: ReadonlyMap<string, TaskView>,
  unitOf: (s: string) => UnitsTable | undefined,
  today: string,
): { ok: true; row: BulkAssignment } | { ok: false; errors: string[] } {
  const [id, , , , lead, co, deadline, expected, freq, dueDay] = v;
  const errors: string[] = [];
  const task = byId.get(id ?? '');
  if (!task) errors.push(`任务编号“${id}”不属于本规划 / unknown task id`);
  const leadUnit = lead ? unitOf(lead) : undefined;
  if (lead && !leadUnit) errors.push(`未知的牵头单位“${lead}” / unknown lead unit`);
  const coNames = (co ?? '').split(/[、,，;；\s]+/).filter(Boolean);
  const coUnits = coNames.map((c) => ({ c, u: unitOf(c) }));
  for (const { c, u } of coUnits) if (!u) errors.push(`未知的配合单位“${c}” / unknown co-unit`);
  if (deadline) {
    if (!isDate(deadline)) errors.push(`完成时限“${deadline}”不是日期（YYYY-MM-DD） / not a date`);
    else if (deadline < today) errors.push(`完成时限 ${deadline} 已过 / the deadline is in the past`);
  }
  let schedule: { frequency: Frequency; dueDay: number } | null | undefined;
  if (freq) {
    const f = FREQ_ZH[freq] ?? (FREQUENCIES.includes(freq as Frequency) ? (freq as Frequency) : undefined);
    const day = dueDay ? Number(dueDay) : 10;
    if (!f) errors.push(`报送频次“${freq}”应为 月、季、半年 或 年 / unknown frequency`);
    else if (!Number.isInteger(day) || day < 1 || day > 28)
      errors.push(`报送日“${dueDay}”应为 1–28 / due day must be 1–28`);
    else schedule = { frequency: f, dueDay: day };
  }
  if (errors.length || !task) return { ok: false, errors };
  return {
    ok: true,
    row: {
      taskId: task.id,
      changes: {
        leadUnitId: leadUnit?.id ?? null,
        coUnitIds: coUnits.flatMap((x) => (x.u ? [x.u.id] : [])),
        deadline: deadline || null,
        expectedResult: expected || null,
        ...(schedule !== undefined ? { schedule } : {}),
      },
    },
  };
}

/** Opens the workbook and checks its header and size; the first sheet, or why the file is refused. */
async function openSheet(
  bytes: Uint8Array,
): Promise<{ ok: true; sheet: ExcelJS.Worksheet } | { ok: false; fileError: string }> {
  const container = openContainer(bytes);
  if (!container.ok) return { ok: false, fileError: container.error };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(container.stored as unknown as ArrayBuffer);
  } catch (e) {
    return {
      ok: false,
      fileError: `无法读取 Excel 文件 / cannot read the workbook: ${(e as Error).message}`,
    };
  }
  const sheet = wb.worksheets[0];
  if (!sheet) return { ok: false, fileError: '工作簿中没有工作表 / the workbook has no sheet' };
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
  if (COLUMNS.some((c, i) => header[i] !== c))
    return {
      ok: false,
      fileError: `表头与模板不一致，应为：${COLUMNS.join('、')}；实际为：${header.join('、') || '（空）'} / the header row must be the template's`,
    };
  if (sheet.actualRowCount - 1 > MAX_ROWS)
    return {
      ok: false,
      fileError: `共 ${sheet.actualRowCount - 1} 行，超过上限 ${MAX_ROWS} 行 / ${sheet.actualRowCount - 1} rows, the limit is ${MAX_ROWS}`,
    };
  return { ok: true, sheet };
}

export async function parseUpload(
  bytes: Uint8Array,
  ctx: { tasks: readonly TaskView[]; units: readonly UnitsTable[]; today: string },
): Promise<UploadResult> {
  const opened = await openSheet(bytes);
  if (!opened.ok) return { ok: false, fileError: opened.fileError, rowErrors: [] };
  const byId = new Map(ctx.tasks.map((t) => [t.id, t]));
  const unitOf = (s: string) => ctx.units.find((u) => u.name === s || u.code === s);
  const rows: BulkAssignment[] = [];
  const rowErrors: { row: number; errors: string[] }[] = [];
  opened.sheet.eachRow((row, n) => {
    if (n === 1) return;
    const v = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    if (v.every((c) => c === '')) return;
    const checked = checkRow(v, byId, unitOf, ctx.today);
    if (checked.ok) rows.push(checked.row);
    else rowErrors.push({ row: n, errors: checked.errors });
  });
  return rowErrors.length ? { ok: false, rowErrors } : { ok: true, rows };
}
