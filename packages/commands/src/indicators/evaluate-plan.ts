/**
 * Every indicator of a plan evaluated as of a year, with the summary sentence and the counts: the copy the caller
 * may see (plan-visibility), today's values, and the year from the domain's evaluation-year policy.
 */
import { planYearlyObservations } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { evaluationYearOf, planEvaluation, type PlanEvaluation } from './evaluation.ts';
import { readablePlan } from './plan-copy.ts';

export interface EvaluatePlanOptions {
  readonly planId: string;
  /** The year asked for; without it, the evaluation-year policy decides. */
  readonly year?: number | undefined;
}

export async function evaluatePlan(ctx: CommandContext, o: EvaluatePlanOptions): Promise<PlanEvaluation> {
  const plan = await readablePlan(ctx, o.planId);
  const year = evaluationYearOf(ctx, plan.period, o.year);
  return planEvaluation(plan, await planYearlyObservations(ctx.db.kysely, plan.id), year);
}
