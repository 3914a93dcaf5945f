/**
 * The plan evaluation as serialised JSON, cached by plan, data stamp, year and audience around the evaluatePlan
 * command: any write to the plan bumps its stamp (storage/write.ts), so a cached answer is never stale, also across
 * several app servers sharing one database. The year comes from the plan's head (plan-heads.ts) through the same
 * evaluation-year policy the command uses, so the key is known before anything is evaluated.
 */
import {
  evaluatePlan,
  evaluationYearOf,
  type CommandContext,
  type EvaluatePlanOptions,
} from '@gangmu/commands';
import { isStaffRole } from '@gangmu/domain';
import type { PlanHeads } from './plan-heads.ts';

/** A small LRU of serialised responses. */
export class EvaluationCache {
  private readonly entries = new Map<string, string>();
  constructor(private readonly max = 500) {}
  get(key: string): string | undefined {
    const v = this.entries.get(key);
    if (v !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, v);
    }
    return v;
  }
  set(key: string, value: string): void {
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}

/**
 * GET /api/plans/:planId/evaluation's body. A public entry is only ever stored after the command let the public
 * see the plan at that data stamp (publishing bumps the stamp), so the cache never shows a draft.
 */
export async function planEvaluationJson(
  ctx: CommandContext,
  { cache, heads }: { readonly cache: EvaluationCache; readonly heads: PlanHeads },
  o: EvaluatePlanOptions,
): Promise<string> {
  const head = await heads.get(o.planId);
  const year = evaluationYearOf(ctx, { start: head.period_start, end: head.period_end }, o.year);
  const audience = isStaffRole(ctx.caller.role) ? 'staff' : 'public';
  const key = `eval:${o.planId}:${head.data_stamp}:${year}:${audience}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const body = JSON.stringify(await evaluatePlan(ctx, { planId: o.planId, year }));
  cache.set(key, body);
  return body;
}
