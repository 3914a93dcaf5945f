/**
 * What the warning sweep and the notices read: candidate tasks in pages, a plan's indicators, scheduled subjects
 * and the periods they reported, projects with their last approved progress, the people notices go to, tasks
 * coming due, unanswered urges and open warnings per unit. Reads only: the rules are the domain's, applied by
 * the commands run-sweep and queue-notices. `planId`, where taken, keeps a read to one plan.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, ReportsTable, WarningsTable } from './schema.ts';

type Db = Kysely<Database>;

/** Open tasks that can raise something — past their deadline or carrying milestones — after `afterId`, by id. */
export const tasksToCheck = (
  db: Db,
  o: { today: string; afterId: string; limit: number; planId?: string },
) => {
  let q = db
    .selectFrom('tasks')
    .select(['id', 'plan_id', 'title', 'deadline', 'milestones', 'status', 'lead_unit_id'])
    .where('status', '=', 'open')
    .where((eb) => eb.or([eb('deadline', '<', o.today), eb('milestones', '!=', '[]')]))
    .where('id', '>', o.afterId);
  if (o.planId) q = q.where('plan_id', '=', o.planId);
  return q.orderBy('id').limit(o.limit).execute();
};

export const plansToSweep = (db: Db, planId?: string) => {
  const q = db.selectFrom('plans').select(['id', 'period_start', 'period_end']);
  return (planId ? q.where('id', '=', planId) : q).execute();
};

export const indicatorsToCheck = (db: Db, planId: string) =>
  db
    .selectFrom('indicators')
    .select(['id', 'name', 'definition', 'unit_id'])
    .where('plan_id', '=', planId)
    .execute();

export interface ScheduledSubject {
  readonly type: ReportsTable['subject_type'];
  readonly id: string;
  readonly plan_id: string;
  readonly title: string;
  readonly schedule: string | null;
  readonly unit_id: string | null;
}

/** Open tasks, projects and indicators with a reporting schedule. */
export async function scheduledSubjects(db: Db, planId?: string): Promise<ScheduledSubject[]> {
  let tasks = db
    .selectFrom('tasks')
    .select(['id', 'plan_id', 'title', 'schedule', 'lead_unit_id as unit_id'])
    .where('schedule', 'is not', null)
    .where('status', '=', 'open');
  let projects = db
    .selectFrom('projects')
    .select(['id', 'plan_id', 'name as title', 'schedule', 'unit_id'])
    .where('schedule', 'is not', null);
  let indicators = db
    .selectFrom('indicators')
    .select(['id', 'plan_id', 'name as title', 'schedule', 'unit_id'])
    .where('schedule', 'is not', null);
  if (planId) {
    tasks = tasks.where('plan_id', '=', planId);
    projects = projects.where('plan_id', '=', planId);
    indicators = indicators.where('plan_id', '=', planId);
  }
  return [
    ...(await tasks.execute()).map((r) => ({ ...r, type: 'task' as const })),
    ...(await projects.execute()).map((r) => ({
      ...r,
      schedule: r.schedule ?? null,
      unit_id: r.unit_id ?? null,
      type: 'project' as const,
    })),
    ...(await indicators.execute()).map((r) => ({
      ...r,
      schedule: r.schedule ?? null,
      type: 'indicator' as const,
    })),
  ];
}

/** The periods each subject has a report for (any status), 500 subjects a query. */
export async function reportedPeriods(
  db: Db,
  subjectIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const periods = new Map<string, Set<string>>();
  for (let i = 0; i < subjectIds.length; i += 500) {
    const rows = await db
      .selectFrom('reports')
      .select(['subject_id', 'period'])
      .where('subject_id', 'in', subjectIds.slice(i, i + 500))
      .execute();
    for (const r of rows)
      (periods.get(r.subject_id) ?? periods.set(r.subject_id, new Set()).get(r.subject_id)!).add(r.period);
  }
  return periods;
}

/** Started projects with the time of their last approved progress report. */
export function projectsToCheck(db: Db, planId?: string) {
  let q = db
    .selectFrom('projects')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('reports')
          .select(['subject_id', sql<string>`max(reviewed_at)`.as('last_at')])
          .where('status', '=', 'approved')
          .where('subject_type', '=', 'project')
          .groupBy('subject_id')
          .as('r'),
      (join) => join.onRef('r.subject_id', '=', 'projects.id'),
    )
    .select([
      'projects.id',
      'projects.plan_id',
      'projects.name',
      'projects.progress',
      'projects.start_date',
      'projects.unit_id',
      'r.last_at',
    ])
    .where('projects.start_date', 'is not', null);
  if (planId) q = q.where('projects.plan_id', '=', planId);
  return q.execute();
}

/** Everyone a notice may go to: id, e-mail, role and unit. */
export const noticeRecipients = (db: Db) =>
  db.selectFrom('users').select(['id', 'email', 'role', 'unit_id']).execute();

/** Open tasks whose deadline falls between `from` and `to` (inclusive). */
export function tasksComingDue(db: Db, o: { from: string; to: string; planId?: string }) {
  let q = db
    .selectFrom('tasks')
    .select(['id', 'title', 'deadline', 'lead_unit_id'])
    .where('status', '=', 'open')
    .where('deadline', '>=', o.from)
    .where('deadline', '<=', o.to);
  if (o.planId) q = q.where('plan_id', '=', o.planId);
  return q.execute();
}

/** Open tasks with a reporting schedule. */
export function scheduledTasks(db: Db, planId?: string) {
  let q = db
    .selectFrom('tasks')
    .select(['id', 'title', 'schedule', 'lead_unit_id'])
    .where('schedule', 'is not', null)
    .where('status', '=', 'open');
  if (planId) q = q.where('plan_id', '=', planId);
  return q.execute();
}

/** Warnings not yet resolved whose urge (催办) was queued at or before `cutoff`. */
export async function unansweredUrges(
  db: Db,
  o: { cutoff: string; planId?: string },
): Promise<WarningsTable[]> {
  const urges = await db
    .selectFrom('outbox')
    .select(['data'])
    .where('event', '=', 'warning.urge')
    .where('channel', '=', 'inbox')
    .where('created_at', '<=', o.cutoff)
    .execute();
  const ids = [...new Set(urges.map((u) => (JSON.parse(u.data) as { warningId: string }).warningId))];
  if (ids.length === 0) return [];
  let q = db.selectFrom('warnings').selectAll().where('id', 'in', ids).where('status', '!=', 'resolved');
  if (o.planId) q = q.where('plan_id', '=', o.planId);
  return q.execute();
}

/** Open (unresolved) warnings counted per unit; null is the warnings without a unit. */
export async function openWarningsByUnit(db: Db): Promise<Map<string | null, number>> {
  const rows = await db
    .selectFrom('warnings')
    .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '!=', 'resolved')
    .groupBy('unit_id')
    .execute();
  return new Map(rows.map((r) => [r.unit_id, Number(r.n)]));
}
