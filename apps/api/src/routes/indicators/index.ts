/**
 * Indicators and their values. A reporter reads and writes the values of its own unit's indicators only; the
 * public sees indicators of published plans, not who entered what. Evaluation and the bulletin preview beside.
 */
import {
  correctValue,
  listUnitIndicators,
  listValues,
  readIndicator,
  recordValue,
  updateIndicator,
} from '@gangmu/commands';
import { IndicatorJson, ObservationJson, ObservationListJson, UnitIndicatorListJson } from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { readerContext } from '../plan-access.ts';
import { presentObservation, presentObservations } from '../../presenters/indicators.ts';
import { ALL_ROLES, expectedVersion } from '../../security.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { bulletinRoutes } from './bulletin.ts';
import { evaluationRoutes } from './evaluation.ts';
import {
  IndicatorChange,
  IndicatorParams,
  ObservationBody,
  ObservationParams,
  UnitParams,
} from './schemas.ts';

export function indicatorRoutes(app: App, ctx: RouteContext): void {
  const { db, now } = ctx;
  app.get(
    '/api/indicators/:indicatorId',
    {
      config: { access: 'public' },
      schema: {
        tags: ['indicators'],
        summary: '指标 An indicator',
        params: IndicatorParams,
        response: { 200: IndicatorJson },
      },
    },
    async (req) => readIndicator(readerContext(req, db, now), req.params),
  );
  app.patch(
    '/api/indicators/:indicatorId',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['indicators'],
        summary: '修改指标与目标 Fix an indicator and its target (If-Match)',
        params: IndicatorParams,
        body: IndicatorChange,
        response: { 200: IndicatorJson },
      },
    },
    async (req) => {
      const options = { ...req.params, ...req.body, expectedVersion: expectedVersion(req) };
      return updateIndicator(commandContext(req, db, now), options);
    },
  );
  app.get(
    '/api/indicators/:indicatorId/observations',
    {
      config: { access: ALL_ROLES },
      schema: {
        tags: ['indicators'],
        summary: '填报记录 Values with who entered them and when',
        params: IndicatorParams,
        response: { 200: ObservationListJson },
      },
    },
    async (req) => presentObservations(await listValues(commandContext(req, db, now), req.params)),
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
        response: { 201: ObservationJson },
      },
    },
    async (req, reply) => {
      const row = await recordValue(commandContext(req, db, now), { ...req.params, ...req.body });
      return reply.status(201).send(presentObservation(row));
    },
  );
  app.put(
    '/api/observations/:observationId',
    {
      config: { access: ['admin', 'reporter'] },
      schema: {
        tags: ['indicators'],
        summary: '修改数值 Correct a value (If-Match)',
        params: ObservationParams,
        body: ObservationBody,
        response: { 200: ObservationJson },
      },
    },
    async (req) => {
      const options = { ...req.params, ...req.body, expectedVersion: expectedVersion(req) };
      return presentObservation(await correctValue(commandContext(req, db, now), options));
    },
  );
  app.get(
    '/api/units/:unitId/indicators',
    {
      config: { access: ['admin', 'reporter', 'supervisor', 'leader'] },
      schema: {
        tags: ['indicators'],
        summary: "本单位指标 A unit's indicators",
        params: UnitParams,
        response: { 200: UnitIndicatorListJson },
      },
    },
    async (req) => ({ indicators: await listUnitIndicators(commandContext(req, db, now), req.params) }),
  );
  evaluationRoutes(app, ctx);
  bulletinRoutes(app, ctx);
}
