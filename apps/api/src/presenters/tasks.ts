/** Tasks and projects as the API shows them: camelCase, JSON columns parsed. */
import type { ProjectJson, TaskJson } from '@gangmu/contract';
import type { ProjectsTable, TaskView } from '@gangmu/storage';

export const presentTask = (t: TaskView): TaskJson => ({
  id: t.id,
  planId: t.planId,
  nodeId: t.nodeId,
  title: t.title,
  leadUnitId: t.leadUnitId,
  coUnitIds: t.coUnitIds,
  deadline: t.deadline,
  milestones: t.milestones,
  expectedResult: t.expectedResult,
  indicatorIds: t.indicatorIds,
  projectIds: t.projectIds,
  schedule: t.schedule,
  status: t.status,
  progress: t.progress,
  version: t.version,
});

export const presentProject = (p: ProjectsTable): ProjectJson => ({
  id: p.id,
  planId: p.plan_id,
  boxNo: p.box_no,
  boxTitle: p.box_title,
  no: p.no,
  name: p.name,
  description: p.description,
  unitId: p.unit_id,
  plannedInvestment: p.planned_investment ?? null,
  completedInvestment: p.completed_investment ?? null,
  startDate: p.start_date ?? null,
  endDate: p.end_date ?? null,
  stage: p.stage ?? null,
  progress: p.progress ?? null,
  schedule: p.schedule ? (JSON.parse(p.schedule) as ProjectJson['schedule']) : null,
  version: p.version,
});
