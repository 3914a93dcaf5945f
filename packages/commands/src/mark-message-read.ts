/** Mark one of the caller's in-app messages read; another person's message is as good as missing. */
import { markRead } from '@gangmu/storage';
import { CommandError } from './command-error.ts';
import type { CommandContext } from './context.ts';

export async function markMessageRead(
  ctx: CommandContext,
  options: { readonly messageId: string },
): Promise<void> {
  const userId = ctx.caller.actor.id;
  if (!userId || !(await markRead(ctx.db.kysely, userId, options.messageId)))
    throw new CommandError(
      'NOT_FOUND',
      `message ${options.messageId} not in the inbox of ${userId ?? 'nobody'}`,
    );
}
