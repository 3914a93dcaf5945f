/**
 * Which copy of a plan a request may see — the domain's plan-visibility rule (`planCopyFor`) applied to a
 * request: staff see the working copy and any past moment; everyone else only published versions.
 */
import type { FastifyRequest } from 'fastify';
import { isStaffRole, planCopyFor } from '@gangmu/domain';
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

/** Staff see working copies — of their government tree's plans (`planScope`, issue 15). */
const viewerRole = (req: FastifyRequest) => (req.planScope === 'public' ? null : req.user?.role);
export const isStaff = (req: FastifyRequest): boolean => isStaffRole(viewerRole(req));

export async function visiblePlan(
  db: Db,
  req: FastifyRequest,
  planId: string,
  opts: { version?: number; asOf?: string } = {},
): Promise<PlanView> {
  const needsHead = !isStaff(req) && opts.asOf === undefined && opts.version === undefined;
  const published = needsHead ? (await getPlanHead(db.kysely, planId)).published_version : 0;
  const copy = planCopyFor(viewerRole(req), published, opts);
  switch (copy.kind) {
    case 'working':
      return getPlan(db.kysely, planId);
    case 'published':
      return getPublishedVersion(db.kysely, planId, copy.version);
    case 'as-of': {
      const at = new Date(copy.at);
      if (Number.isNaN(at.getTime()))
        throw new ApiError('VALIDATION_FAILED', 'asOf must be an ISO-8601 time');
      return getPlanAsOf(db.kysely, planId, at.toISOString());
    }
    case 'refused':
      if (copy.reason === 'AS_OF_FOR_STAFF')
        throw new ApiError('FORBIDDEN', 'asOf is for staff and auditors');
      throw new StorageError('NOT_FOUND', `plan ${planId} not found`, { planId });
  }
}
