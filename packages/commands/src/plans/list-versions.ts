/** The published versions of a plan the caller may see (the plan itself must be visible to it), oldest first. */
import { mayListPlan } from '@gangmu/domain';
import { getPlanHead, listPublishedVersions } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { NO_PLAN } from './read-plan.ts';

export interface PublishedVersionItem {
  readonly number: number;
  readonly publishedAt: string;
  /** The user who published it (null: the system, e.g. the example plan at the first start). */
  readonly publishedBy: string | null;
}

export async function listVersions(
  ctx: CommandContext,
  o: { readonly planId: string },
): Promise<PublishedVersionItem[]> {
  const head = await getPlanHead(ctx.db.kysely, o.planId);
  if (!mayListPlan(ctx.caller.role, head.published_version))
    throw new CommandError('NOT_FOUND', `plan ${o.planId} is not published`, { planId: o.planId }, NO_PLAN);
  const rows = await listPublishedVersions(ctx.db.kysely, o.planId);
  return rows.map((r) => ({ number: r.number, publishedAt: r.published_at, publishedBy: r.published_by }));
}
