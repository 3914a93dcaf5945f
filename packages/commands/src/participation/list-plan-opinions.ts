/** A plan's opinions for the moderation screen: moderators (admin, supervisor) see all, everyone else the approved. */
import { listOpinions, type OpinionsTable } from '@gangmu/storage';
import type { Caller, CommandContext } from '../context.ts';

export interface PlanOpinions {
  /** Whether the caller moderates: the rows then include pending and rejected ones, with status and version. */
  readonly moderator: boolean;
  readonly opinions: readonly OpinionsTable[];
}

export const isOpinionModerator = (caller: Caller): boolean =>
  caller.role === 'admin' || caller.role === 'supervisor';

export async function listPlanOpinions(
  ctx: CommandContext,
  o: { readonly planId: string },
): Promise<PlanOpinions> {
  const moderator = isOpinionModerator(ctx.caller);
  return { moderator, opinions: await listOpinions(ctx.db.kysely, o.planId, { approvedOnly: !moderator }) };
}
