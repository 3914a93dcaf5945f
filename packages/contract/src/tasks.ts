/** Tasks (逐项分解) and projects as the API sends them. */
import { Type, type Static } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ScheduleJson = Type.Object({
  frequency: Type.Union([
    Type.Literal('monthly'),
    Type.Literal('quarterly'),
    Type.Literal('half-yearly'),
    Type.Literal('yearly'),
  ]),
  /** The day of the month after the period on which the report is due (1–28). */
  dueDay: Type.Integer(),
});
export type ScheduleJson = Static<typeof ScheduleJson>;

export const MilestoneJson = Type.Object({
  title: Type.String(),
  dueDate: Type.String(),
  doneAt: Type.Optional(Nullable(Type.String())),
});
export type MilestoneJson = Static<typeof MilestoneJson>;

export const TaskJson = Type.Object({
  id: Type.String(),
  planId: Type.String(),
  /** The outline item the task was generated from. */
  nodeId: Nullable(Type.String()),
  title: Type.String(),
  leadUnitId: Nullable(Type.String()),
  coUnitIds: Type.Array(Type.String()),
  /** YYYY-MM-DD */
  deadline: Nullable(Type.String()),
  milestones: Type.Array(MilestoneJson),
  expectedResult: Nullable(Type.String()),
  indicatorIds: Type.Array(Type.String()),
  projectIds: Type.Array(Type.String()),
  schedule: Nullable(ScheduleJson),
  status: Type.Union([Type.Literal('open'), Type.Literal('done')]),
  /** The percentage of the last approved report. */
  progress: Type.Number(),
  version: Type.Integer(),
});
export type TaskJson = Static<typeof TaskJson>;

export const TaskListJson = Type.Object({ tasks: Type.Array(TaskJson) });
export type TaskListJson = Static<typeof TaskListJson>;

export const TasksCreatedJson = Type.Object({ created: Type.Integer() });
export type TasksCreatedJson = Static<typeof TasksCreatedJson>;

/** The Excel upload: how many tasks were assigned (all rows, or none and an error). */
export const TasksAppliedJson = Type.Object({ applied: Type.Integer() });
export type TasksAppliedJson = Static<typeof TasksAppliedJson>;

export const ProjectJson = Type.Object({
  id: Type.String(),
  planId: Type.String(),
  boxNo: Type.Integer(),
  boxTitle: Type.String(),
  no: Type.Integer(),
  name: Type.String(),
  description: Type.String(),
  unitId: Nullable(Type.String()),
  plannedInvestment: Nullable(Type.Number()),
  completedInvestment: Nullable(Type.Number()),
  startDate: Nullable(Type.String()),
  endDate: Nullable(Type.String()),
  /** not_started, in_progress, applied, done. */
  stage: Nullable(Type.String()),
  progress: Nullable(Type.Number()),
  schedule: Nullable(ScheduleJson),
  version: Type.Integer(),
});
export type ProjectJson = Static<typeof ProjectJson>;
