/**
 * 分解下达: the upper government assigns a lower one a quota for an indicator (a target, by a document) or an
 * item of its plan. The lower plans' 达市标准 indicators already linked to that indicator are resolved again
 * from the quota, in the same transaction.
 */
import type { TargetValues } from '@gangmu/domain';
import { recordAssignment, resolveLinkedIndicator } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { requirePlanAccess } from './access.ts';

export interface RecordQuotaOptions {
  readonly upperPlanId: string;
  readonly governmentId: string;
  readonly documentNo: string;
  readonly documentDate?: string | null;
  readonly upperIndicatorId?: string;
  readonly target?: TargetValues;
  readonly upperNodeId?: string;
}

export interface RecordQuotaResult {
  readonly id: string;
  /** Lower indicators resolved again from this quota. */
  readonly resolved: readonly string[];
}

export async function recordQuota(
  ctx: CommandContext,
  options: RecordQuotaOptions,
): Promise<RecordQuotaResult> {
  await requirePlanAccess(ctx, options.upperPlanId, 'edit');
  const resolved: string[] = [];
  const row = await recordAssignment(ctx.db.kysely, ctx.caller.actor, options, async (w, a) => {
    if (!a.upper_indicator_id) return;
    const links = await w.trx
      .selectFrom('indicator_links')
      .innerJoin('plans', 'plans.id', 'indicator_links.plan_id')
      .select('indicator_links.indicator_id')
      .where('indicator_links.upper_indicator_id', '=', a.upper_indicator_id)
      .where('indicator_links.status', '=', 'confirmed')
      .where('plans.government_id', '=', a.government_id)
      .execute();
    for (const l of links) {
      const r = await resolveLinkedIndicator(w, l.indicator_id, a.upper_indicator_id);
      if (r?.ok) resolved.push(l.indicator_id);
    }
  });
  return { id: row.id, resolved };
}
