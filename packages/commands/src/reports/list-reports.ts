/** Reports, newest first: a reporter sees its unit's; ?status=submitted is the review queue of staff. */
import { unitScope } from '@gangmu/domain';
import { listReports as queryReports, type ReportsTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface ListReportsOptions {
  readonly status?: ReportsTable['status'];
}

export async function listReports(ctx: CommandContext, o: ListReportsOptions): Promise<ReportsTable[]> {
  const scope = unitScope(ctx.caller);
  // A reporter without a unit matches no report ('-' is no unit's id).
  const unit = scope.all ? {} : { unitId: scope.unitId ?? '-' };
  return queryReports(ctx.db.kysely, { ...(o.status ? { status: o.status } : {}), ...unit });
}
