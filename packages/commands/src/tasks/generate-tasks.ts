/** 逐项分解: one task per outline item of a plan that has none yet, in one audited transaction. */
import { generateTasks as insertTasks } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface GenerateTasksOptions {
  readonly planId: string;
}

export async function generateTasks(
  ctx: CommandContext,
  o: GenerateTasksOptions,
): Promise<{ created: number }> {
  return { created: await insertTasks(ctx.db.kysely, ctx.caller.actor, o.planId) };
}
