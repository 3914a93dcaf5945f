/** Tasks (逐项分解): generation from the outline, the lists, a task, assignment (also by Excel) and projects. */
import {
  exportTaskSheet,
  generateTasks,
  importTaskSheet,
  listPlanTasks,
  listUnitTasks,
  readTask,
  updateProject,
  updateTask,
} from '@gangmu/commands';
import { ProjectJson, TaskJson, TaskListJson, TasksAppliedJson, TasksCreatedJson } from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { ApiError } from '../../errors.ts';
import { presentProject, presentTask } from '../../presenters/tasks.ts';
import { expectedVersion, STAFF } from '../../security.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { PlanParams, ProjectChange, ProjectParams, TaskChange, TaskParams, UnitParams } from './schemas.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function taskRoutes(app: App, ctx: RouteContext): void {
  taskListRoutes(app, ctx);
  taskChangeRoutes(app, ctx);
  taskSheetRoutes(app, ctx);
}

function taskListRoutes(app: App, { db, now }: RouteContext): void {
  app.post(
    '/api/plans/:planId/tasks/generate',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['tasks'],
        summary: '按条目生成任务 One task per outline item',
        params: PlanParams,
        response: { 200: TasksCreatedJson },
      },
    },
    async (req) => generateTasks(commandContext(req, db, now), req.params),
  );
  app.get(
    '/api/plans/:planId/tasks',
    {
      config: { access: STAFF },
      schema: {
        tags: ['tasks'],
        summary: '规划的任务 Tasks of a plan',
        params: PlanParams,
        response: { 200: TaskListJson },
      },
    },
    async (req) => ({
      tasks: (await listPlanTasks(commandContext(req, db, now), req.params)).map(presentTask),
    }),
  );
  app.get(
    '/api/units/:unitId/tasks',
    {
      config: { access: ['admin', 'reporter', 'supervisor', 'leader'] },
      schema: {
        tags: ['tasks'],
        summary: "本单位任务 A unit's tasks (lead or co-unit)",
        params: UnitParams,
        response: { 200: TaskListJson },
      },
    },
    async (req) => ({
      tasks: (await listUnitTasks(commandContext(req, db, now), req.params)).map(presentTask),
    }),
  );
  app.get(
    '/api/tasks/:taskId',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['tasks'], summary: '任务 A task', params: TaskParams, response: { 200: TaskJson } },
    },
    async (req) => presentTask(await readTask(commandContext(req, db, now), req.params)),
  );
}

function taskChangeRoutes(app: App, { db, now }: RouteContext): void {
  app.patch(
    '/api/tasks/:taskId',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['tasks'],
        summary: '分解与交办 Assign or edit a task (If-Match)',
        params: TaskParams,
        body: TaskChange,
        response: { 200: TaskJson },
      },
    },
    async (req) => {
      const options = { ...req.params, expectedVersion: expectedVersion(req), changes: req.body };
      return presentTask(await updateTask(commandContext(req, db, now), options));
    },
  );
  app.patch(
    '/api/projects/:projectId',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['projects'],
        summary: '项目信息 Investment, schedule, stage and responsible unit (If-Match)',
        params: ProjectParams,
        body: ProjectChange,
        response: { 200: ProjectJson },
      },
    },
    async (req) => {
      const options = { ...req.params, expectedVersion: expectedVersion(req), changes: req.body };
      return presentProject(await updateProject(commandContext(req, db, now), options));
    },
  );
}

function taskSheetRoutes(app: App, { db, now }: RouteContext): void {
  app.get(
    '/api/plans/:planId/tasks.xlsx',
    {
      config: { access: ['admin'], takesFile: true },
      schema: {
        tags: ['tasks'],
        summary: "下载任务分解模板 Excel template of the plan's tasks",
        params: PlanParams,
      },
    },
    async (req, reply) => {
      const file = await exportTaskSheet(commandContext(req, db, now), req.params);
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename="tasks.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(file.bytes);
    },
  );
  app.post(
    '/api/plans/:planId/tasks.xlsx',
    {
      config: { access: ['admin'], takesFile: true },
      schema: {
        tags: ['tasks'],
        summary: '上传任务分解表 Upload the filled template: all rows or none',
        params: PlanParams,
        response: { 200: TasksAppliedJson },
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body))
        throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'send the .xlsx file itself as the body');
      return importTaskSheet(commandContext(req, db, now), { ...req.params, bytes: req.body });
    },
  );
}
