/**
 * The plan office screens a received opinion: accept it (its text becomes public), merge it into an earlier
 * one as a duplicate, or decline it with a reason the visitor sees.
 */
import { changeOpinion, getOpinionRow } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { loadOpinion, officeOrUnit, step } from './opinion-common.ts';
import type { OpinionsTable } from '@gangmu/storage';

export interface ScreenOpinionOptions {
  readonly id: string;
  readonly expectedVersion: number;
  readonly decision: 'accept' | 'merge' | 'decline';
  /** For a merge: the opinion this one duplicates (same plan). */
  readonly duplicateOf?: string;
  /** For a decline: the reason shown to the visitor. */
  readonly reason?: string;
}

export async function screenOpinion(ctx: CommandContext, o: ScreenOpinionOptions): Promise<OpinionsTable> {
  const opinion = await loadOpinion(ctx, o.id);
  const actor = officeOrUnit(ctx.caller, opinion);
  if (o.decision === 'merge') {
    const original = o.duplicateOf ? await getOpinionRow(ctx.db.kysely, o.duplicateOf) : undefined;
    if (!original || original.plan_id !== opinion.plan_id || original.id === opinion.id)
      throw new CommandError(
        'INVALID',
        `no opinion ${o.duplicateOf} to merge into`,
        { field: 'duplicateOf' },
        {
          zh: '请选择同一规划下的另一条意见作为合并对象',
          en: 'Choose another opinion of the same plan to merge into',
        },
      );
    step(opinion, { type: 'merge', duplicateOf: original.id }, actor);
    return save(
      ctx,
      o,
      { handling_state: 'merged', status: 'rejected', duplicate_of: original.id, held: 0 },
      {
        duplicate_of: original.id,
      },
    );
  }
  if (o.decision === 'decline') {
    const reason = o.reason?.trim() ?? '';
    step(opinion, { type: 'decline', reason }, actor);
    return save(
      ctx,
      o,
      { handling_state: 'declined', status: 'rejected', public_reason: reason, held: 0 },
      {},
      reason,
    );
  }
  step(opinion, { type: 'accept' }, actor);
  return save(ctx, o, {
    handling_state: 'accepted',
    status: 'approved',
    held: 0,
    moderated_by: ctx.caller.actor.id,
  });
}

async function save(
  ctx: CommandContext,
  o: ScreenOpinionOptions,
  changes: Partial<OpinionsTable>,
  data: Record<string, unknown> = {},
  body: string | null = null,
): Promise<OpinionsTable> {
  const { after } = await changeOpinion(ctx.db.kysely, ctx.caller.actor, {
    id: o.id,
    expectedVersion: o.expectedVersion,
    changes,
    record: { kind: o.decision, body, data },
    fromStates: ['received', 'accepted'],
  });
  return after;
}
