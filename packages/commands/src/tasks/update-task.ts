/**
 * 分解与交办: edit or assign a task at its version (If-Match) — title, lead and co-units, deadline, milestones,
 * expected result, links, reporting schedule, done. A deadline before today (Asia/Shanghai) is refused.
 */
import { updateTask as storeTask, type TaskChanges, type TaskView } from '@gangmu/storage';
import { todayOf } from '../calendar.ts';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';

export interface UpdateTaskOptions {
  readonly taskId: string;
  readonly expectedVersion: number;
  readonly changes: TaskChanges;
}

export async function updateTask(ctx: CommandContext, o: UpdateTaskOptions): Promise<TaskView> {
  const deadline = o.changes.deadline;
  if (deadline && deadline < todayOf(ctx))
    throw new CommandError(
      'INVALID',
      `the deadline ${deadline} is in the past`,
      { field: 'deadline' },
      { zh: `完成时限 ${deadline} 已过`, en: `The deadline ${deadline} is in the past` },
    );
  return storeTask(ctx.db.kysely, ctx.caller.actor, o.taskId, o.expectedVersion, o.changes);
}
