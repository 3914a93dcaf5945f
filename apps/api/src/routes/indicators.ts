/**
 * Indicators, their values and their evaluation. A reporter reads and writes the values of its own unit's
 * indicators only; the public sees indicators of published plans and their evaluation, not who entered what.
 */
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { evaluationYear, shanghaiDate, type PeriodYears } from '@gangmu/domain';
import {
  getIndicatorRow,
  getObservation,
  getPlan,
  listObservations,
  listUnitIndicators,
  planYearlyObservations,
  recordObservation,
  updateIndicator,
  updateObservation,
  indicatorView,
  type IndicatorsTable,
} from '@gangmu/storage';
import { ApiError } from '../errors.ts';
import { actorOf, expectedVersion } from '../security.ts';
import { Id, LIMITS, SafeText, strict, YearQuery } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';
import { isStaff, visiblePlan } from './plan-access.ts';
import { evaluateOne, evaluatePlanView } from '../evaluation-service.ts';

const IndicatorParams = strict({ indicatorId: Id });
const ObservationBody = strict({
  year: Type.Integer({ minimum: 1949, maximum: 2100 }),
  period: Type.Optional(Type.String({ pattern: '^(Y|Q[1-4]|M(0[1-9]|1[0-2]))$' })),
  value: Type.Optional(Type.Number()),
  pct: Type.Optional(Type.Number()),
  unit: Type.Optional(SafeText(20)),
  note: Type.Optional(SafeText(LIMITS.opinionChars)),
});

/** Reporters act only on their own unit's indicators. */
function assertUnit(req: FastifyRequest, ind: IndicatorsTable): void {
  if (req.user?.role === 'reporter' && (ind.unit_id === null || ind.unit_id !== req.user.unitId)) {
    throw new ApiError('FORBIDDEN', 'this indicator belongs to another unit');
  }
}

/** The evaluation year of a request: ?year, else the domain's default for the plan's period. */
const yearOf = (query: { year?: string }, period: PeriodYears, now: Date): number =>
  evaluationYear({
    requested: query.year ? Number(query.year) : null,
    today: shanghaiDate(now.getTime()),
    period,
  });

export function indicatorRoutes(app: App, { db, now, cache, heads }: RouteContext): void {
  app.get(
    '/api/indicators/:indicatorId',
    {
      config: { access: 'public' },
      schema: { tags: ['indicators'], summary: '指标 An indicator', params: IndicatorParams },
    },
    async (req) => {
      const row = await getIndicatorRow(db.kysely, (req.params as { indicatorId: string }).indicatorId);
      if (isStaff(req)) return indicatorView(row);
      const plan = await visiblePlan(db, req, row.plan_id);
      const published = plan.indicators.find((i) => i.id === row.id);
      if (!published) throw new ApiError('NOT_FOUND');
      return published;
    },
  );

  app.patch(
    '/api/indicators/:indicatorId',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['indicators'],
        summary: '修改指标与目标 Fix an indicator and its target (If-Match)',
        params: IndicatorParams,
        body: strict({
          name: Type.Optional(SafeText(LIMITS.titleChars, 1)),
          category: Type.Optional(Type.Union([SafeText(50), Type.Null()])),
          unit: Type.Optional(Type.Union([SafeText(20), Type.Null()])),
          targetText: Type.Optional(Type.Union([SafeText(100), Type.Null()])),
          unitId: Type.Optional(Type.Union([Id, Type.Null()])),
          definition: Type.Optional(Type.Record(Type.String(), Type.Any())),
        }),
      },
    },
    async (req) =>
      updateIndicator(
        db.kysely,
        actorOf(req),
        (req.params as { indicatorId: string }).indicatorId,
        expectedVersion(req),
        req.body as never,
      ),
  );

  app.get(
    '/api/indicators/:indicatorId/observations',
    {
      config: { access: ['admin', 'reporter', 'supervisor', 'leader', 'auditor'] },
      schema: {
        tags: ['indicators'],
        summary: '填报记录 Values with who entered them and when',
        params: IndicatorParams,
      },
    },
    async (req) => {
      const ind = await getIndicatorRow(db.kysely, (req.params as { indicatorId: string }).indicatorId);
      assertUnit(req, ind);
      return { observations: await listObservations(db.kysely, ind.id) };
    },
  );

  app.post(
    '/api/indicators/:indicatorId/observations',
    {
      config: { access: ['admin', 'reporter'] },
      schema: {
        tags: ['indicators'],
        summary: '填报数值 Record a value ({year, value} or {year, pct})',
        params: IndicatorParams,
        body: ObservationBody,
      },
    },
    async (req, reply) => {
      const ind = await getIndicatorRow(db.kysely, (req.params as { indicatorId: string }).indicatorId);
      assertUnit(req, ind);
      return reply
        .status(201)
        .send(await recordObservation(db.kysely, actorOf(req), ind.id, req.body as never, now()));
    },
  );

  app.put(
    '/api/observations/:observationId',
    {
      config: { access: ['admin', 'reporter'] },
      schema: {
        tags: ['indicators'],
        summary: '修改数值 Correct a value (If-Match)',
        params: strict({ observationId: Id }),
        body: ObservationBody,
      },
    },
    async (req) => {
      const obs = await getObservation(db.kysely, (req.params as { observationId: string }).observationId);
      if (!obs) throw new ApiError('NOT_FOUND');
      assertUnit(req, await getIndicatorRow(db.kysely, obs.indicator_id));
      return updateObservation(
        db.kysely,
        actorOf(req),
        obs.id,
        expectedVersion(req),
        req.body as never,
        now(),
      );
    },
  );

  app.get(
    '/api/units/:unitId/indicators',
    {
      config: { access: ['admin', 'reporter', 'supervisor', 'leader'] },
      schema: {
        tags: ['indicators'],
        summary: "本单位指标 A unit's indicators",
        params: strict({ unitId: Id }),
      },
    },
    async (req) => {
      const { unitId } = req.params as { unitId: string };
      if (req.user!.role === 'reporter' && req.user!.unitId !== unitId)
        throw new ApiError('FORBIDDEN', 'a reporter sees only its own unit');
      return {
        indicators: (await listUnitIndicators(db.kysely, unitId)).map((r) => ({
          ...indicatorView(r),
          planTitle: r.plan_title,
        })),
      };
    },
  );

  app.get(
    '/api/plans/:planId/evaluation',
    {
      config: { access: 'public' },
      schema: {
        tags: ['evaluation'],
        summary: '规划评估 Every indicator evaluated as of ?year, with the summary sentence',
        params: strict({ planId: Id }),
        querystring: strict({ year: Type.Optional(YearQuery) }),
      },
    },
    async (req, reply) => {
      const { planId } = req.params as { planId: string };
      const row = await heads.get(planId);
      const staff = isStaff(req);
      if (!staff && row.published_version === 0) throw new ApiError('NOT_FOUND');
      const year = yearOf(req.query, { start: row.period_start, end: row.period_end }, now());
      const key = `eval:${planId}:${row.data_stamp}:${year}:${staff ? 'staff' : 'public'}`;
      let body = cache.get(key);
      if (!body) {
        const plan = await visiblePlan(db, req, planId);
        body = JSON.stringify(evaluatePlanView(plan, await planYearlyObservations(db.kysely, planId), year));
        cache.set(key, body);
      }
      return reply.header('content-type', 'application/json; charset=utf-8').send(body);
    },
  );

  app.get(
    '/api/indicators/:indicatorId/evaluation',
    {
      config: { access: 'public' },
      schema: {
        tags: ['evaluation'],
        summary: '指标评估 One indicator evaluated as of ?year',
        params: IndicatorParams,
        querystring: strict({ year: Type.Optional(YearQuery) }),
      },
    },
    async (req) => {
      const row = await getIndicatorRow(db.kysely, (req.params as { indicatorId: string }).indicatorId);
      const plan = isStaff(req)
        ? await getPlan(db.kysely, row.plan_id)
        : await visiblePlan(db, req, row.plan_id);
      const ind = plan.indicators.find((i) => i.id === row.id);
      if (!ind) throw new ApiError('NOT_FOUND');
      const year = yearOf(req.query, plan.period, now());
      const observations = (await planYearlyObservations(db.kysely, row.plan_id)).get(row.id) ?? [];
      return { asOfYear: year, ...evaluateOne(ind, observations, year) };
    },
  );
}
