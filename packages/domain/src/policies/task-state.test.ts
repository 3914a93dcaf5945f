import { describe, expect, it } from 'vitest';
import { countTaskStates, isTaskOverdue, taskState, type TaskStateFacts } from './task-state.ts';

const TODAY = '2024-03-01';
const task = (
  status: 'open' | 'done',
  deadline: string | null,
  leadUnitId: string | null,
): TaskStateFacts => ({
  status,
  deadline,
  leadUnitId,
});

describe('task state', () => {
  it.each([
    [task('done', '2020-01-01', 'A'), 'done', false],
    [task('done', null, null), 'done', false],
    [task('open', null, null), 'unassigned', false],
    [task('open', '2024-02-29', null), 'unassigned', true], // late, but first of all nobody leads it
    [task('open', '2024-02-29', 'A'), 'overdue', true],
    [task('open', '2024-03-01', 'A'), 'onTime', false], // due today is not late yet
    [task('open', '2024-03-02', 'A'), 'onTime', false],
    [task('open', null, 'A'), 'onTime', false],
  ])('%o on 2024-03-01 is %s (overdue: %s)', (t, state, overdue) => {
    expect(taskState(t, TODAY)).toBe(state);
    expect(isTaskOverdue(t, TODAY)).toBe(overdue);
  });

  it('should count every task in exactly one state', () => {
    const tasks = [
      task('done', null, 'A'),
      task('open', '2024-01-01', 'A'),
      task('open', '2024-01-01', null),
      task('open', '2025-01-01', 'B'),
      task('open', null, 'B'),
    ];
    const counts = countTaskStates(tasks, TODAY);
    expect(counts).toEqual({ done: 1, onTime: 2, overdue: 1, unassigned: 1 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(tasks.length);
  });
});
