/** The tasks of a plan (staff), and of a unit as lead or co-unit (a reporter its own unit only). */
import { listTasks, type TaskView } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { refuseUnitList } from './task-access.ts';

export interface ListPlanTasksOptions {
  readonly planId: string;
}

export async function listPlanTasks(ctx: CommandContext, o: ListPlanTasksOptions): Promise<TaskView[]> {
  return listTasks(ctx.db.kysely, { planId: o.planId });
}

export interface ListUnitTasksOptions {
  readonly unitId: string;
}

export async function listUnitTasks(ctx: CommandContext, o: ListUnitTasksOptions): Promise<TaskView[]> {
  refuseUnitList(ctx.caller, o.unitId);
  return listTasks(ctx.db.kysely, { unitId: o.unitId });
}
