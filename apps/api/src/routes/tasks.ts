/** Tasks (逐项分解): generation from the outline, assignment (also by Excel) and projects. */
import { Type } from 'typebox';
import {
  bulkAssign,
  generateTasks,
  getPlan,
  getTask,
  listTasks,
  listUnits,
  taskView,
  updateTask,
  updateVersioned,
  write,
} from '@gangmu/storage';
import { ApiError } from '../errors.ts';
import { actorOf, expectedVersion, STAFF } from '../security.ts';
import { Id, LIMITS, SafeText, strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';
import { buildTemplate, parseUpload } from '../supervision/excel.ts';

import { mayActOn, maySeeUnit } from '@gangmu/domain';
import { DateText, ScheduleBody, scopeOf } from './supervision-common.ts';

export function taskRoutes(app: App, ctx: RouteContext): void {
  const k = ctx.db.kysely;
  const today = () => ctx.scheduler.today();

  app.post(
    '/api/plans/:planId/tasks/generate',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['tasks'],
        summary: '按条目生成任务 One task per outline item',
        params: strict({ planId: Id }),
      },
    },
    async (req) => ({
      created: await generateTasks(k, actorOf(req), (req.params as { planId: string }).planId),
    }),
  );
  app.get(
    '/api/plans/:planId/tasks',
    {
      config: { access: STAFF },
      schema: { tags: ['tasks'], summary: '规划的任务 Tasks of a plan', params: strict({ planId: Id }) },
    },
    async (req) => ({
      tasks: await listTasks(k, { planId: (req.params as { planId: string }).planId }),
    }),
  );
  app.get(
    '/api/units/:unitId/tasks',
    {
      config: { access: ['admin', 'reporter', 'supervisor', 'leader'] },
      schema: {
        tags: ['tasks'],
        summary: "本单位任务 A unit's tasks (lead or co-unit)",
        params: strict({ unitId: Id }),
      },
    },
    async (req) => {
      const { unitId } = req.params as { unitId: string };
      if (!maySeeUnit(scopeOf(req), unitId))
        throw new ApiError('FORBIDDEN', 'a reporter sees only its own unit');
      return { tasks: await listTasks(k, { unitId }) };
    },
  );
  app.get(
    '/api/tasks/:taskId',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['tasks'], summary: '任务 A task', params: strict({ taskId: Id }) },
    },
    async (req) => {
      const t = await getTask(k, (req.params as { taskId: string }).taskId);
      if (!mayActOn(scopeOf(req), { leadUnitId: t.lead_unit_id, coUnitIds: JSON.parse(t.co_unit_ids) }))
        throw new ApiError('FORBIDDEN', 'this task belongs to another unit');
      return taskView(t);
    },
  );
  app.patch(
    '/api/tasks/:taskId',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['tasks'],
        summary: '分解与交办 Assign or edit a task (If-Match)',
        params: strict({ taskId: Id }),
        body: strict({
          title: Type.Optional(SafeText(LIMITS.titleChars, 1)),
          leadUnitId: Type.Optional(Type.Union([Id, Type.Null()])),
          coUnitIds: Type.Optional(Type.Array(Id, { maxItems: 50 })),
          deadline: Type.Optional(Type.Union([DateText, Type.Null()])),
          milestones: Type.Optional(
            Type.Array(
              strict({
                title: SafeText(100, 1),
                dueDate: DateText,
                doneAt: Type.Optional(Type.Union([DateText, Type.Null()])),
              }),
              { maxItems: 50 },
            ),
          ),
          expectedResult: Type.Optional(Type.Union([SafeText(LIMITS.opinionChars), Type.Null()])),
          indicatorIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
          projectIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
          schedule: Type.Optional(ScheduleBody),
          status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('done')])),
        }),
      },
    },
    async (req) => {
      const body = req.body as { deadline?: string | null };
      if (body.deadline && body.deadline < today())
        throw new ApiError('INVALID', `the deadline ${body.deadline} is in the past`);
      return updateTask(
        k,
        actorOf(req),
        (req.params as { taskId: string }).taskId,
        expectedVersion(req),
        req.body as never,
      );
    },
  );

  app.get(
    '/api/plans/:planId/tasks.xlsx',
    {
      config: { access: ['admin'], takesFile: true },
      schema: {
        tags: ['tasks'],
        summary: "下载任务分解模板 Excel template of the plan's tasks",
        params: strict({ planId: Id }),
      },
    },
    async (req, reply) => {
      const { planId } = req.params as { planId: string };
      const plan = await getPlan(k, planId);
      const where = new Map<string, { chapter: string; section: string }>();
      for (const c of plan.outline.flatMap((n) => (n.kind === 'part' ? n.children : [n]))) {
        for (const s of c.children)
          for (const it of s.children)
            where.set(it.id, { chapter: `${c.no} ${c.title}`, section: `${s.no} ${s.title}` });
      }
      const tasks = (await listTasks(k, { planId })).map((t) => ({
        ...t,
        ...(t.nodeId ? where.get(t.nodeId) : {}),
      }));
      const file = await buildTemplate(tasks, await listUnits(k));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="tasks.xlsx"; filename*=UTF-8''${encodeURIComponent(`${plan.title.slice(0, 40)}-任务分解.xlsx`)}`,
        )
        .send(file);
    },
  );
  app.post(
    '/api/plans/:planId/tasks.xlsx',
    {
      config: { access: ['admin'], takesFile: true },
      schema: {
        tags: ['tasks'],
        summary: '上传任务分解表 Upload the filled template: all rows or none',
        params: strict({ planId: Id }),
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body))
        throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'send the .xlsx file itself as the body');
      const { planId } = req.params as { planId: string };
      const result = await parseUpload(req.body, {
        tasks: await listTasks(k, { planId }),
        units: await listUnits(k),
        today: today(),
      });
      if (!result.ok)
        throw new ApiError(
          'INVALID',
          result.fileError ??
            `${result.rowErrors.length} 行有误，未做任何修改 / ${result.rowErrors.length} rows are wrong; nothing was changed`,
          { fileError: result.fileError ?? null, rowErrors: result.rowErrors.slice(0, 500) },
        );
      return { applied: await bulkAssign(k, actorOf(req), result.rows) };
    },
  );

  app.patch(
    '/api/projects/:projectId',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['projects'],
        summary: '项目信息 Investment, schedule, stage and responsible unit (If-Match)',
        params: strict({ projectId: Id }),
        body: strict({
          unitId: Type.Optional(Type.Union([Id, Type.Null()])),
          plannedInvestment: Type.Optional(Type.Union([Type.Number({ minimum: 0 }), Type.Null()])),
          completedInvestment: Type.Optional(Type.Union([Type.Number({ minimum: 0 }), Type.Null()])),
          startDate: Type.Optional(Type.Union([DateText, Type.Null()])),
          endDate: Type.Optional(Type.Union([DateText, Type.Null()])),
          stage: Type.Optional(
            Type.Union(['not_started', 'in_progress', 'applied', 'done'].map((s) => Type.Literal(s))),
          ),
          schedule: Type.Optional(ScheduleBody),
        }),
      },
    },
    async (req) => {
      const b = req.body as Record<string, unknown>;
      const set = {
        ...(b.unitId !== undefined ? { unit_id: b.unitId as string | null } : {}),
        ...(b.plannedInvestment !== undefined
          ? { planned_investment: b.plannedInvestment as number | null }
          : {}),
        ...(b.completedInvestment !== undefined
          ? { completed_investment: b.completedInvestment as number | null }
          : {}),
        ...(b.startDate !== undefined ? { start_date: b.startDate as string | null } : {}),
        ...(b.endDate !== undefined ? { end_date: b.endDate as string | null } : {}),
        ...(b.stage !== undefined ? { stage: b.stage as string } : {}),
        ...(b.schedule !== undefined ? { schedule: b.schedule ? JSON.stringify(b.schedule) : null } : {}),
      };
      return write(k, actorOf(req), async ({ trx, record }) => {
        const { before, after } = await updateVersioned(
          trx,
          'projects',
          (req.params as { projectId: string }).projectId,
          expectedVersion(req),
          set,
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
    },
  );
}
