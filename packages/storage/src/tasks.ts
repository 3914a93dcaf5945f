/**
 * Tasks (逐项分解): one per outline item by default, each with a lead unit, co-units, a deadline, milestones,
 * the expected result, a reporting schedule and links to indicators and projects.
 */
import type { Kysely } from 'kysely';
import type { Actor } from './audit.ts';
import type { Database, MilestoneJson, ScheduleJson, TasksTable } from './schema.ts';
import { newId, StorageError, updateVersioned, write } from './write.ts';

export interface TaskView {
  readonly id: string;
  readonly planId: string;
  readonly nodeId: string | null;
  readonly title: string;
  readonly leadUnitId: string | null;
  readonly coUnitIds: string[];
  readonly deadline: string | null;
  readonly milestones: MilestoneJson[];
  readonly expectedResult: string | null;
  readonly indicatorIds: string[];
  readonly projectIds: string[];
  readonly schedule: ScheduleJson | null;
  readonly status: 'open' | 'done';
  readonly progress: number;
  readonly version: number;
}

export const taskView = (t: TasksTable): TaskView => ({
  id: t.id,
  planId: t.plan_id,
  nodeId: t.node_id,
  title: t.title,
  leadUnitId: t.lead_unit_id,
  coUnitIds: JSON.parse(t.co_unit_ids),
  deadline: t.deadline,
  milestones: JSON.parse(t.milestones),
  expectedResult: t.expected_result,
  indicatorIds: JSON.parse(t.indicator_ids),
  projectIds: JSON.parse(t.project_ids),
  schedule: t.schedule ? JSON.parse(t.schedule) : null,
  status: t.status,
  progress: t.progress,
  version: t.version,
});

/** Creates one task per outline item that has none yet; returns how many were created. */
export async function generateTasks(db: Kysely<Database>, actor: Actor, planId: string): Promise<number> {
  return write(db, actor, async ({ trx, at, record }) => {
    const items = await trx
      .selectFrom('outline_nodes')
      .select(['id', 'title', 'position'])
      .where('plan_id', '=', planId)
      .where('kind', '=', 'item')
      .orderBy('position')
      .execute();
    const existing = new Set(
      (await trx.selectFrom('tasks').select('node_id').where('plan_id', '=', planId).execute()).map(
        (t) => t.node_id,
      ),
    );
    const rows: TasksTable[] = items
      .filter((i) => !existing.has(i.id))
      .map((i) => ({
        id: newId(),
        plan_id: planId,
        node_id: i.id,
        title: i.title,
        lead_unit_id: null,
        co_unit_ids: '[]',
        deadline: null,
        milestones: '[]',
        expected_result: null,
        indicator_ids: '[]',
        project_ids: '[]',
        schedule: null,
        status: 'open',
        progress: 0,
        position: i.position,
        created_at: at,
        version: 1,
      }));
    for (let i = 0; i < rows.length; i += 100)
      await trx
        .insertInto('tasks')
        .values(rows.slice(i, i + 100))
        .execute();
    for (const r of rows)
      record({ action: 'task.create', entity: 'task', entityId: r.id, planId, before: null, after: r });
    return rows.length;
  });
}

export interface TaskChanges {
  readonly title?: string;
  readonly leadUnitId?: string | null;
  readonly coUnitIds?: string[];
  readonly deadline?: string | null;
  readonly milestones?: MilestoneJson[];
  readonly expectedResult?: string | null;
  readonly indicatorIds?: string[];
  readonly projectIds?: string[];
  readonly schedule?: ScheduleJson | null;
  readonly status?: 'open' | 'done';
}

async function checkUnits(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await db
    .selectFrom('units')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length)
    throw new StorageError('INVALID', `unknown unit ${missing.join(', ')}`, { field: 'unitId' });
}

export function taskChangesToRow(c: TaskChanges): Partial<TasksTable> {
  return {
    ...(c.title !== undefined ? { title: c.title } : {}),
    ...(c.leadUnitId !== undefined ? { lead_unit_id: c.leadUnitId } : {}),
    ...(c.coUnitIds !== undefined ? { co_unit_ids: JSON.stringify(c.coUnitIds) } : {}),
    ...(c.deadline !== undefined ? { deadline: c.deadline } : {}),
    ...(c.milestones !== undefined ? { milestones: JSON.stringify(c.milestones) } : {}),
    ...(c.expectedResult !== undefined ? { expected_result: c.expectedResult } : {}),
    ...(c.indicatorIds !== undefined ? { indicator_ids: JSON.stringify(c.indicatorIds) } : {}),
    ...(c.projectIds !== undefined ? { project_ids: JSON.stringify(c.projectIds) } : {}),
    ...(c.schedule !== undefined ? { schedule: c.schedule ? JSON.stringify(c.schedule) : null } : {}),
    ...(c.status !== undefined ? { status: c.status } : {}),
  };
}

export async function updateTask(
  db: Kysely<Database>,
  actor: Actor,
  taskId: string,
  expected: number,
  changes: TaskChanges,
): Promise<TaskView> {
  return write(db, actor, async ({ trx, record }) => {
    await checkUnits(trx, [
      ...(changes.leadUnitId ? [changes.leadUnitId] : []),
      ...(changes.coUnitIds ?? []),
    ]);
    const { before, after } = await updateVersioned(
      trx,
      'tasks',
      taskId,
      expected,
      taskChangesToRow(changes),
    );
    record({
      action: 'task.update',
      entity: 'task',
      entityId: taskId,
      planId: before.plan_id,
      before,
      after,
    });
    return taskView(after);
  });
}

export interface BulkAssignment {
  readonly taskId: string;
  readonly changes: TaskChanges;
}

/** Applies many assignments in one transaction (the Excel upload): all rows or none. */
export async function bulkAssign(
  db: Kysely<Database>,
  actor: Actor,
  rows: readonly BulkAssignment[],
): Promise<number> {
  return write(db, actor, async ({ trx, record }) => {
    for (const { taskId, changes } of rows) {
      const before = await trx.selectFrom('tasks').selectAll().where('id', '=', taskId).executeTakeFirst();
      if (!before) throw new StorageError('NOT_FOUND', `task ${taskId} not found`, { taskId });
      const set = taskChangesToRow(changes);
      const after = { ...before, ...set, version: before.version + 1 };
      await trx
        .updateTable('tasks')
        .set({ ...set, version: after.version })
        .where('id', '=', taskId)
        .execute();
      record({
        action: 'task.assign',
        entity: 'task',
        entityId: taskId,
        planId: before.plan_id,
        before,
        after,
      });
    }
    return rows.length;
  });
}

export async function getTask(db: Kysely<Database>, id: string): Promise<TasksTable> {
  const t = await db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!t) throw new StorageError('NOT_FOUND', `task ${id} not found`, { taskId: id });
  return t;
}

export async function listTasks(
  db: Kysely<Database>,
  filter: { planId?: string; unitId?: string },
): Promise<TaskView[]> {
  let q = db.selectFrom('tasks').selectAll();
  if (filter.planId) q = q.where('plan_id', '=', filter.planId);
  if (filter.unitId) {
    const unit = filter.unitId;
    q = q.where((eb) => eb.or([eb('lead_unit_id', '=', unit), eb('co_unit_ids', 'like', `%"${unit}"%`)]));
  }
  return (await q.orderBy('position').limit(5000).execute()).map(taskView);
}

/** Whether a unit leads or co-operates on a task. */
export const taskInvolvesUnit = (t: TasksTable, unitId: string | null): boolean =>
  unitId !== null && (t.lead_unit_id === unitId || (JSON.parse(t.co_unit_ids) as string[]).includes(unitId));
