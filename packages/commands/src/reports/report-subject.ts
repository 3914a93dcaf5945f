/**
 * A report's subject (a task, a project or an indicator) as the unit-scope policy sees it, and what a caller may
 * do with a report: its own unit's read and write; a task's co-unit reads the lead's without the review.
 */
import {
  isUnitBound,
  reportAccess as reportAccessRule,
  reportingUnit,
  type ReportAccess,
  type SubjectUnits,
} from '@gangmu/domain';
import { getIndicatorRow, getProject, getReport, getTask, type ReportsTable } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { refuseOtherUnit, taskUnits } from '../tasks/task-access.ts';

export type SubjectType = ReportsTable['subject_type'];

/** The plan and the units of a report's subject: a task's lead and co-units, a project's or indicator's unit. */
async function subjectUnits(
  ctx: CommandContext,
  type: SubjectType,
  id: string,
): Promise<{ planId: string; units: SubjectUnits }> {
  const k = ctx.db.kysely;
  if (type === 'task') {
    const t = await getTask(k, id);
    return { planId: t.plan_id, units: taskUnits(t) };
  }
  const row = type === 'project' ? await getProject(k, id) : await getIndicatorRow(k, id);
  return { planId: row.plan_id, units: { leadUnitId: row.unit_id, coUnitIds: [] } };
}

/** The plan of a report's subject and the unit the report is filed for; refused outside the caller's scope. */
export async function reportSubject(
  ctx: CommandContext,
  type: SubjectType,
  id: string,
): Promise<{ planId: string; unitId: string | null }> {
  const { planId, units } = await subjectUnits(ctx, type, id);
  refuseOtherUnit(ctx.caller, units, `${type} ${id}`);
  return { planId, unitId: reportingUnit(ctx.caller, units) };
}

/** What the caller may do with a report (the domain's unit-scope rule). */
export async function reportAccess(
  ctx: CommandContext,
  report: Pick<ReportsTable, 'unit_id' | 'subject_type' | 'subject_id'>,
): Promise<ReportAccess> {
  const caller = ctx.caller;
  if (!isUnitBound(caller) || report.subject_type !== 'task' || !caller.unitId)
    return reportAccessRule(caller, { unitId: report.unit_id }, null);
  const task = await getTask(ctx.db.kysely, report.subject_id);
  return reportAccessRule(caller, { unitId: report.unit_id }, taskUnits(task));
}

export const notFound = (what: string): CommandError =>
  new CommandError('NOT_FOUND', `${what} not found`, undefined, {
    zh: '未找到该报告或材料',
    en: 'The report or file was not found',
  });

const otherUnit = (what: string): CommandError =>
  new CommandError('FORBIDDEN', `${what} belongs to another unit`, undefined, {
    zh: '这属于其他单位，本单位无权查看或修改',
    en: 'This belongs to another unit',
  });

/** The report, if the caller may at least read it (`own` also write); refused otherwise. */
export async function loadReport(
  ctx: CommandContext,
  reportId: string,
  need: 'read' | 'own',
): Promise<{ report: ReportsTable; access: 'own' | 'read' }> {
  const report = await getReport(ctx.db.kysely, reportId);
  if (!report) throw notFound(`report ${reportId}`);
  const access = await reportAccess(ctx, report);
  if (access === 'none' || (need === 'own' && access !== 'own')) throw otherUnit(`report ${reportId}`);
  return { report, access };
}
