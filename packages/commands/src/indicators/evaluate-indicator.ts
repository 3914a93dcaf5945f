/** One indicator evaluated as of a year (the copy of its plan the caller may see; the evaluation-year policy). */
import { getIndicatorRow, planYearlyObservations } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { evaluationYearOf, indicatorEvaluation, type IndicatorEvaluation } from './evaluation.ts';
import { indicatorOf, readablePlan } from './plan-copy.ts';

export interface EvaluateIndicatorOptions {
  readonly indicatorId: string;
  readonly year?: number | undefined;
}

export type IndicatorEvaluationAsOf = IndicatorEvaluation & { readonly asOfYear: number };

export async function evaluatePlanIndicator(
  ctx: CommandContext,
  o: EvaluateIndicatorOptions,
): Promise<IndicatorEvaluationAsOf> {
  const row = await getIndicatorRow(ctx.db.kysely, o.indicatorId);
  const plan = await readablePlan(ctx, row.plan_id);
  const indicator = indicatorOf(plan, row.id);
  const year = evaluationYearOf(ctx, plan.period, o.year);
  const values = (await planYearlyObservations(ctx.db.kysely, row.plan_id)).get(row.id) ?? [];
  return { asOfYear: year, ...indicatorEvaluation(indicator, values, year) };
}
