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
