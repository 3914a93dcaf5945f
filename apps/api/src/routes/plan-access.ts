/**
 * Which copy of a plan a request may see: staff see the working copy (draft) and, for tracing, any past
 * moment; everyone else sees only published versions, and a never-published plan does not exist for them.
 */
import type { FastifyRequest } from 'fastify';
import {
  getPlan,
  getPlanAsOf,
  getPlanHead,
  getPublishedVersion,
  StorageError,
  type Db,
  type PlanView,
} from '@gangmu/storage';
import { ApiError } from '../errors.ts';
import { STAFF } from '../security.ts';

/** Staff see working copies — of their government tree's plans (`planScope`, issue 15). */
export const isStaff = (req: FastifyRequest): boolean =>
  !!req.user && STAFF.includes(req.user.role) && req.planScope !== 'public';

export async function visiblePlan(
  db: Db,
  req: FastifyRequest,
  planId: string,
  opts: { version?: number; asOf?: string } = {},
): Promise<PlanView> {
  if (opts.asOf) {
    if (!isStaff(req)) throw new ApiError('FORBIDDEN', 'asOf is for staff and auditors');
    const at = new Date(opts.asOf);
    if (Number.isNaN(at.getTime())) throw new ApiError('VALIDATION_FAILED', 'asOf must be an ISO-8601 time');
    return getPlanAsOf(db.kysely, planId, at.toISOString());
  }
  if (opts.version !== undefined) return getPublishedVersion(db.kysely, planId, opts.version);
  if (isStaff(req)) return getPlan(db.kysely, planId);
  const row = await getPlanHead(db.kysely, planId);
  if (row.published_version === 0)
    throw new StorageError('NOT_FOUND', `plan ${planId} not found`, { planId });
  return getPublishedVersion(db.kysely, planId);
}
