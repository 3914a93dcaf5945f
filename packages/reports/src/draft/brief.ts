/** The one-page leader brief (一页纸): the summary, six figures, what needs attention, what to do. */
import type { ReportInput } from '../model/report-input.ts';
import type { Block, LeaderBrief } from '../model/report-model.ts';
import { pct, statusLabel } from '../labels.zh-CN.ts';
import type { ReportKind } from '../model/report-input.ts';
import { averageTaskShare, isBehind, tallyTasks, timeShare } from './shares.ts';

/** A page holds about this many lines of attention and suggestions at 仿宋 三号 with the figures above them. */
const ATTENTION_LINES = 5;
const SUGGESTION_LINES = 3;

const BRIEF_TITLES: Record<ReportKind, (year: number) => string> = {
  annual: (year) => `${year}年度实施情况（一页纸）`,
  midterm: () => '中期评估（一页纸）',
  final: () => '总结评估（一页纸）',
};

export function draftBrief(
  input: ReportInput,
  suggestions: readonly Block[],
  shortTitle: string,
): LeaderBrief {
  const tasks = tallyTasks(input.tasks, input.draftedOn);
  const task = averageTaskShare(input.indicators);
  const behind = input.indicators.filter(isBehind);
  const red = input.warnings.filter((w) => w.level === 'red').length;
  return {
    title: `${shortTitle}${BRIEF_TITLES[input.kind](input.year)}`,
    headline: input.summary.sentence,
    figures: [
      { label: '时间进度', value: pct(timeShare(input)) },
      { label: '指标平均完成进度', value: task === null ? '—' : pct(task) },
      { label: '滞后指标', value: `${behind.length}项` },
      { label: '任务完成', value: `${tasks.done}/${tasks.total}项` },
      { label: '逾期任务', value: `${tasks.overdue}项` },
      { label: '红色预警', value: `${red}条` },
    ],
    attention: behind
      .sort((a, b) => (a.attribute === 'binding' ? 0 : 1) - (b.attribute === 'binding' ? 0 : 1))
      .slice(0, ATTENTION_LINES)
      .map(
        (i) => `${i.name}（${i.attribute === 'binding' ? '约束性，' : ''}${statusLabel(i.status, i.flags)}）`,
      ),
    suggestions: suggestions
      .flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
      .slice(0, SUGGESTION_LINES),
  };
}
