/**
 * The main-indicator table in the official shape (序号, 指标, 单位, 基期值, 目标值, 属性, 最新值（年份）,
 * 年均增速或进度, 评估结论), grouped by category in the plan's order. The annex adds the engine's reason.
 */
import type { ReportIndicator } from '../model/report-input.ts';
import type { Block, Cell, TableRow } from '../model/report-model.ts';
import { ATTRIBUTE_NAMES, num, pct, statusLabel } from '../labels.zh-CN.ts';
import { cell, dataRow } from './blocks.ts';

export const INDICATOR_COLUMNS = [
  '序号',
  '指标',
  '单位',
  '基期值',
  '目标值',
  '属性',
  '最新值（年份）',
  '年均增速或进度',
  '评估结论',
] as const;
// 最新值 holds "84.8（2023）" on one line at 五号 (LibreOffice broke "84.|8" in a narrower column).
const WIDTHS = [5, 19, 7, 9, 10, 7, 16, 11, 11];

/** Indicators by category, keeping the order in which categories first appear. */
export function byCategory(indicators: readonly ReportIndicator[]): Map<string, ReportIndicator[]> {
  const groups = new Map<string, ReportIndicator[]>();
  for (const i of indicators) {
    const key = i.category ?? '';
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  }
  return groups;
}

/** What the latest figure says: a level, or a published rate (增长/下降 x%) when there is no level. */
export function latestCell(i: ReportIndicator): Cell {
  if (i.latest) return cell(`${num(i.latest.value)}（${i.latest.year}）`, i.latest);
  if (i.latestPct) {
    const verb = i.kind === 'cumulative_change' ? '下降' : '增长';
    return cell(`${verb}${num(i.latestPct.value)}%（${i.latestPct.year}）`, i.latestPct);
  }
  return cell('暂无数据');
}

export function progressText(i: ReportIndicator): string {
  if (i.kind === 'growth_rate' && i.averageGrowthPct !== null) return `年均增长${num(i.averageGrowthPct)}%`;
  if (i.taskShare !== null) return `完成${pct(i.taskShare)}`;
  return '—';
}

function indicatorCells(i: ReportIndicator, no: number): Cell[] {
  return [
    cell(String(no)),
    cell(i.name),
    cell(i.unit ?? ''),
    i.base ? cell(num(i.base.value), i.base) : cell('—'),
    cell(i.targetText ?? '—'),
    cell(ATTRIBUTE_NAMES[i.attribute]),
    latestCell(i),
    cell(progressText(i)),
    cell(statusLabel(i.status, i.flags)),
  ];
}

export function indicatorTable(
  id: string,
  title: string,
  indicators: readonly ReportIndicator[],
  withReasons: boolean,
): Block {
  const rows: TableRow[] = [];
  let no = 0;
  for (const [category, list] of byCategory(indicators)) {
    if (category) rows.push({ kind: 'group', text: category });
    for (const i of list) {
      no += 1;
      const cells = indicatorCells(i, no);
      rows.push(dataRow(withReasons ? [...cells, cell(i.reason)] : cells));
    }
  }
  return {
    type: 'table',
    id,
    title,
    columns: withReasons ? [...INDICATOR_COLUMNS, '评估依据'] : [...INDICATOR_COLUMNS],
    widths: withReasons ? [...WIDTHS, 24] : WIDTHS,
    rows,
  };
}
