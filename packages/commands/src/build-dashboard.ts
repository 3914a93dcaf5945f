/**
 * The leader's dashboard figures of a plan that are not the evaluation's: tasks by state (the domain's task-state
 * rule at today's Asia/Shanghai date), chapters × task state, and the unit league table. Read-only.
 */
import { countTaskStates, taskState, type TaskStateCounts } from '@gangmu/domain';
import { getPlan, listTasks, listUnits, type TaskView } from '@gangmu/storage';
import { todayOf } from './calendar.ts';
import type { CommandContext } from './context.ts';
import { chapterLabel, chaptersOf, outlinePlaces } from './outline-places.ts';

export interface BuildDashboardOptions {
  readonly planId: string;
}

export interface ChapterTaskStates extends TaskStateCounts {
  /** "3 扩大内需": the chapter's number and title. */
  readonly chapter: string;
}

export interface LeagueRow {
  readonly unitId: string;
  readonly unit: string;
  /** Tasks the unit leads. */
  readonly tasks: number;
  /** Percent of them not overdue, rounded. */
  readonly onTimeRate: number;
  /** Mean reported progress of them, percent, rounded. */
  readonly completion: number;
}

export interface Dashboard {
  readonly planId: string;
  /** The date the states are taken at (Asia/Shanghai). */
  readonly today: string;
  readonly tasks: TaskStateCounts;
  readonly chapters: ChapterTaskStates[];
  /** Units leading at least one task, by completion, highest first. */
  readonly league: LeagueRow[];
}

export async function buildDashboard(
  ctx: CommandContext,
  options: BuildDashboardOptions,
): Promise<Dashboard> {
  const k = ctx.db.kysely;
  const [plan, tasks, units] = await Promise.all([
    getPlan(k, options.planId),
    listTasks(k, { planId: options.planId }),
    listUnits(k),
  ]);
  const today = todayOf(ctx);
  return {
    planId: plan.id,
    today,
    tasks: countTaskStates(tasks, today),
    chapters: chapterStates(plan.outline, tasks, today),
    league: league(units, tasks, today),
  };
}

function chapterStates(
  outline: Parameters<typeof outlinePlaces>[0],
  tasks: readonly TaskView[],
  today: string,
): ChapterTaskStates[] {
  const places = outlinePlaces(outline);
  const rows = new Map(
    chaptersOf(outline).map((c) => [chapterLabel(c), { done: 0, onTime: 0, overdue: 0, unassigned: 0 }]),
  );
  for (const t of tasks) {
    const row = t.nodeId ? rows.get(places.get(t.nodeId)?.chapter ?? '') : undefined;
    if (row) row[taskState(t, today)]++;
  }
  return [...rows].map(([chapter, counts]) => ({ chapter, ...counts }));
}

function league(
  units: readonly { id: string; name: string }[],
  tasks: readonly TaskView[],
  today: string,
): LeagueRow[] {
  const rows: LeagueRow[] = [];
  for (const u of units) {
    const mine = tasks.filter((t) => t.leadUnitId === u.id);
    if (mine.length === 0) continue;
    const overdue = mine.filter((t) => taskState(t, today) === 'overdue').length;
    rows.push({
      unitId: u.id,
      unit: u.name,
      tasks: mine.length,
      onTimeRate: Math.round(((mine.length - overdue) / mine.length) * 100),
      completion: Math.round(mine.reduce((a, t) => a + t.progress, 0) / mine.length),
    });
  }
  return rows.sort((a, b) => b.completion - a.completion);
}
