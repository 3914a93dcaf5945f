/** The warnings a caller may see (a reporter its unit's only), filtered, red first and newest first. */
import { unitScope } from '@gangmu/domain';
import { listWarnings as queryWarnings, type WarningsTable } from '@gangmu/storage';
import type { CommandContext } from './context.ts';

export interface ListWarningsOptions {
  readonly status?: WarningsTable['status'];
  readonly level?: WarningsTable['level'];
  readonly planId?: string;
}

export async function listWarnings(
  ctx: CommandContext,
  options: ListWarningsOptions,
): Promise<WarningsTable[]> {
  const scope = unitScope(ctx.caller);
  if (scope.all) return queryWarnings(ctx.db.kysely, options);
  // A reporter without a unit sees nothing.
  return scope.unitId === null ? [] : queryWarnings(ctx.db.kysely, { ...options, unitId: scope.unitId });
}
