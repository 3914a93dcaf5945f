/** A project's responsible unit, investment, dates, stage and reporting schedule, at its version (If-Match). */
import { updateProject as storeProject, type ProjectChanges, type ProjectsTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface UpdateProjectOptions {
  readonly projectId: string;
  readonly expectedVersion: number;
  readonly changes: ProjectChanges;
}

export const updateProject = (ctx: CommandContext, o: UpdateProjectOptions): Promise<ProjectsTable> =>
  storeProject(ctx.db.kysely, ctx.caller.actor, o.projectId, o.expectedVersion, o.changes);
