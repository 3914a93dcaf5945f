/** Shared by the supervision routes: request schemas, and who may act on a report's subject. */
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  isUnitBound,
  mayActOn,
  reportAccess as reportAccessRule,
  reportingUnit,
  type ReportAccess,
  type ScopeCaller,
  type SubjectUnits,
} from '@gangmu/domain';
import { getIndicatorRow, getTask, StorageError, type ReportsTable, type TasksTable } from '@gangmu/storage';
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
export const isReporter = (req: FastifyRequest) => isUnitBound(scopeOf(req));
/** The requesting user as the unit-scope policy sees it. */
export const scopeOf = (req: FastifyRequest): ScopeCaller => ({
  role: req.user?.role ?? null,
  unitId: req.user?.unitId ?? null,
});

/** The units of a report's subject: a task's lead and co-units, a project's or indicator's unit. */
async function subjectUnits(
  ctx: RouteContext,
  type: ReportsTable['subject_type'],
  id: string,
): Promise<{ planId: string; units: SubjectUnits }> {
  const k = ctx.db.kysely;
  if (type === 'task') {
    const t = await getTask(k, id);
    return { planId: t.plan_id, units: taskUnits(t) };
  }
  if (type === 'project') {
    const p = await k
      .selectFrom('projects')
      .select(['plan_id', 'unit_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!p) throw new StorageError('NOT_FOUND', `project ${id} not found`);
    return { planId: p.plan_id, units: { leadUnitId: p.unit_id, coUnitIds: [] } };
  }
  const ind = await getIndicatorRow(k, id);
  return { planId: ind.plan_id, units: { leadUnitId: ind.unit_id, coUnitIds: [] } };
}

const taskUnits = (t: TasksTable): SubjectUnits => ({
  leadUnitId: t.lead_unit_id,
  coUnitIds: JSON.parse(t.co_unit_ids) as string[],
});

/** The plan of a report's subject and the unit the report is filed for; refused when outside the caller's scope. */
export async function subjectOf(
  ctx: RouteContext,
  req: FastifyRequest,
  type: ReportsTable['subject_type'],
  id: string,
): Promise<{ planId: string; unitId: string | null }> {
  const { planId, units } = await subjectUnits(ctx, type, id);
  if (!mayActOn(scopeOf(req), units)) throw new ApiError('FORBIDDEN', 'this belongs to another unit');
  return { planId, unitId: reportingUnit(scopeOf(req), units) };
}

/** What the requesting user may do with a report (the domain's unit-scope rule). */
export async function reportAccess(
  ctx: RouteContext,
  req: FastifyRequest,
  report: Pick<ReportsTable, 'unit_id' | 'subject_type' | 'subject_id'>,
): Promise<ReportAccess> {
  const scope = scopeOf(req);
  if (!isUnitBound(scope) || report.subject_type !== 'task' || !scope.unitId)
    return reportAccessRule(scope, { unitId: report.unit_id }, null);
  const task = await getTask(ctx.db.kysely, report.subject_id);
  return reportAccessRule(scope, { unitId: report.unit_id }, taskUnits(task));
}

/** A report as a co-unit sees it: everything but the review's comment and reviewer. */
export const withoutReview = <T extends Record<string, unknown>>(state: T): T => {
  const { review_comment: _c, reviewed_by: _b, ...rest } = state;
  return rest as T;
};
