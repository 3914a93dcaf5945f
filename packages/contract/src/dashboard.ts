/** The leader's dashboard: tasks by state, chapters × task state and the unit league (GET /api/plans/:id/dashboard). */
import { Type, type Static } from 'typebox';

const stateCounts = {
  done: Type.Integer(),
  onTime: Type.Integer(),
  overdue: Type.Integer(),
  unassigned: Type.Integer(),
};

export const TaskStateCountsJson = Type.Object(stateCounts);
export type TaskStateCountsJson = Static<typeof TaskStateCountsJson>;

export const ChapterTaskStatesJson = Type.Object({ chapter: Type.String(), ...stateCounts });
export type ChapterTaskStatesJson = Static<typeof ChapterTaskStatesJson>;

export const LeagueRowJson = Type.Object({
  unitId: Type.String(),
  unit: Type.String(),
  tasks: Type.Integer(),
  onTimeRate: Type.Integer(),
  completion: Type.Integer(),
});
export type LeagueRowJson = Static<typeof LeagueRowJson>;

export const DashboardJson = Type.Object({
  planId: Type.String(),
  /** The Asia/Shanghai date the task states are taken at. */
  today: Type.String(),
  tasks: TaskStateCountsJson,
  chapters: Type.Array(ChapterTaskStatesJson),
  league: Type.Array(LeagueRowJson),
});
export type DashboardJson = Static<typeof DashboardJson>;
