/**
 * 五、下一步工作建议 (and, in a mid-term evaluation, 规划调整建议): a drafted list from the lagging indicators and
 * overdue tasks, for people to rewrite; where a target looks out of reach, a proposal to review it (SPEC §2.9).
 */
import type { ReportInput, ReportTask } from '../model/report-input.ts';
import type { Block } from '../model/report-model.ts';
import { listNames } from '../labels.zh-CN.ts';
import { paragraph } from './blocks.ts';
import { isBehind, isOverdue, timeShare } from './shares.ts';

const NAMES_SHOWN = 5;

function overdueByUnit(tasks: readonly ReportTask[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const t of tasks)
    counts.set(t.leadUnit ?? '未明确牵头单位', (counts.get(t.leadUnit ?? '未明确牵头单位') ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

export function suggestionsHeading(input: ReportInput): string {
  return input.kind === 'midterm' ? '五、下一步工作建议和规划调整建议' : '五、下一步工作建议';
}

export function draftSuggestions(input: ReportInput): Block[] {
  const lines: { id: string; text: string }[] = [];
  const next = input.kind === 'final' ? '下一个五年规划' : `${input.year + 1}年`;
  const behind = input.indicators.filter(isBehind);
  for (const i of behind.filter((x) => x.attribute === 'binding')) {
    lines.push({
      id: `suggestion-binding-${i.id}`,
      text: `确保约束性指标“${i.name}”完成。分析滞后原因，制定专项措施，按月调度，${next}扭转滞后局面。`,
    });
  }
  const expected = behind.filter((x) => x.attribute === 'expected');
  if (expected.length) {
    lines.push({
      id: 'suggestion-expected',
      text: `加快${listNames(
        expected.map((i) => i.name),
        NAMES_SHOWN,
      )}等滞后指标的推进，责任单位逐项提出追赶措施并报送进展。`,
    });
  }
  const overdue = input.tasks.filter((t) => isOverdue(t, input.draftedOn));
  for (const [unit, count] of overdueByUnit(overdue).slice(0, NAMES_SHOWN)) {
    lines.push({
      id: `suggestion-overdue-${unit}`,
      text: `督促${unit}加快推进${count}项逾期任务，明确新的完成时限并纳入督查督办。`,
    });
  }
  // A target looks out of reach when it is badly behind and most of the period is gone (§2.9: adjust by procedure).
  if (input.kind === 'midterm' && timeShare(input) >= 0.4) {
    const unreachable = input.indicators.filter((i) => i.status === 'OFF_TRACK');
    if (unreachable.length) {
      lines.push({
        id: 'suggestion-adjust',
        text: `${listNames(
          unreachable.map((i) => i.name),
          NAMES_SHOWN,
        )}按现有进度难以实现规划目标，建议深入评估论证，确需调整的按程序提出规划目标调整建议。`,
      });
    }
  }
  if (lines.length === 0) {
    lines.push({ id: 'suggestion-keep', text: `保持当前推进力度，${next}继续做好规划实施的监测和评估。` });
  }
  return lines.map((l, k) => paragraph(l.id, `${k + 1}. ${l.text}`));
}
