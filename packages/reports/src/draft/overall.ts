/** 一、总体情况: the period elapsed against the work done — the summary sentence and "时间过半、任务过半". */
import type { ReportInput } from '../model/report-input.ts';
import type { Block } from '../model/report-model.ts';
import { num, pct } from '../labels.zh-CN.ts';
import { paragraph } from './blocks.ts';
import { averageTaskShare, tallyTasks, timeShare } from './shares.ts';

function paceSentence(time: number, task: number | null): string {
  if (task === null) return '主要指标尚无足够数据测算总体进度。';
  const compare =
    task >= time
      ? time >= 0.5
        ? '总体实现了“时间过半、任务过半”'
        : '总体进度快于或同步于时间进度'
      : task >= time * 0.9
        ? '总体进度略慢于时间进度'
        : '总体进度明显慢于时间进度，需加大推进力度';
  return `可测算进度的主要指标平均完成目标任务的${pct(task)}，${compare}。`;
}

export function draftOverall(input: ReportInput): Block[] {
  const { plan, year } = input;
  const time = timeShare(input);
  const elapsed = year - plan.periodStart + 1;
  const span = plan.periodEnd - plan.periodStart + 1;
  const tasks = tallyTasks(input.tasks, input.draftedOn);
  const blocks: Block[] = [
    paragraph(
      'overall-time',
      `规划期为${plan.periodStart}—${plan.periodEnd}年，截至${year}年底，规划实施已进行${elapsed}年，时间进度为${pct(time)}（${elapsed}/${span}）。${paceSentence(time, averageTaskShare(input.indicators))}`,
    ),
    paragraph('overall-indicators', `主要指标方面，${input.summary.sentence}`),
  ];
  if (tasks.total > 0) {
    blocks.push(
      paragraph(
        'overall-tasks',
        `重点任务方面，规划分解的${tasks.total}项任务中，已完成${tasks.done}项，按计划推进${tasks.onTime}项，逾期未完成${tasks.overdue}项，任务平均进度${num(tasks.averageProgress)}%。`,
      ),
    );
  }
  return blocks;
}
