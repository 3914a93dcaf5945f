/**
 * The first opinion form (before issue 16's handling): a visitor posts on a published plan, node or indicator and
 * the text waits for moderation. No tracking code; the rate limit and the honeypot are the API's.
 */
import { createOpinion, type OpinionsTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface PostPlanOpinionOptions {
  readonly planId: string;
  readonly targetType: 'plan' | 'node' | 'indicator';
  readonly targetId?: string;
  readonly authorName?: string;
  readonly contact?: string;
  readonly content: string;
}

export const postPlanOpinion = (ctx: CommandContext, o: PostPlanOpinionOptions): Promise<OpinionsTable> =>
  createOpinion(ctx.db.kysely, ctx.caller.actor, {
    planId: o.planId,
    targetType: o.targetType,
    targetId: o.targetId ?? null,
    authorName: o.authorName ?? null,
    contact: o.contact ?? null,
    content: o.content,
  });
