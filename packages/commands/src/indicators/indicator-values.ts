/** The yearly values of a published indicator with its plan's period, behind the portal's chart (open data). */
import type { Observation } from '@gangmu/domain';
import { getIndicatorRow, planYearlyObservations, type IndicatorView, type PlanView } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { indicatorOf, publishedPlan } from './plan-copy.ts';

export interface IndicatorValuesOptions {
  readonly indicatorId: string;
}

export interface IndicatorValues {
  readonly indicator: IndicatorView;
  readonly plan: Pick<PlanView, 'id' | 'title' | 'period' | 'baseYear'>;
  readonly values: readonly Observation[];
}

export async function readIndicatorValues(
  ctx: CommandContext,
  o: IndicatorValuesOptions,
): Promise<IndicatorValues> {
  const row = await getIndicatorRow(ctx.db.kysely, o.indicatorId);
  const plan = await publishedPlan(ctx, row.plan_id);
  const indicator = indicatorOf(plan, row.id);
  return {
    indicator,
    plan: { id: plan.id, title: plan.title, period: plan.period, baseYear: plan.baseYear },
    values: (await planYearlyObservations(ctx.db.kysely, plan.id)).get(row.id) ?? [],
  };
}
