/**
 * Which warnings (预警) a subject raises as of `today`, each with a stable key (the same situation gives the
 * same key, so a warning is raised once) and a reason in Chinese and English. Pure: the sweep feeds it rows.
 */
import type { Assessment } from '../evaluation/types.ts';
import type { ConsistencyCode } from '../plan-system/consistency.ts';
import { isTaskOverdue } from '../policies/task-state.ts';
import { daysBetween } from './calendar.ts';
import { endedPeriods, type Schedule } from './schedule.ts';

export type WarningLevel = 'red' | 'yellow';
export type WarningKind =
  | 'TASK_OVERDUE'
  | 'MILESTONE_OVERDUE'
  | 'REPORT_MISSED'
  | 'PROJECT_STALLED'
  | 'INDICATOR_OFF_TRACK'
  | 'INDICATOR_AT_RISK'
  | 'OPINION_OVERDUE'
  // The plan system's consistency check (issue 15)
  | ConsistencyCode;

export interface WarningDraft {
  readonly key: string;
  readonly level: WarningLevel;
  readonly kind: WarningKind;
  readonly subjectType: 'task' | 'project' | 'indicator' | 'opinion';
  readonly subjectId: string;
  readonly reason: string;
  readonly reasonEn: string;
}

export interface TaskFacts {
  readonly id: string;
  readonly title: string;
  readonly deadline: string | null;
  readonly status: 'open' | 'done';
  readonly milestones: readonly { title: string; dueDate: string; doneAt?: string | null }[];
}

export function taskWarnings(task: TaskFacts, today: string): WarningDraft[] {
  if (task.status === 'done') return [];
  const out: WarningDraft[] = [];
  if (task.deadline && isTaskOverdue(task, today)) {
    const days = daysBetween(task.deadline, today);
    out.push({
      key: `TASK_OVERDUE:${task.id}:${task.deadline}`,
      level: 'red',
      kind: 'TASK_OVERDUE',
      subjectType: 'task',
      subjectId: task.id,
      reason: `任务“${task.title}”已超过截止日期（${task.deadline}）${days}天，尚未完成。`,
      reasonEn: `Task "${task.title}" is ${days} days past its deadline (${task.deadline}) and not done.`,
    });
  }
  for (const m of task.milestones) {
    if (!m.doneAt && m.dueDate < today) {
      out.push({
        key: `MILESTONE_OVERDUE:${task.id}:${m.title}:${m.dueDate}`,
        level: 'yellow',
        kind: 'MILESTONE_OVERDUE',
        subjectType: 'task',
        subjectId: task.id,
        reason: `任务“${task.title}”的节点“${m.title}”应于${m.dueDate}完成，已逾期。`,
        reasonEn: `Milestone "${m.title}" of task "${task.title}" was due on ${m.dueDate}.`,
      });
    }
  }
  return out;
}

/**
 * A missed report: the latest ended period whose due date has passed has no submitted report. Two missed
 * periods in a row make it red.
 */
export function missedReportWarnings(
  subject: { type: 'task' | 'project' | 'indicator'; id: string; title: string; schedule: Schedule },
  reportedPeriods: ReadonlySet<string>,
  fromYear: number,
  today: string,
): WarningDraft[] {
  const due = endedPeriods(subject.schedule, fromYear, today).filter((p) => p.due < today);
  const last = due[due.length - 1];
  if (!last || reportedPeriods.has(last.label)) return [];
  const previous = due[due.length - 2];
  const twice = previous !== undefined && !reportedPeriods.has(previous.label);
  return [
    {
      key: `REPORT_MISSED:${subject.type}:${subject.id}:${last.label}`,
      level: twice ? 'red' : 'yellow',
      kind: 'REPORT_MISSED',
      subjectType: subject.type,
      subjectId: subject.id,
      reason: `“${subject.title}”${last.label}期报告应于${last.due}前报送，尚未报送${twice ? '（已连续两期未报）' : ''}。`,
      reasonEn: `The ${last.label} report on "${subject.title}" was due by ${last.due} and has not been submitted${twice ? ' (two periods in a row)' : ''}.`,
    },
  ];
}

/** A project is stalled when its progress has not moved for `stallDays` (default 180) while unfinished. */
export function projectWarnings(
  project: {
    id: string;
    name: string;
    progress: number | null;
    lastProgressAt: string | null;
    startDate: string | null;
  },
  today: string,
  stallDays = 180,
): WarningDraft[] {
  if ((project.progress ?? 0) >= 100) return [];
  const since = project.lastProgressAt ?? project.startDate;
  if (!since || daysBetween(since.slice(0, 10), today) < stallDays) return [];
  return [
    {
      key: `PROJECT_STALLED:${project.id}:${since.slice(0, 10)}`,
      level: 'yellow',
      kind: 'PROJECT_STALLED',
      subjectType: 'project',
      subjectId: project.id,
      reason: `项目“${project.name}”自${since.slice(0, 10)}以来进度无变化（${project.progress ?? 0}%），疑似停滞。`,
      reasonEn: `Project "${project.name}" has not progressed since ${since.slice(0, 10)} (${project.progress ?? 0}%).`,
    },
  ];
}

/** Indicators evaluated off track are red, at risk yellow; the evaluation's own sentence is the reason. */
export function indicatorWarnings(
  indicator: { id: string; name: string },
  assessment: Pick<Assessment, 'status'>,
  reason: { zh: string; en: string },
  year: number,
): WarningDraft[] {
  if (assessment.status !== 'OFF_TRACK' && assessment.status !== 'AT_RISK') return [];
  const red = assessment.status === 'OFF_TRACK';
  return [
    {
      key: `INDICATOR_${assessment.status}:${indicator.id}:${year}`,
      level: red ? 'red' : 'yellow',
      kind: red ? 'INDICATOR_OFF_TRACK' : 'INDICATOR_AT_RISK',
      subjectType: 'indicator',
      subjectId: indicator.id,
      reason: `指标“${indicator.name}”${red ? '进度严重滞后' : '进度滞后'}：${reason.zh}`,
      reasonEn: `Indicator "${indicator.name}" is ${red ? 'off track' : 'at risk'}: ${reason.en}`,
    },
  ];
}

/** Exponential backoff for outgoing notices: 30 s, 1 min, 2 min, … capped at one hour. */
export function retryDelayMs(attempts: number, baseMs = 30_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
}
