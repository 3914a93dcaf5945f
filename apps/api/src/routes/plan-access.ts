/**
 * Which copy of a plan a request may see — the domain's plan-visibility rule, applied by the commands (readPlan)
 * to the reader's role: staff see the working copy and any past moment; everyone else only published versions.
 * Staff outside the plan's government tree read as the public does (`planScope`, issue 15).
 */
import type { FastifyRequest } from 'fastify';
import { PUBLIC_CALLER, readPlan, type CommandContext, type PlanCopyView } from '@gangmu/commands';
import { isStaffRole } from '@gangmu/domain';
import type { Db } from '@gangmu/storage';
import { commandContext } from '../command-context.ts';

/** Staff see working copies — of their government tree's plans (`planScope`, issue 15). */
const viewerRole = (req: FastifyRequest) => (req.planScope === 'public' ? null : req.user?.role);
export const isStaff = (req: FastifyRequest): boolean => isStaffRole(viewerRole(req));

/**
 * The command context of a read of a plan: the signed-in caller, except that staff outside the plan's
 * government tree read as the public (the actor is kept for the log).
 */
export function readerContext(req: FastifyRequest, db: Db, now: () => Date): CommandContext {
  const ctx = commandContext(req, db, now);
  return req.planScope === 'public' ? { ...ctx, caller: { ...PUBLIC_CALLER, actor: ctx.caller.actor } } : ctx;
}

export const visiblePlan = (
  db: Db,
  req: FastifyRequest,
  planId: string,
  opts: { version?: number; asOf?: string } = {},
): Promise<PlanCopyView> =>
  readPlan(
    readerContext(req, db, () => new Date()),
    { planId, ...opts },
  );
