/**
 * Public participation (issue 16): the visitor posts, follows and rates; the plan office screens, assigns,
 * reviews and publishes; the unit answers. Thin handlers: access → schema → command → presenter.
 */
import type { FastifyRequest } from 'fastify';
import { Type, type TSchema } from 'typebox';
import type { Role } from '@gangmu/storage';
import {
  addHolidayCalendar,
  answerOpinion,
  assignOpinion,
  followOpinion,
  getOpinionDetail,
  linkOpinionTask,
  listHolidayCalendars,
  listOpinionQueue,
  listPublishedOpinions,
  opinionStatistics,
  postOpinion,
  publishOpinionAnswer,
  rateOpinion,
  reviewOpinionAnswer,
  screenOpinion,
  type CommandContext,
} from '@gangmu/commands';
import {
  AssignedOpinionJson,
  FollowedOpinionJson,
  HolidayCalendarJson,
  HolidayCalendarsJson,
  OpinionQueueJson,
  OpinionStatisticsJson,
  PostedOpinionJson,
  PublishedOpinionsJson,
  RatedOpinionJson,
  StaffOpinionJson,
} from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { ApiError } from '../../errors.ts';
import { presentAssigned, presentHolidayCalendar, presentStaffOpinion } from '../../presenters/opinions.ts';
import { expectedVersion } from '../../security.ts';
import { Id, strict } from '../../schemas.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { moderationRoutes } from './moderation-routes.ts';
import * as S from './schemas.ts';

const OFFICE = ['admin', 'supervisor'] as const;
const READERS = ['admin', 'supervisor', 'reporter', 'leader', 'auditor'] as const;
const tags = ['participation'];

/** The staff view of an opinion after a step, with what the caller may see. */
const staffView = async (ctx: CommandContext, id: string) =>
  presentStaffOpinion(await getOpinionDetail(ctx, id));

export function participationRoutes(app: App, { db, now }: RouteContext): void {
  visitorRoutes(app, { db, now });
  handlingRoutes(app, { db, now });
  publicDataRoutes(app, { db, now });
  moderationRoutes(app, { db, now });
}

function visitorRoutes(app: App, { db, now }: Pick<RouteContext, 'db' | 'now'>): void {
  app.post(
    '/api/opinions',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: 60_000 } },
      schema: {
        tags,
        summary:
          '提交意见 Post an opinion (plan, node, indicator or 专栏 project); returns the tracking code and private token',
        body: S.PostOpinionBody,
        response: { 201: PostedOpinionJson },
      },
    },
    async (req, reply) => {
      const { website, targetId, ...body } = req.body;
      if (website) throw new ApiError('VALIDATION_FAILED', 'the field "website" must be empty');
      const r = await postOpinion(commandContext(req, db, now), {
        ...body,
        targetId: targetId ?? null,
        address: req.ip,
      });
      return reply.status(201).send(r);
    },
  );
  app.get(
    '/api/opinions/track/:code',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          '意见进度 Follow an opinion by its tracking code (?token= from the private link allows rating)',
        params: S.CodeParams,
        querystring: strict({ token: Type.Optional(S.Token) }),
        response: { 200: FollowedOpinionJson },
      },
    },
    async (req) => followOpinion(commandContext(req, db, now), { code: req.params.code, ...req.query }),
  );
  app.post(
    '/api/opinions/track/:code/rating',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: '评价答复 Rate the answer (满意 / 基本满意 / 不满意); 不满意 reopens it once',
        params: S.CodeParams,
        body: S.RateBody,
        response: { 200: RatedOpinionJson },
      },
    },
    async (req) => rateOpinion(commandContext(req, db, now), { code: req.params.code, ...req.body }),
  );
}

function handlingRoutes(app: App, { db, now }: Pick<RouteContext, 'db' | 'now'>): void {
  app.get(
    '/api/opinion-queue',
    {
      config: { access: READERS },
      schema: {
        tags,
        summary: "意见办理 Opinions under handling (a reporter sees its unit's; contacts by role)",
        querystring: strict({ planId: Type.Optional(Id), state: Type.Optional(S.HandlingState) }),
        response: { 200: OpinionQueueJson },
      },
    },
    async (req) => {
      const { planId, state } = req.query;
      const rows = await listOpinionQueue(commandContext(req, db, now), {
        ...(planId ? { planId } : {}),
        ...(state ? { states: [state] } : {}),
      });
      return { opinions: rows.map(presentStaffOpinion) };
    },
  );
  app.get(
    '/api/opinion-queue/:opinionId',
    {
      config: { access: READERS },
      schema: {
        tags,
        summary: '意见详情 One opinion with its handling record',
        params: S.OpinionParams,
        response: { 200: StaffOpinionJson },
      },
    },
    async (req) => staffView(commandContext(req, db, now), req.params.opinionId),
  );
  /** A handling step's route options: the opinion's id, If-Match and the step's body; answered with the staff view. */
  const step = <B extends TSchema>(summary: string, access: readonly Role[], body: B) => ({
    config: { access },
    schema: { tags, summary, params: S.OpinionParams, body, response: { 200: StaffOpinionJson } },
  });
  /** Runs a step as the caller and answers with the opinion as the caller may see it. */
  const then = async (req: FastifyRequest, id: string, run: (ctx: CommandContext) => Promise<unknown>) => {
    const ctx = commandContext(req, db, now);
    await run(ctx);
    return staffView(ctx, id);
  };
  app.post(
    '/api/opinion-queue/:opinionId/screen',
    step(
      '受理审查 Accept, merge as duplicate, or decline with a public reason (If-Match)',
      OFFICE,
      S.ScreenBody,
    ),
    async (req) => {
      const options = { id: req.params.opinionId, expectedVersion: expectedVersion(req), ...req.body };
      return then(req, options.id, (ctx) => screenOpinion(ctx, options));
    },
  );
  app.post(
    '/api/opinion-queue/:opinionId/answer',
    step('起草答复 The unit saves or submits its answer (If-Match)', ['reporter'], S.AnswerBody),
    async (req) => {
      const options = { id: req.params.opinionId, expectedVersion: expectedVersion(req), ...req.body };
      return then(req, options.id, (ctx) => answerOpinion(ctx, options));
    },
  );
  app.post(
    '/api/opinion-queue/:opinionId/review',
    step('审核答复 Approve or return the answer (If-Match)', OFFICE, S.ReviewBody),
    async (req) => {
      const options = { id: req.params.opinionId, expectedVersion: expectedVersion(req), ...req.body };
      return then(req, options.id, (ctx) => reviewOpinionAnswer(ctx, options));
    },
  );
  app.post(
    '/api/opinion-queue/:opinionId/publish',
    step('公开答复 Publish the approved answer (If-Match)', OFFICE, strict({})),
    async (req) => {
      const options = { id: req.params.opinionId, expectedVersion: expectedVersion(req) };
      return then(req, options.id, (ctx) => publishOpinionAnswer(ctx, options));
    },
  );
  app.post(
    '/api/opinion-queue/:opinionId/link-task',
    step('纳入规划实施 Link the opinion to a task of the plan (If-Match)', OFFICE, S.LinkTaskBody),
    async (req) => {
      const options = { id: req.params.opinionId, expectedVersion: expectedVersion(req), ...req.body };
      return then(req, options.id, (ctx) => linkOpinionTask(ctx, options));
    },
  );
  app.post(
    '/api/opinion-queue/:opinionId/assign',
    {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: '交办 Assign to the answering unit; deadline by default 15 working days (If-Match)',
        params: S.OpinionParams,
        body: S.AssignBody,
        response: { 200: AssignedOpinionJson },
      },
    },
    async (req) => {
      const ctx = commandContext(req, db, now);
      const r = await assignOpinion(ctx, {
        id: req.params.opinionId,
        expectedVersion: expectedVersion(req),
        ...req.body,
      });
      return presentAssigned(r, await getOpinionDetail(ctx, req.params.opinionId));
    },
  );
}

function publicDataRoutes(app: App, { db, now }: Pick<RouteContext, 'db' | 'now'>): void {
  app.get(
    '/api/plans/:planId/opinion-statistics',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          '意见办理统计 Per plan and per unit: received, answered, on time, average working days, satisfaction',
        params: strict({ planId: Id }),
        response: { 200: OpinionStatisticsJson },
      },
    },
    async (req) => {
      const stats = await opinionStatistics(commandContext(req, db, now), { planId: req.params.planId });
      return { plan: stats.plan, units: [...stats.units] };
    },
  );
  app.get(
    '/api/plans/:planId/answered-opinions',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '已答复意见 Published opinions and their answers (?targetType=indicator&targetId=…)',
        params: strict({ planId: Id }),
        querystring: strict({ targetType: Type.Optional(S.TargetType), targetId: Type.Optional(Id) }),
        response: { 200: PublishedOpinionsJson },
      },
    },
    async (req) => ({
      opinions: [
        ...(await listPublishedOpinions(commandContext(req, db, now), {
          planId: req.params.planId,
          ...req.query,
        })),
      ],
    }),
  );
  app.get(
    '/api/holiday-calendars',
    {
      config: { access: READERS },
      schema: {
        tags,
        summary: '节假日安排 Holiday calendars in force (shipped and added)',
        response: { 200: HolidayCalendarsJson },
      },
    },
    async (req) => ({
      calendars: (await listHolidayCalendars(commandContext(req, db, now))).map(presentHolidayCalendar),
    }),
  );
  app.put(
    '/api/holiday-calendars/:year',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: '添加年度节假日安排 Add or replace a year (If-Match to replace an added one)',
        params: strict({ year: Type.String({ pattern: '^20\\d\\d$' }) }),
        body: S.CalendarBody,
        response: { 200: HolidayCalendarJson },
      },
    },
    async (req) => {
      const version = req.headers['if-match'] === undefined ? undefined : expectedVersion(req);
      const view = await addHolidayCalendar(commandContext(req, db, now), {
        year: Number(req.params.year),
        ...req.body,
        ...(version !== undefined ? { expectedVersion: version } : {}),
      });
      return presentHolidayCalendar(view);
    },
  );
}
