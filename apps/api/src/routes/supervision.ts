/**
 * Supervision (督查督办): tasks and their assignment (also by Excel), projects, progress reports with
 * evidence and review, warnings and urges, the in-app inbox, webhooks and the dead-letter list.
 */
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  addEvidence,
  bulkAssign,
  createWebhook,
  enqueueNotices,
  generateTasks,
  getEvidence,
  getIndicatorRow,
  getPlan,
  getReport,
  getTask,
  getWarning,
  inbox,
  listEvidence,
  listOutbox,
  listReports,
  listTasks,
  listUnits,
  listWarnings,
  listWebhooks,
  markRead,
  reportHistory,
  reviewReport,
  StorageError,
  submitReport,
  taskInvolvesUnit,
  taskView,
  updateTask,
  updateVersioned,
  updateWarning,
  write,
  type ReportsTable,
} from '@gangmu/storage';
import { ApiError } from '../errors.ts';
import { actorOf, expectedVersion, STAFF } from '../security.ts';
import { Id, LIMITS, SafeText, strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';
import { buildTemplate, parseUpload } from '../supervision/excel.ts';
import {
  checkEvidence,
  EVIDENCE_TYPES,
  readEvidence,
  sanitizeFileName,
  storeEvidence,
} from '../supervision/evidence-files.ts';

const DateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const ScheduleBody = Type.Union([
  strict({
    frequency: Type.Union(['monthly', 'quarterly', 'half-yearly', 'yearly'].map((f) => Type.Literal(f))),
    dueDay: Type.Integer({ minimum: 1, maximum: 28 }),
  }),
  Type.Null(),
]);
const isReporter = (req: FastifyRequest) => req.user?.role === 'reporter';

/** The unit a report's subject belongs to, and whether the requesting reporter may act on it. */
async function subjectOf(
  ctx: RouteContext,
  req: FastifyRequest,
  type: ReportsTable['subject_type'],
  id: string,
): Promise<{ planId: string; unitId: string | null }> {
  const k = ctx.db.kysely;
  let planId: string;
  let allowed: boolean;
  let unitId: string | null;
  if (type === 'task') {
    const t = await getTask(k, id);
    planId = t.plan_id;
    unitId = t.lead_unit_id;
    allowed = taskInvolvesUnit(t, req.user?.unitId ?? null);
  } else if (type === 'project') {
    const p = await k
      .selectFrom('projects')
      .select(['plan_id', 'unit_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!p) throw new StorageError('NOT_FOUND', `project ${id} not found`);
    [planId, unitId] = [p.plan_id, p.unit_id];
    allowed = unitId !== null && unitId === req.user?.unitId;
  } else {
    const ind = await getIndicatorRow(k, id);
    [planId, unitId] = [ind.plan_id, ind.unit_id];
    allowed = unitId !== null && unitId === req.user?.unitId;
  }
  if (isReporter(req) && !allowed) throw new ApiError('FORBIDDEN', 'this belongs to another unit');
  return { planId, unitId };
}

export function supervisionRoutes(app: App, ctx: RouteContext): void {
  const { now } = ctx;
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
      if (isReporter(req) && req.user!.unitId !== unitId)
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
      if (isReporter(req) && !taskInvolvesUnit(t, req.user!.unitId))
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
      config: { access: ['admin'] },
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
      config: { access: ['admin'] },
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

  app.post(
    '/api/reports',
    {
      config: { access: ['admin', 'reporter'] },
      schema: {
        tags: ['reports'],
        summary: '报送进展 Submit (or resubmit a returned) progress report',
        body: strict({
          subjectType: Type.Union([Type.Literal('task'), Type.Literal('project'), Type.Literal('indicator')]),
          subjectId: Id,
          period: Type.String({ pattern: '^\\d{4}(-(Q[1-4]|H[12]|M(0[1-9]|1[0-2])))?$' }),
          percent: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()])),
          doneText: SafeText(LIMITS.textChars, 2),
          problems: Type.Optional(Type.Union([SafeText(LIMITS.textChars), Type.Null()])),
          nextSteps: Type.Optional(Type.Union([SafeText(LIMITS.textChars), Type.Null()])),
        }),
      },
    },
    async (req, reply) => {
      const b = req.body as {
        subjectType: ReportsTable['subject_type'];
        subjectId: string;
        period: string;
        percent?: number | null;
        doneText: string;
        problems?: string | null;
        nextSteps?: string | null;
      };
      const { planId, unitId } = await subjectOf(ctx, req, b.subjectType, b.subjectId);
      return reply.status(201).send(
        await submitReport(k, actorOf(req), {
          ...b,
          planId,
          unitId: isReporter(req) ? req.user!.unitId : unitId,
        }),
      );
    },
  );
  app.get(
    '/api/reports',
    {
      config: { access: ['admin', 'reporter', 'supervisor', 'leader', 'auditor'] },
      schema: {
        tags: ['reports'],
        summary: '报告（审核队列）Reports; ?status=submitted is the review queue',
        querystring: strict({
          status: Type.Optional(
            Type.Union([Type.Literal('submitted'), Type.Literal('returned'), Type.Literal('approved')]),
          ),
        }),
      },
    },
    async (req) => {
      const { status } = req.query as { status?: ReportsTable['status'] };
      return {
        reports: await listReports(k, {
          ...(status ? { status } : {}),
          ...(isReporter(req) ? { unitId: req.user!.unitId ?? '-' } : {}),
        }),
      };
    },
  );
  app.get(
    '/api/reports/:reportId',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['reports'],
        summary: '报告及其历史 A report, its history and evidence',
        params: strict({ reportId: Id }),
      },
    },
    async (req) => {
      const r = await getReport(k, (req.params as { reportId: string }).reportId);
      if (!r) throw new ApiError('NOT_FOUND');
      if (isReporter(req) && r.unit_id !== req.user!.unitId)
        throw new ApiError('FORBIDDEN', 'this report belongs to another unit');
      return { report: r, history: await reportHistory(k, r.id), evidence: await listEvidence(k, r.id) };
    },
  );
  app.post(
    '/api/reports/:reportId/review',
    {
      config: { access: ['admin', 'supervisor'] },
      schema: {
        tags: ['reports'],
        summary: '审核 Approve or return with a comment (If-Match)',
        params: strict({ reportId: Id }),
        body: strict({
          status: Type.Union([Type.Literal('approved'), Type.Literal('returned')]),
          comment: Type.Optional(SafeText(LIMITS.opinionChars)),
        }),
      },
    },
    async (req) =>
      reviewReport(
        k,
        actorOf(req),
        (req.params as { reportId: string }).reportId,
        expectedVersion(req),
        req.body as { status: 'approved' | 'returned'; comment?: string },
      ),
  );
  app.post(
    '/api/reports/:reportId/evidence',
    {
      config: { access: ['admin', 'reporter'] },
      schema: {
        tags: ['reports'],
        summary: '上传佐证材料 Upload evidence (PDF, PNG, JPEG, Word, Excel ≤ 20 MB); ?name=file name',
        params: strict({ reportId: Id }),
        querystring: strict({ name: Type.Optional(Type.String({ maxLength: 200 })) }),
      },
    },
    async (req, reply) => {
      const r = await getReport(k, (req.params as { reportId: string }).reportId);
      if (!r) throw new ApiError('NOT_FOUND');
      if (isReporter(req) && r.unit_id !== req.user!.unitId)
        throw new ApiError('FORBIDDEN', 'this report belongs to another unit');
      const type = String(req.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim();
      if (!Buffer.isBuffer(req.body))
        throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'send the file itself as the body');
      const problem = checkEvidence(req.body, type);
      if (problem) throw new ApiError('INVALID', problem);
      const stored = await storeEvidence(ctx.evidenceDir, req.body);
      const name = sanitizeFileName(
        (req.query as { name?: string }).name ?? 'evidence',
        EVIDENCE_TYPES[type]!.ext,
      );
      return reply.status(201).send(
        await addEvidence(k, actorOf(req), {
          report_id: r.id,
          file_name: name,
          stored_name: stored.storedName,
          content_type: type,
          size: req.body.length,
          sha256: stored.sha256,
        }),
      );
    },
  );
  app.get(
    '/api/evidence/:evidenceId',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['reports'],
        summary: '下载佐证材料 Download evidence',
        params: strict({ evidenceId: Id }),
      },
    },
    async (req, reply) => {
      const e = await getEvidence(k, (req.params as { evidenceId: string }).evidenceId);
      if (!e) throw new ApiError('NOT_FOUND');
      const r = await getReport(k, e.report_id);
      if (isReporter(req) && r?.unit_id !== req.user!.unitId)
        throw new ApiError('FORBIDDEN', 'this evidence belongs to another unit');
      return reply
        .header('content-type', e.content_type)
        .header(
          'content-disposition',
          `attachment; filename="evidence.${EVIDENCE_TYPES[e.content_type]?.ext ?? 'bin'}"; filename*=UTF-8''${encodeURIComponent(e.file_name)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(await readEvidence(ctx.evidenceDir, e.stored_name));
    },
  );

  app.get(
    '/api/warnings',
    {
      config: { access: ['admin', 'reporter', 'supervisor', 'leader', 'auditor'] },
      schema: {
        tags: ['warnings'],
        summary: "预警 Warnings (a reporter sees its unit's)",
        querystring: strict({
          status: Type.Optional(Type.String({ pattern: '^(open|acknowledged|assigned|resolved)$' })),
          level: Type.Optional(Type.String({ pattern: '^(red|yellow)$' })),
          planId: Type.Optional(Id),
        }),
      },
    },
    async (req) => {
      const q = req.query as { status?: string; level?: string; planId?: string };
      return {
        warnings: await listWarnings(k, {
          ...q,
          ...(isReporter(req) ? { unitId: req.user!.unitId ?? '-' } : {}),
        }),
      };
    },
  );
  app.patch(
    '/api/warnings/:warningId',
    {
      config: { access: ['admin', 'supervisor'] },
      schema: {
        tags: ['warnings'],
        summary: '处理预警 Acknowledge, assign or resolve (If-Match)',
        params: strict({ warningId: Id }),
        body: strict({
          status: Type.Union(['acknowledged', 'assigned', 'resolved', 'open'].map((s) => Type.Literal(s))),
          assignedTo: Type.Optional(Type.Union([Id, Type.Null()])),
        }),
      },
    },
    async (req) =>
      updateWarning(
        k,
        actorOf(req),
        (req.params as { warningId: string }).warningId,
        expectedVersion(req),
        req.body as never,
      ),
  );
  app.post(
    '/api/warnings/:warningId/urge',
    {
      config: { access: ['admin', 'supervisor'] },
      schema: {
        tags: ['warnings'],
        summary: '催办 Urge the responsible unit; escalated to its leaders if still open after the set days',
        params: strict({ warningId: Id }),
        body: strict({ message: Type.Optional(SafeText(LIMITS.opinionChars)) }),
      },
    },
    async (req, reply) => {
      const w = await getWarning(k, (req.params as { warningId: string }).warningId);
      if (!w) throw new ApiError('NOT_FOUND');
      if (!w.unit_id) throw new ApiError('INVALID', 'this warning has no responsible unit to urge');
      const message = (req.body as { message?: string }).message ?? '';
      const reporters = await k
        .selectFrom('users')
        .select(['id', 'email'])
        .where('role', '=', 'reporter')
        .where('unit_id', '=', w.unit_id)
        .execute();
      const at = now().toISOString();
      const subject = `【催办】${w.reason.slice(0, 60)}`;
      const body = `${message ? `${message}\n` : ''}${w.reason}\n${w.reason_en}`;
      const notices = reporters.flatMap((u) => [
        {
          key: `urge:${w.id}:${at}:inbox:${u.id}`,
          channel: 'inbox' as const,
          recipient: u.id,
          event: 'warning.urge',
          subject,
          body,
          data: { warningId: w.id },
        },
        ...(u.email
          ? [
              {
                key: `urge:${w.id}:${at}:email:${u.email}`,
                channel: 'email' as const,
                recipient: u.email,
                event: 'warning.urge',
                subject,
                body,
                data: { warningId: w.id },
              },
            ]
          : []),
      ]);
      const queued = await enqueueNotices(k, notices, now());
      await write(k, actorOf(req), async ({ record }) =>
        record({
          action: 'warning.urge',
          entity: 'warning',
          entityId: w.id,
          planId: w.plan_id,
          before: null,
          after: { message, recipients: reporters.length },
        }),
      );
      return reply.status(202).send({ queued });
    },
  );

  app.get(
    '/api/inbox',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['notifications'], summary: '站内消息 My inbox' },
    },
    async (req) => ({ messages: await inbox(k, req.user!.id) }),
  );
  app.post(
    '/api/inbox/:messageId/read',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['notifications'], summary: '标为已读 Mark read', params: strict({ messageId: Id }) },
    },
    async (req, reply) => {
      if (!(await markRead(k, req.user!.id, (req.params as { messageId: string }).messageId)))
        throw new ApiError('NOT_FOUND');
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/webhooks',
    { config: { access: ['admin'] }, schema: { tags: ['notifications'], summary: 'Webhooks' } },
    async () => ({
      webhooks: (await listWebhooks(k)).map((h) => ({
        id: h.id,
        url: h.url,
        preset: h.preset,
        createdAt: h.created_at,
      })),
    }),
  );
  app.post(
    '/api/webhooks',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['notifications'],
        summary: '新建 Webhook（企业微信、钉钉机器人或 JSON）; the secret is shown once',
        body: strict({
          url: Type.String({ pattern: '^https?://', maxLength: 500 }),
          preset: Type.Union([Type.Literal('json'), Type.Literal('wecom'), Type.Literal('dingtalk')]),
          secret: Type.Optional(Type.String({ minLength: 16, maxLength: 200 })),
        }),
      },
    },
    async (req, reply) => {
      const h = await createWebhook(k, actorOf(req), req.body as never);
      return reply.status(201).send({ id: h.id, url: h.url, preset: h.preset, secret: h.secret });
    },
  );
  app.get(
    '/api/outbox',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['notifications'],
        summary: '发送队列与死信 Outgoing notices; ?status=dead is the dead-letter list',
        querystring: strict({
          status: Type.Optional(
            Type.Union(['pending', 'sending', 'sent', 'dead'].map((s) => Type.Literal(s))),
          ),
        }),
      },
    },
    async (req) => ({
      notices: await listOutbox(k, req.query as never),
    }),
  );
  app.post(
    '/api/scheduler/run',
    {
      config: { access: ['admin'] },
      schema: { tags: ['notifications'], summary: '立即运行调度 Run the warning sweep and deliveries now' },
    },
    async () => ctx.scheduler.tick(),
  );
}
