/**
 * 纳入规划实施: the plan office links an opinion to a task of the same plan; the published answer then says
 * the suggestion was taken into the plan's implementation, and the task's progress is where it is followed.
 */
import { changeOpinion, getTask, StorageError, type OpinionsTable } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { loadOpinion, officeOrUnit, step } from './opinion-common.ts';

export interface LinkOpinionTaskOptions {
  readonly id: string;
  readonly expectedVersion: number;
  readonly taskId: string;
}

export async function linkOpinionTask(
  ctx: CommandContext,
  o: LinkOpinionTaskOptions,
): Promise<OpinionsTable> {
  const opinion = await loadOpinion(ctx, o.id);
  const task = await getTask(ctx.db.kysely, o.taskId).catch((e: unknown) => {
    if (e instanceof StorageError && e.code === 'NOT_FOUND') return null;
    throw e;
  });
  if (!task || task.plan_id !== opinion.plan_id)
    throw new CommandError(
      'INVALID',
      `task ${o.taskId} is not of plan ${opinion.plan_id}`,
      { field: 'taskId' },
      {
        zh: '请选择本规划的任务',
        en: 'Choose a task of this plan',
      },
    );
  step(opinion, { type: 'link_task', taskId: task.id }, officeOrUnit(ctx.caller, opinion));
  const { after } = await changeOpinion(ctx.db.kysely, ctx.caller.actor, {
    id: o.id,
    expectedVersion: o.expectedVersion,
    changes: { task_id: task.id },
    record: { kind: 'link_task', data: { taskId: task.id, taskTitle: task.title } },
  });
  return after;
}
