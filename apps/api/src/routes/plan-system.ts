/**
 * The plan system (issue 15): governments, a plan's place in the 规划体系, links across levels, 分解下达,
 * 规划调整, the consistency report and the portfolio views. Every handler: access → schema → command → presenter.
 */
import { Type } from 'typebox';
import {
  consistencyReport,
  createGovernments,
  decideLink,
  decideRevision,
  governmentPortfolio,
  listGovernments,
  listLinks,
  listPlanChoices,
  listRevisions,
  placeMember,
  placePlan,
  proposeRevision,
  recordQuota,
  sideBySide,
  suggestLinks,
} from '@gangmu/commands';
import {
  AssignmentResultJson,
  ConsistencyReportJson,
  GovernmentListJson,
  LinkDecisionJson,
  LinkListJson,
  PlanChoicesJson,
  PortfolioJson,
  RevisionJson,
  RevisionListJson,
  SideBySideJson,
} from '@gangmu/contract';
import { commandContext } from '../command-context.ts';
import {
  presentAssignment,
  presentChoices,
  presentConsistency,
  presentGovernment,
  presentLink,
  presentLinkDecision,
  presentPortfolio,
  presentRevision,
  presentSideBySide,
} from '../presenters/plan-system.ts';
import { Id, PlainText, strict, Year, YearQuery } from '../schemas.ts';
import { expectedVersion, STAFF } from '../security.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';

const tags = ['plan-system'];
const OFFICE = ['admin', 'supervisor'] as const;
const Target = strict({
  lo: Type.Optional(Type.Number()),
  hi: Type.Optional(Type.Number()),
  value: Type.Optional(Type.Number()),
});
const AsOf = strict({ year: YearQuery });
const Code = Type.String({ pattern: '^\\d{6}(\\d{3}|\\d{6})?$' });
const DateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const DocumentNo = PlainText(100, 1);

export function planSystemRoutes(app: App, { db, now }: RouteContext): void {
  const ctx = (req: Parameters<typeof commandContext>[0]) => commandContext(req, db, now);

  app.get(
    '/api/governments',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '政府层级 Governments', response: { 200: GovernmentListJson } },
    },
    async (req) => ({ governments: (await listGovernments(ctx(req))).map(presentGovernment) }),
  );

  app.post(
    '/api/governments',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: '新增政府（可一次导入整棵树）Create governments by division code',
        body: strict({
          governments: Type.Array(strict({ code: Code, name: PlainText(60, 1) }), {
            minItems: 1,
            maxItems: 5000,
          }),
        }),
        response: { 201: GovernmentListJson },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send({ governments: (await createGovernments(ctx(req), req.body)).map(presentGovernment) }),
  );

  app.put(
    '/api/governments/members',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: '把用户或单位归入政府 Put a user or unit under a government',
        body: strict({
          kind: Type.Union([Type.Literal('users'), Type.Literal('units')]),
          id: Id,
          governmentId: Type.Union([Id, Type.Null()]),
        }),
      },
    },
    async (req, reply) => {
      await placeMember(ctx(req), req.body);
      return reply.status(204).send();
    },
  );

  app.put(
    '/api/plans/:planId/placement',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: '规划归属、类型与上级规划 A plan’s government, type and the plans it implements',
        params: strict({ planId: Id }),
        body: strict({
          governmentId: Type.Union([Id, Type.Null()]),
          planType: Type.Optional(
            Type.Union([
              Type.Literal('outline'),
              Type.Literal('special'),
              Type.Literal('regional'),
              Type.Literal('annual'),
            ]),
          ),
          synthetic: Type.Optional(Type.Boolean()),
          implements: Type.Optional(Type.Array(Id, { maxItems: 20 })),
        }),
      },
    },
    async (req, reply) => {
      await placePlan(ctx(req), { planId: req.params.planId, ...req.body });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/plan-choices',
    {
      config: { access: [...STAFF] },
      schema: { tags, summary: '可选规划 Plans to choose from', response: { 200: PlanChoicesJson } },
    },
    async (req) => presentChoices(await listPlanChoices(ctx(req))),
  );

  app.post(
    '/api/plans/:planId/link-suggestions',
    {
      config: { access: [...OFFICE] },
      schema: {
        tags,
        summary: '生成与上级规划指标的衔接建议 Suggest links to the upper plans’ indicators',
        params: strict({ planId: Id }),
        body: Type.Optional(strict({ upperPlanId: Type.Optional(Id) })),
        response: { 200: LinkListJson },
      },
    },
    async (req) => ({
      links: (await suggestLinks(ctx(req), { planId: req.params.planId, ...(req.body ?? {}) })).map(
        presentLink,
      ),
    }),
  );

  app.get(
    '/api/plans/:planId/links',
    {
      config: { access: [...STAFF] },
      schema: {
        tags,
        summary: '指标衔接 Links',
        params: strict({ planId: Id }),
        response: { 200: LinkListJson },
      },
    },
    async (req) => ({ links: (await listLinks(ctx(req), req.params.planId)).map(presentLink) }),
  );

  app.post(
    '/api/links/:linkId/decision',
    {
      config: { access: [...OFFICE] },
      schema: {
        tags,
        summary: '确认或驳回衔接建议（If-Match）Confirm or reject a link',
        params: strict({ linkId: Id }),
        body: strict({ decision: Type.Union([Type.Literal('confirmed'), Type.Literal('rejected')]) }),
        response: { 200: LinkDecisionJson },
      },
    },
    async (req) =>
      presentLinkDecision(
        await decideLink(ctx(req), {
          linkId: req.params.linkId,
          version: expectedVersion(req),
          decision: req.body.decision,
        }),
      ),
  );

  app.post(
    '/api/plans/:planId/assignments',
    {
      config: { access: [...OFFICE] },
      schema: {
        tags,
        summary: '分解下达（指标目标或任务）Assign a quota or an item to a lower government',
        params: strict({ planId: Id }),
        body: strict({
          governmentId: Id,
          documentNo: DocumentNo,
          documentDate: Type.Optional(DateText),
          upperIndicatorId: Type.Optional(Id),
          target: Type.Optional(Target),
          upperNodeId: Type.Optional(Id),
        }),
        response: { 201: AssignmentResultJson },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          presentAssignment(await recordQuota(ctx(req), { upperPlanId: req.params.planId, ...req.body })),
        ),
  );

  app.get(
    '/api/plans/:planId/revisions',
    {
      config: { access: [...STAFF] },
      schema: {
        tags,
        summary: '规划调整 Revisions',
        params: strict({ planId: Id }),
        response: { 200: RevisionListJson },
      },
    },
    async (req) => ({ revisions: (await listRevisions(ctx(req), req.params.planId)).map(presentRevision) }),
  );

  app.post(
    '/api/indicators/:indicatorId/revisions',
    {
      config: { access: [...OFFICE] },
      schema: {
        tags,
        summary: '提出目标调整 Propose a revised target',
        params: strict({ indicatorId: Id }),
        body: strict({ target: Target, effectiveYear: Year, reason: PlainText(500, 1) }),
        response: { 201: RevisionJson },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          presentRevision(
            await proposeRevision(ctx(req), { indicatorId: req.params.indicatorId, ...req.body }),
          ),
        ),
  );

  app.post(
    '/api/revisions/:revisionId/decision',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary:
          '登记批准或驳回（批准机关、文号、日期；If-Match）Record the approval or rejection of a revision',
        params: strict({ revisionId: Id }),
        body: Type.Union([
          strict({
            decision: Type.Literal('approved'),
            approvingBody: PlainText(100, 1),
            documentNo: DocumentNo,
            documentDate: DateText,
          }),
          strict({ decision: Type.Literal('rejected') }),
        ]),
        response: { 200: RevisionJson },
      },
    },
    async (req) =>
      presentRevision(
        await decideRevision(ctx(req), {
          revisionId: req.params.revisionId,
          version: expectedVersion(req),
          ...req.body,
        }),
      ),
  );

  app.get(
    '/api/plans/:planId/consistency',
    {
      config: { access: [...STAFF] },
      schema: {
        tags,
        summary: '规划衔接检查 Consistency report',
        params: strict({ planId: Id }),
        querystring: AsOf,
        response: { 200: ConsistencyReportJson },
      },
    },
    async (req) =>
      presentConsistency(
        await consistencyReport(ctx(req), { planId: req.params.planId, year: Number(req.query.year) }),
      ),
  );

  app.post(
    '/api/plans/:planId/consistency/warnings',
    {
      config: { access: [...OFFICE] },
      schema: {
        tags,
        summary: '将检查结果作为预警发出 Raise the findings as warnings',
        params: strict({ planId: Id }),
        querystring: AsOf,
        response: { 200: ConsistencyReportJson },
      },
    },
    async (req) =>
      presentConsistency(
        await consistencyReport(ctx(req), {
          planId: req.params.planId,
          year: Number(req.query.year),
          raise: true,
        }),
      ),
  );

  app.get(
    '/api/governments/:governmentId/portfolio',
    {
      config: { access: [...STAFF] },
      schema: {
        tags,
        summary: '政府全部规划一览 A government’s plans',
        params: strict({ governmentId: Id }),
        querystring: AsOf,
        response: { 200: PortfolioJson },
      },
    },
    async (req) =>
      presentPortfolio(
        await governmentPortfolio(ctx(req), {
          governmentId: req.params.governmentId,
          year: Number(req.query.year),
        }),
      ),
  );

  app.get(
    '/api/plans/:planId/districts',
    {
      config: { access: [...STAFF] },
      schema: {
        tags,
        summary: '下级规划对照 The plans implementing this one, side by side',
        params: strict({ planId: Id }),
        querystring: AsOf,
        response: { 200: SideBySideJson },
      },
    },
    async (req) =>
      presentSideBySide(
        await sideBySide(ctx(req), { planId: req.params.planId, year: Number(req.query.year) }),
      ),
  );
}
