/** Evaluation of a plan's indicators as of a year (docs/evaluation.md): the plan's, cached by data stamp, and one indicator's. */
import type { Static } from 'typebox';
import { evaluatePlanIndicator } from '@gangmu/commands';
import { IndicatorEvaluationAsOfJson, PlanEvaluationJson } from '@gangmu/contract';
import { readerContext } from '../plan-access.ts';
import { planEvaluationJson } from '../../evaluation-service.ts';
import { presentIndicatorEvaluation } from '../../presenters/indicators.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { EvaluationQuery, IndicatorParams, PlanParams, requestedYear } from './schemas.ts';

export function evaluationRoutes(app: App, { db, now, cache, heads }: RouteContext): void {
  // The reply is the PlanEvaluationJson already serialised (and cached so): sent as it is.
  app.get<{ Params: Static<typeof PlanParams>; Querystring: Static<typeof EvaluationQuery>; Reply: string }>(
    '/api/plans/:planId/evaluation',
    {
      config: { access: 'public' },
      schema: {
        tags: ['evaluation'],
        summary: '规划评估 Every indicator evaluated as of ?year, with the summary sentence',
        params: PlanParams,
        querystring: EvaluationQuery,
        response: { 200: PlanEvaluationJson },
      },
    },
    async (req, reply) => {
      const options = { ...req.params, ...requestedYear(req.query) };
      const body = await planEvaluationJson(readerContext(req, db, now), { cache, heads }, options);
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
        querystring: EvaluationQuery,
        response: { 200: IndicatorEvaluationAsOfJson },
      },
    },
    async (req) => {
      const options = { ...req.params, ...requestedYear(req.query) };
      return presentIndicatorEvaluation(await evaluatePlanIndicator(readerContext(req, db, now), options));
    },
  );
}
