/** Approving an opinion is accepting it (its text becomes public); rejecting is declining. Moderators only. */
import { moderateOpinion, type OpinionsTable } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { isOpinionModerator } from './list-plan-opinions.ts';

export interface ModeratePlanOpinionOptions {
  readonly opinionId: string;
  readonly expectedVersion: number;
  readonly status: 'approved' | 'rejected';
}

export async function moderatePlanOpinion(
  ctx: CommandContext,
  o: ModeratePlanOpinionOptions,
): Promise<OpinionsTable> {
  if (!isOpinionModerator(ctx.caller))
    throw new CommandError(
      'FORBIDDEN',
      'only admin and supervisors moderate opinions',
      {},
      { zh: '只有管理员和督查人员可以审核意见', en: 'Only administrators and supervisors moderate opinions' },
    );
  return moderateOpinion(ctx.db.kysely, ctx.caller.actor, o.opinionId, o.expectedVersion, o.status);
}
