/** Time share, task share and task tallies: the figures of "时间过半、任务过半", shared by several sections. */
import type { ReportIndicator, ReportInput, ReportTask } from '../model/report-input.ts';

/** Elapsed share of the plan period at the end of the evaluation year (base year = the year before the start). */
export function timeShare(input: ReportInput): number {
  const base = input.plan.periodStart - 1;
  const span = input.plan.periodEnd - base;
  return span > 0 ? Math.min(1, Math.max(0, (input.year - base) / span)) : 1;
}

/**
 * The average task share of the indicators that have one, each capped at 1: an indicator far ahead must not
 * hide others behind (the national mid-term report counts them, it does not average them past their target).
 */
export function averageTaskShare(indicators: readonly ReportIndicator[]): number | null {
  const shares = indicators
    .map((i) => i.taskShare)
    .filter((s): s is number => s !== null && Number.isFinite(s));
  if (shares.length === 0) return null;
  return shares.reduce((a, s) => a + Math.max(0, Math.min(1, s)), 0) / shares.length;
}

export const isOverdue = (t: ReportTask, today: string): boolean =>
  t.status !== 'done' && t.deadline !== null && t.deadline < today;

export interface TaskTally {
  readonly total: number;
  readonly done: number;
  readonly onTime: number;
  readonly overdue: number;
  readonly averageProgress: number;
}

export function tallyTasks(tasks: readonly ReportTask[], today: string): TaskTally {
  const done = tasks.filter((t) => t.status === 'done').length;
  const overdue = tasks.filter((t) => isOverdue(t, today)).length;
  const sum = tasks.reduce((a, t) => a + (t.status === 'done' ? 100 : t.progress), 0);
  return {
    total: tasks.length,
    done,
    onTime: tasks.length - done - overdue,
    overdue,
    averageProgress: tasks.length ? sum / tasks.length : 0,
  };
}

export const isBehind = (i: ReportIndicator): boolean =>
  i.status === 'AT_RISK' || i.status === 'OFF_TRACK' || i.status === 'NOT_ACHIEVED';

export const isAhead = (i: ReportIndicator): boolean =>
  (i.status === 'ACHIEVED' && !i.flags.includes('FINAL_DATA_PENDING')) ||
  (i.status === 'ON_TRACK' && (i.flags.includes('AHEAD') || i.flags.includes('ABOVE_RANGE')));

/** Indicators whose latest data is older than the year before the evaluation year, or that have none. */
export const isStale = (i: ReportIndicator, year: number): boolean => {
  const latestYear = Math.max(i.latest?.year ?? -Infinity, i.latestPct?.year ?? -Infinity);
  return i.flags.includes('STALE_DATA') || latestYear < year - 1;
};
