/**
 * Confirms or rejects a suggested link. Confirming resolves a 达市标准 indicator from the quota its government
 * was assigned, else from the upper indicator's target, in the same transaction as the decision.
 */
import type { LinkedResolution } from '@gangmu/domain';
import { decideIndicatorLink, getIndicatorLink, resolveLinkedIndicator } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { requirePlanAccess } from './access.ts';

export interface DecideLinkOptions {
  readonly linkId: string;
  readonly version: number;
  readonly decision: 'confirmed' | 'rejected';
}

export interface DecideLinkResult {
  readonly id: string;
  readonly status: 'suggested' | 'confirmed' | 'rejected';
  readonly version: number;
  /** Set when the lower indicator's target is the upper level's (达市标准). */
  readonly resolution: LinkedResolution | null;
}

export async function decideLink(ctx: CommandContext, options: DecideLinkOptions): Promise<DecideLinkResult> {
  const link = await getIndicatorLink(ctx.db.kysely, options.linkId);
  await requirePlanAccess(ctx, link.plan_id, 'edit');
  let resolution: LinkedResolution | null = null;
  const after = await decideIndicatorLink(
    ctx.db.kysely,
    ctx.caller.actor,
    options.linkId,
    options.version,
    options.decision,
    async (w, l) => {
      resolution = await resolveLinkedIndicator(w, l.indicator_id, l.upper_indicator_id);
    },
  );
  return { id: after.id, status: after.status, version: after.version, resolution };
}
