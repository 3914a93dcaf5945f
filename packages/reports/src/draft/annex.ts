/** 附件: the full indicator table with the engine's reasons, and the task ledger (台账). */
import type { ReportInput, ReportTask } from '../model/report-input.ts';
import type { Block } from '../model/report-model.ts';
import { num } from '../labels.zh-CN.ts';
import { cell, dataRow } from './blocks.ts';
import { indicatorTable } from './indicator-table.ts';
import { isOverdue } from './shares.ts';

export const ANNEX_INDICATORS_ID = 'annex-indicators';
export const ANNEX_LEDGER_ID = 'annex-ledger';

function taskState(t: ReportTask, today: string): string {
  if (t.status === 'done') return '已完成';
  return isOverdue(t, today) ? '逾期' : '推进中';
}

function ledger(input: ReportInput): Block {
  const rows = input.tasks.map((t, k) =>
    dataRow([
      cell(String(k + 1)),
      cell(t.title),
      cell(t.leadUnit ?? '—'),
      cell(t.deadline ?? '—'),
      cell(taskState(t, input.draftedOn)),
      cell(`${num(t.status === 'done' ? 100 : t.progress)}%`),
      cell(t.latestReport ? `${t.latestReport.text.trim()}（${t.latestReport.period}）` : '—'),
    ]),
  );
  return {
    type: 'table',
    id: ANNEX_LEDGER_ID,
    title: '附件2  重点任务推进台账',
    columns: ['序号', '任务', '牵头单位', '完成时限', '状态', '进度', '最新进展'],
    widths: [5, 30, 12, 11, 7, 7, 28],
    rows,
  };
}

export function draftAnnex(input: ReportInput): Block[] {
  const blocks: Block[] = [
    indicatorTable(
      ANNEX_INDICATORS_ID,
      `附件1  主要指标完成情况表（截至${input.year}年）`,
      input.indicators,
      true,
    ),
  ];
  if (input.tasks.length) blocks.push(ledger(input));
  return blocks;
}
