/**
 * The plan system's access rule for commands (@gangmu/domain `planAccess`): the caller's government, read from
 * the users table (the session does not carry it), against the plan's. The system caller (first run, the
 * scheduler) edits everything; the public only sees published plans.
 */
import { planAccess, type PlanAccess } from '@gangmu/domain';
import { governmentAncestry, StorageError } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import { SYSTEM_CALLER, type CommandContext } from '../context.ts';

/** The government of the caller (null: not scoped, or not signed in). */
export async function callerGovernment(ctx: CommandContext): Promise<string | null> {
  const id = ctx.caller.actor.id;
  if (!id) return null;
  const row = await ctx.db.kysely
    .selectFrom('users')
    .select('government_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.government_id ?? null;
}

/**
 * What the caller may do with a plan; NOT_FOUND when there is no such plan. `callerGovernmentId`, when the
 * caller already read it (the API's access hook), saves reading it again.
 */
export async function accessToPlan(
  ctx: CommandContext,
  planId: string,
  callerGovernmentId?: string | null,
): Promise<PlanAccess> {
  const plan = await ctx.db.kysely
    .selectFrom('plans')
    .select(['id', 'government_id'])
    .where('id', '=', planId)
    .executeTakeFirst();
  if (!plan) throw new StorageError('NOT_FOUND', `plan ${planId} not found`, { planId });
  return (await accessToPlans(ctx, [plan], callerGovernmentId)).get(planId)!;
}

/**
 * What the caller may do with each of many plans (a portfolio, a side-by-side view): the caller's government
 * and the governments above the plans' are read once for all of them, not once per plan.
 */
export async function accessToPlans(
  ctx: CommandContext,
  plans: readonly { readonly id: string; readonly government_id?: string | null }[],
  callerGovernmentId?: string | null,
): Promise<Map<string, PlanAccess>> {
  const result = new Map<string, PlanAccess>();
  if (ctx.caller === SYSTEM_CALLER || ctx.caller.role === null) {
    for (const p of plans) result.set(p.id, ctx.caller === SYSTEM_CALLER ? 'edit' : 'public');
    return result;
  }
  const governments = [...new Set(plans.flatMap((p) => (p.government_id ? [p.government_id] : [])))];
  const [mine, parents] = await Promise.all([
    callerGovernmentId !== undefined ? callerGovernmentId : callerGovernment(ctx),
    governmentAncestry(ctx.db.kysely, governments),
  ]);
  for (const p of plans)
    result.set(
      p.id,
      planAccess(mine, p.government_id ?? null, (g) => parents.get(g) ?? null),
    );
  return result;
}

const RANK: Record<PlanAccess, number> = { public: 0, read: 1, edit: 2 };

/**
 * Refuses unless the caller has `needed` on the plan. A plan the caller may not even read is reported as
 * not found (its existence is nobody else's business); one it may only read, as forbidden.
 */
export async function requirePlanAccess(
  ctx: CommandContext,
  planId: string,
  needed: 'read' | 'edit',
): Promise<PlanAccess> {
  const access = await accessToPlan(ctx, planId);
  if (RANK[access] >= RANK[needed]) return access;
  if (access === 'public')
    throw new CommandError(
      'NOT_FOUND',
      `plan ${planId} is not the caller's`,
      { planId },
      {
        zh: '没有找到该规划。',
        en: 'No such plan.',
      },
    );
  throw new CommandError(
    'FORBIDDEN',
    `plan ${planId} is read-only for the caller`,
    { planId },
    {
      zh: '您只能查看下级政府的规划，不能修改。',
      en: 'You may read the plans of the governments below yours, not change them.',
    },
  );
}
