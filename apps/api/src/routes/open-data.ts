/**
 * Open data for published plans: every indicator with its target, its latest value and its status, as
 * JSON, CSV (UTF-8 with BOM, so Excel opens Chinese correctly) and XLSX; and the yearly values behind the
 * public charts. Only published content, never who entered what.
 */
import ExcelJS from 'exceljs';
import { Type } from 'typebox';
import { evaluationYear, shanghaiDate } from '@gangmu/domain';
import {
  getIndicatorRow,
  getPlanRow,
  getPublishedVersion,
  planYearlyObservations,
  type PlanView,
} from '@gangmu/storage';
import { spreadsheetCell, spreadsheetText } from '@gangmu/domain';
import { ApiError } from '../errors.ts';
import { Id, strict, YearQuery } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';
import { evaluatePlanView } from '../evaluation-service.ts';

const COLUMNS = [
  '序号',
  '类别',
  '指标',
  '单位',
  '属性',
  '目标',
  '最新年份',
  '最新值',
  '评估状态',
  '说明',
] as const;

type OpenRow = {
  no: number;
  category: string;
  name: string;
  unit: string;
  attribute: string;
  target: string;
  latestYear: number | null;
  latestValue: number | null;
  status: string;
  reason: string;
};
/** One indicator as a row of the COLUMNS, for CSV and XLSX alike; no text can start a formula. */
const rowCells = (r: OpenRow) =>
  [
    r.no,
    r.category,
    r.name,
    r.unit,
    r.attribute,
    r.target,
    r.latestYear,
    r.latestValue,
    r.status,
    r.reason,
  ].map(spreadsheetCell);

async function publishedPlan(ctx: RouteContext, planId: string): Promise<PlanView> {
  const row = await getPlanRow(ctx.db.kysely, planId);
  if (row.published_version === 0) throw new ApiError('NOT_FOUND');
  return getPublishedVersion(ctx.db.kysely, planId);
}

export function openDataRoutes(app: App, ctx: RouteContext): void {
  const rows = async (planId: string, requested: string | undefined) => {
    const plan = await publishedPlan(ctx, planId);
    const year = evaluationYear({
      requested: requested ? Number(requested) : null,
      today: shanghaiDate(ctx.now().getTime()),
      period: plan.period,
    });
    const observations = await planYearlyObservations(ctx.db.kysely, planId);
    const evaluation = evaluatePlanView(plan, observations, year);
    return {
      plan,
      rows: plan.indicators.map((ind, i) => {
        const values = observations.get(ind.id) ?? [];
        const last = values[values.length - 1];
        const e = evaluation.indicators[i]!;
        return {
          no: i + 1,
          category: ind.category ?? '',
          name: ind.name,
          unit: ind.unit ?? '',
          attribute: ind.attribute === 'binding' ? '约束性' : '预期性',
          target: ind.target ?? '',
          latestYear: last?.year ?? null,
          latestValue: last ? (last.pct ?? last.value ?? null) : null,
          status: e.status,
          reason: e.reason,
        };
      }),
    };
  };
  const schema = { params: strict({ planId: Id }), querystring: strict({ year: Type.Optional(YearQuery) }) };

  app.get(
    '/api/plans/:planId/open-data.json',
    { config: { access: 'public' }, schema: { tags: ['open data'], summary: '开放数据 JSON', ...schema } },
    async (req) => {
      const { plan, rows: data } = await rows(req.params.planId, req.query.year);
      return {
        plan: { id: plan.id, title: plan.title, issuer: plan.issuer, period: plan.period },
        indicators: data,
      };
    },
  );
  app.get(
    '/api/plans/:planId/open-data.csv',
    { config: { access: 'public' }, schema: { tags: ['open data'], summary: '开放数据 CSV', ...schema } },
    async (req, reply) => {
      const { rows: data } = await rows(req.params.planId, req.query.year);
      const cell = (v: unknown) => {
        const s = v === null || v === undefined ? '' : String(v);
        return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
      };
      const lines = [COLUMNS.join(','), ...data.map((r) => rowCells(r).map(cell).join(','))];
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="indicators.csv"')
        .send(`\ufeff${lines.join('\r\n')}\r\n`);
    },
  );
  app.get(
    '/api/plans/:planId/open-data.xlsx',
    { config: { access: 'public' }, schema: { tags: ['open data'], summary: '开放数据 XLSX', ...schema } },
    async (req, reply) => {
      const { plan, rows: data } = await rows(req.params.planId, req.query.year);
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('主要指标');
      sheet.addRow([spreadsheetText(plan.title)]);
      sheet.addRow([...COLUMNS]);
      for (const r of data) sheet.addRow(rowCells(r));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="indicators.xlsx"')
        .send(Buffer.from(await wb.xlsx.writeBuffer()));
    },
  );
  app.get(
    '/api/indicators/:indicatorId/values',
    {
      config: { access: 'public' },
      schema: {
        tags: ['open data'],
        summary: '指标历年数值 Yearly values of a published indicator',
        params: strict({ indicatorId: Id }),
      },
    },
    async (req) => {
      const ind = await getIndicatorRow(ctx.db.kysely, (req.params as { indicatorId: string }).indicatorId);
      const plan = await publishedPlan(ctx, ind.plan_id);
      const published = plan.indicators.find((i) => i.id === ind.id);
      if (!published) throw new ApiError('NOT_FOUND');
      return {
        indicator: published,
        plan: { id: plan.id, title: plan.title, period: plan.period, baseYear: plan.baseYear },
        values: (await planYearlyObservations(ctx.db.kysely, plan.id)).get(ind.id) ?? [],
      };
    },
  );
}
