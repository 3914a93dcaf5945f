/** Freezes the working copy of a plan as its next published version (If-Match: the plan's version). */
import { publishPlan as freezePlan } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface PublishPlanOptions {
  readonly planId: string;
  readonly expectedVersion: number;
}

export interface PublishedPlan {
  /** The number of the version just published (1 for the first). */
  readonly number: number;
  /** The plan's new row version. */
  readonly version: number;
}

export const publishPlan = (ctx: CommandContext, o: PublishPlanOptions): Promise<PublishedPlan> =>
  freezePlan(ctx.db.kysely, ctx.caller.actor, o.planId, o.expectedVersion);
