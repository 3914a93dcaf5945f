/** Signing out: the session ends (its row is deleted), recorded for the signed-in actor. */
import { deleteSession } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export const signOut = (ctx: CommandContext, o: { readonly sessionToken: string }): Promise<void> =>
  deleteSession(ctx.db.kysely, o.sessionToken, ctx.caller.actor);
