/** An indicator: staff read the working copy's row; everyone else the latest published version's. */
import { isStaffRole } from '@gangmu/domain';
import { getIndicatorRow, indicatorView, type IndicatorView } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { indicatorOf, readablePlan } from './plan-copy.ts';

export interface ReadIndicatorOptions {
  readonly indicatorId: string;
}

export async function readIndicator(ctx: CommandContext, o: ReadIndicatorOptions): Promise<IndicatorView> {
  const row = await getIndicatorRow(ctx.db.kysely, o.indicatorId);
  if (isStaffRole(ctx.caller.role)) return indicatorView(row);
  return indicatorOf(await readablePlan(ctx, row.plan_id), row.id);
}
