/**
 * The copy of a plan a command reads for its caller — the domain's plan-visibility rule: staff read the working
 * copy, everyone else the latest published version, and a plan never published does not exist for them. Open data
 * is always the published version, whoever asks.
 */
import { planCopyFor } from '@gangmu/domain';
import { getPlanHead, getPublishedVersion, type PlanView } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { NO_PLAN, readPlan } from '../plans/read-plan.ts';

/** The plan as the caller may see it now (no version or past moment asked for): the readPlan command's rule. */
export const readablePlan = (ctx: CommandContext, planId: string): Promise<PlanView> =>
  readPlan(ctx, { planId });

/** The latest published version of a plan, for staff and the public alike (open data). */
export async function publishedPlan(ctx: CommandContext, planId: string): Promise<PlanView> {
  const copy = planCopyFor(null, (await getPlanHead(ctx.db.kysely, planId)).published_version);
  if (copy.kind !== 'published')
    throw new CommandError('NOT_FOUND', `plan ${planId} is not published`, { planId }, NO_PLAN);
  return getPublishedVersion(ctx.db.kysely, planId, copy.version);
}

/** An indicator of the copy the caller reads; NOT_FOUND when that copy does not have it. */
export function indicatorOf(plan: PlanView, indicatorId: string): PlanView['indicators'][number] {
  const indicator = plan.indicators.find((i) => i.id === indicatorId);
  if (!indicator)
    throw new CommandError('NOT_FOUND', `indicator ${indicatorId} is not in this copy of plan ${plan.id}`);
  return indicator;
}
