/** Outgoing notices, newest first (the latest 500); `status: 'dead'` is the dead-letter list. */
import { listOutbox as queryOutbox, type OutboxTable } from '@gangmu/storage';
import type { CommandContext } from './context.ts';

export const listOutbox = (
  ctx: CommandContext,
  options: { readonly status?: OutboxTable['status'] },
): Promise<OutboxTable[]> => queryOutbox(ctx.db.kysely, options);
