/**
 * Task state (任务状态), the one definition for the warning sweep, the dashboard and the unit league table.
 * Dates are calendar days at the plan offices (Asia/Shanghai); the caller passes `today` as YYYY-MM-DD.
 *
 * - done:       the task is marked done (progress alone does not finish a task: 100 % reported but not marked
 *               done is still open, and late if past its deadline — as the sweep has always warned).
 * - unassigned: open, with no lead unit.
 * - overdue:    open, with a lead unit, and its deadline is before today.
 * - onTime:     open, with a lead unit, and no deadline or a deadline of today or later.
 *
 * The four are exclusive, so the counts of a plan's tasks add up to its total.
 */

export type TaskState = 'done' | 'onTime' | 'overdue' | 'unassigned';

export const TASK_STATES: readonly TaskState[] = ['done', 'onTime', 'overdue', 'unassigned'];

export interface TaskStateFacts {
  readonly status: 'open' | 'done';
  readonly deadline: string | null;
  readonly leadUnitId: string | null;
}

/** Past its deadline and not done, whoever leads it (the sweep's TASK_OVERDUE). */
export const isTaskOverdue = (task: Omit<TaskStateFacts, 'leadUnitId'>, today: string): boolean =>
  task.status !== 'done' && task.deadline !== null && task.deadline < today;

export function taskState(task: TaskStateFacts, today: string): TaskState {
  if (task.status === 'done') return 'done';
  if (task.leadUnitId === null) return 'unassigned';
  return isTaskOverdue(task, today) ? 'overdue' : 'onTime';
}

export type TaskStateCounts = Record<TaskState, number>;

export function countTaskStates(tasks: readonly TaskStateFacts[], today: string): TaskStateCounts {
  const counts: TaskStateCounts = { done: 0, onTime: 0, overdue: 0, unassigned: 0 };
  for (const t of tasks) counts[taskState(t, today)]++;
  return counts;
}
