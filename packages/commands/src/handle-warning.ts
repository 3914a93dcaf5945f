/** Acknowledge, assign, resolve or reopen a warning (optimistic version: If-Match). */
import { updateWarning, type WarningsTable } from '@gangmu/storage';
import type { CommandContext } from './context.ts';

export interface HandleWarningOptions {
  readonly warningId: string;
  readonly expectedVersion: number;
  readonly status: WarningsTable['status'];
  readonly assignedTo?: string | null;
}

export const handleWarning = (ctx: CommandContext, o: HandleWarningOptions): Promise<WarningsTable> =>
  updateWarning(ctx.db.kysely, ctx.caller.actor, o.warningId, o.expectedVersion, {
    status: o.status,
    ...(o.assignedTo !== undefined ? { assignedTo: o.assignedTo } : {}),
  });
