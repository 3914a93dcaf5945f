/** Projects (专栏项目) as supervised: the responsible unit, investment, schedule, stage and progress. */
import type { Kysely } from 'kysely';
import type { Actor } from './audit.ts';
import type { Database, ProjectsTable, ScheduleJson } from './schema.ts';
import { StorageError, updateVersioned, write } from './write.ts';

export async function getProject(db: Kysely<Database>, id: string): Promise<ProjectsTable> {
  const p = await db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  if (!p) throw new StorageError('NOT_FOUND', `project ${id} not found`, { projectId: id });
  return p;
}

export interface ProjectChanges {
  readonly unitId?: string | null;
  readonly plannedInvestment?: number | null;
  readonly completedInvestment?: number | null;
  readonly startDate?: string | null;
  readonly endDate?: string | null;
  readonly stage?: string;
  readonly schedule?: ScheduleJson | null;
}

const projectChangesToRow = (c: ProjectChanges): Partial<ProjectsTable> => ({
  ...(c.unitId !== undefined ? { unit_id: c.unitId } : {}),
  ...(c.plannedInvestment !== undefined ? { planned_investment: c.plannedInvestment } : {}),
  ...(c.completedInvestment !== undefined ? { completed_investment: c.completedInvestment } : {}),
  ...(c.startDate !== undefined ? { start_date: c.startDate } : {}),
  ...(c.endDate !== undefined ? { end_date: c.endDate } : {}),
  ...(c.stage !== undefined ? { stage: c.stage } : {}),
  ...(c.schedule !== undefined ? { schedule: c.schedule ? JSON.stringify(c.schedule) : null } : {}),
});

/** Changes a project at its version (If-Match), as one audited transaction. */
export function updateProject(
  db: Kysely<Database>,
  actor: Actor,
  projectId: string,
  expected: number,
  changes: ProjectChanges,
): Promise<ProjectsTable> {
  return write(db, actor, async ({ trx, record }) => {
    const { before, after } = await updateVersioned(
      trx,
      'projects',
      projectId,
      expected,
      projectChangesToRow(changes),
    );
    record({
      action: 'project.update',
      entity: 'project',
      entityId: before.id,
      planId: before.plan_id,
      before,
      after,
    });
    return after;
  });
}
