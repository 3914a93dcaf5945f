/**
 * Open data for published plans: every indicator with its target, its latest value and its status, as JSON, CSV
 * and XLSX; the published opinions and their answers, as JSON and CSV; and the yearly values behind the public
 * charts. Only published content, never who entered what.
 */
import { openDataOpinions, openDataTable, readIndicatorValues } from '@gangmu/commands';
import { IndicatorValuesJson, OpenDataJson, OpenDataOpinionsJson } from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { presentIndicatorValues } from '../../presenters/indicators.ts';
import {
  openDataCsv,
  openDataJson,
  openDataOpinionsCsv,
  openDataOpinionsJson,
  openDataXlsx,
} from '../../presenters/open-data.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { IndicatorParams, OpenDataQuery, PlanParams, requestedYear } from './schemas.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) => `attachment; filename="${name}"`;

export function openDataRoutes(app: App, { db, now }: RouteContext): void {
  const schema = { tags: ['open data'], params: PlanParams, querystring: OpenDataQuery };
  app.get(
    '/api/plans/:planId/open-data.json',
    {
      config: { access: 'public' },
      schema: { ...schema, summary: '开放数据 JSON', response: { 200: OpenDataJson } },
    },
    async (req) =>
      openDataJson(
        await openDataTable(commandContext(req, db, now), { ...req.params, ...requestedYear(req.query) }),
      ),
  );
  app.get(
    '/api/plans/:planId/open-data.csv',
    { config: { access: 'public' }, schema: { ...schema, summary: '开放数据 CSV' } },
    async (req, reply) => {
      const options = { ...req.params, ...requestedYear(req.query) };
      const csv = openDataCsv(await openDataTable(commandContext(req, db, now), options));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachment('indicators.csv'))
        .send(csv);
    },
  );
  app.get(
    '/api/plans/:planId/open-data.xlsx',
    { config: { access: 'public' }, schema: { ...schema, summary: '开放数据 XLSX' } },
    async (req, reply) => {
      const options = { ...req.params, ...requestedYear(req.query) };
      const xlsx = await openDataXlsx(await openDataTable(commandContext(req, db, now), options));
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment('indicators.xlsx'))
        .send(xlsx);
    },
  );
  app.get(
    '/api/plans/:planId/open-data/opinions.json',
    {
      config: { access: 'public' },
      schema: {
        tags: ['open data'],
        summary: '开放数据：已答复的公众意见 JSON (nothing personal)',
        params: PlanParams,
        response: { 200: OpenDataOpinionsJson },
      },
    },
    async (req) => openDataOpinionsJson(await openDataOpinions(commandContext(req, db, now), req.params)),
  );
  app.get(
    '/api/plans/:planId/open-data/opinions.csv',
    {
      config: { access: 'public' },
      schema: { tags: ['open data'], summary: '开放数据：已答复的公众意见 CSV', params: PlanParams },
    },
    async (req, reply) => {
      const csv = openDataOpinionsCsv(await openDataOpinions(commandContext(req, db, now), req.params));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachment('opinions.csv'))
        .send(csv);
    },
  );
  app.get(
    '/api/indicators/:indicatorId/values',
    {
      config: { access: 'public' },
      schema: {
        tags: ['open data'],
        summary: '指标历年数值 Yearly values of a published indicator',
        params: IndicatorParams,
        response: { 200: IndicatorValuesJson },
      },
    },
    async (req) =>
      presentIndicatorValues(await readIndicatorValues(commandContext(req, db, now), req.params)),
  );
}
