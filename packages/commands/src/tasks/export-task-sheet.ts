/** The Excel template of a plan's tasks (任务分解表), each row with its chapter and section, and the units. */
import { getPlan, listTasks, listUnits } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { outlinePlaces } from '../outline-places.ts';
import { buildTemplate } from './task-sheet.ts';

export interface ExportTaskSheetOptions {
  readonly planId: string;
}

export interface TaskSheetFile {
  /** The name offered for download: the plan's title (at most 40 characters) and 任务分解. */
  readonly fileName: string;
  readonly bytes: Buffer;
}

export async function exportTaskSheet(
  ctx: CommandContext,
  o: ExportTaskSheetOptions,
): Promise<TaskSheetFile> {
  const k = ctx.db.kysely;
  const plan = await getPlan(k, o.planId);
  const places = outlinePlaces(plan.outline);
  const tasks = (await listTasks(k, { planId: o.planId })).map((t) => ({
    ...t,
    ...(t.nodeId ? places.get(t.nodeId) : {}),
  }));
  return {
    fileName: `${plan.title.slice(0, 40)}-任务分解.xlsx`,
    bytes: await buildTemplate(tasks, await listUnits(k)),
  };
}
