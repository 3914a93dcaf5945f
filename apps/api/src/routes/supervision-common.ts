/** Shared by the supervision routes: request schemas, and who may act on a report's subject. */
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { getIndicatorRow, getTask, StorageError, taskInvolvesUnit, type ReportsTable } from '@gangmu/storage';
import { ApiError } from '../errors.ts';

import { strict } from '../schemas.ts';

import type { RouteContext } from './context.ts';

export const DateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const ScheduleBody = Type.Union([
  strict({
    frequency: Type.Union(['monthly', 'quarterly', 'half-yearly', 'yearly'].map((f) => Type.Literal(f))),
    dueDay: Type.Integer({ minimum: 1, maximum: 28 }),
  }),
  Type.Null(),
]);
export const isReporter = (req: FastifyRequest) => req.user?.role === 'reporter';

/** The unit a report's subject belongs to, and whether the requesting reporter may act on it. */
export async function subjectOf(
  ctx: RouteContext,
  req: FastifyRequest,
  type: ReportsTable['subject_type'],
  id: string,
): Promise<{ planId: string; unitId: string | null }> {
  const k = ctx.db.kysely;
  let planId: string;
  let allowed: boolean;
  let unitId: string | null;
  if (type === 'task') {
    const t = await getTask(k, id);
    planId = t.plan_id;
    unitId = t.lead_unit_id;
    allowed = taskInvolvesUnit(t, req.user?.unitId ?? null);
  } else if (type === 'project') {
    const p = await k
      .selectFrom('projects')
      .select(['plan_id', 'unit_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!p) throw new StorageError('NOT_FOUND', `project ${id} not found`);
    [planId, unitId] = [p.plan_id, p.unit_id];
    allowed = unitId !== null && unitId === req.user?.unitId;
  } else {
    const ind = await getIndicatorRow(k, id);
    [planId, unitId] = [ind.plan_id, ind.unit_id];
    allowed = unitId !== null && unitId === req.user?.unitId;
  }
  if (isReporter(req) && !allowed) throw new ApiError('FORBIDDEN', 'this belongs to another unit');
  return { planId, unitId };
}

/**
 * What the requesting user may do with a report: staff everything their role allows (`own`); a reporter acts on
 * its own unit's reports, and a task's co-unit may read the lead unit's report (`read`: without the reviewer's
 * comment, which is addressed to the lead) but not write it.
 */
export async function reportAccess(
  ctx: RouteContext,
  req: FastifyRequest,
  report: Pick<ReportsTable, 'unit_id' | 'subject_type' | 'subject_id'>,
): Promise<'own' | 'read' | 'none'> {
  if (!isReporter(req)) return 'own';
  const unitId = req.user!.unitId;
  // A reporter without a unit matches nothing, even a report without one.
  if (!unitId) return 'none';
  if (report.unit_id === unitId) return 'own';
  if (report.subject_type !== 'task') return 'none';
  const task = await getTask(ctx.db.kysely, report.subject_id);
  return report.unit_id === task.lead_unit_id && taskInvolvesUnit(task, unitId) ? 'read' : 'none';
}

/** A report as a co-unit sees it: everything but the review's comment and reviewer. */
export const withoutReview = <T extends Record<string, unknown>>(state: T): T => {
  const { review_comment: _c, reviewed_by: _b, ...rest } = state;
  return rest as T;
};
