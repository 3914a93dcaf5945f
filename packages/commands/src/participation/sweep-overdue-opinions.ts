/**
 * The sweep's step for opinions: every opinion a unit owes an answer past its deadline becomes a red warning
 * (once per deadline); the scheduler then notifies and urges the unit as for any warning.
 */
import { opinionWarnings } from '@gangmu/domain';
import { listOverdueOpinions, raiseWarnings, type WarningsTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export async function sweepOverdueOpinions(
  ctx: CommandContext,
  o: { readonly today: string; readonly planId?: string },
): Promise<{ readonly checked: number; readonly raised: WarningsTable[] }> {
  const overdue = await listOverdueOpinions(ctx.db.kysely, o.today);
  const rows = o.planId ? overdue.filter((r) => r.plan_id === o.planId) : overdue;
  const drafts = rows.flatMap((r) =>
    opinionWarnings(
      {
        id: r.id,
        trackingCode: r.tracking_code,
        state: r.handling_state,
        deadline: r.deadline,
        content: r.content,
      },
      o.today,
    ).map((w) => ({ ...w, planId: r.plan_id, unitId: r.unit_id })),
  );
  return { checked: rows.length, raised: await raiseWarnings(ctx.db.kysely, ctx.caller.actor, drafts) };
}
