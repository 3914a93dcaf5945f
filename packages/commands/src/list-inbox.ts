/** The caller's in-app messages, newest first (the latest 200). */
import { inbox } from '@gangmu/storage';
import type { CommandContext } from './context.ts';

export type InboxMessage = Awaited<ReturnType<typeof inbox>>[number];

export async function listInbox(ctx: CommandContext): Promise<InboxMessage[]> {
  const userId = ctx.caller.actor.id;
  return userId ? inbox(ctx.db.kysely, userId) : [];
}
