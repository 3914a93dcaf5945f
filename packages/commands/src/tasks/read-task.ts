/** A task, for anyone whose unit leads or co-operates on it (every staff role sees all). */
import { getTask, taskView, type TaskView } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { refuseOtherUnit, taskUnits } from './task-access.ts';

export interface ReadTaskOptions {
  readonly taskId: string;
}

export async function readTask(ctx: CommandContext, o: ReadTaskOptions): Promise<TaskView> {
  const task = await getTask(ctx.db.kysely, o.taskId);
  refuseOtherUnit(ctx.caller, taskUnits(task), `task ${o.taskId}`);
  return taskView(task);
}
