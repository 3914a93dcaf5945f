/** Plans: import a file into a draft, list, read (working copy, published versions, as of a past moment), publish. */
import { importPlan, listPlans, listVersions, publishPlan, readPlan, readSource } from '@gangmu/commands';
import { isStaffRole } from '@gangmu/domain';
import {
  ImportedPlanJson,
  PlanJson,
  PlanListJson,
  PlanSourceJson,
  PlanVersionListJson,
  PublishedNodeTextJson,
  PublishedPlanJson,
} from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { ApiError } from '../../errors.ts';
import {
  presentImportedPlan,
  presentPlan,
  presentPlanListItem,
  presentSource,
  presentVersions,
} from '../../presenters/plans.ts';
import { PublicPlanReads } from '../../public-plan-reads.ts';
import { expectedVersion, STAFF } from '../../security.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { readerContext } from '../plan-access.ts';
import { copyAsked, ImportQuery, NodeTextParams, NodeTextQuery, PlanParams, PlanQuery } from './schemas.ts';

export function planRoutes(app: App, { db, now, cache, heads }: RouteContext): void {
  const publicReads = new PublicPlanReads(db, heads, cache);
  app.get(
    '/api/plans',
    {
      config: { access: 'public' },
      schema: {
        tags: ['plans'],
        summary: '规划列表 Plans (published ones for the public)',
        response: { 200: PlanListJson },
      },
    },
    async (req) => ({ plans: (await listPlans(commandContext(req, db, now))).map(presentPlanListItem) }),
  );

  app.post(
    '/api/plans/import',
    {
      config: { access: ['admin'], takesFile: true },
      schema: {
        tags: ['plans'],
        summary:
          '导入规划 Import a plan (body: the file — text, HTML, .docx or PDF — as application/octet-stream or its own type)',
        querystring: ImportQuery,
        response: { 201: ImportedPlanJson },
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body))
        throw new ApiError(
          'UNSUPPORTED_MEDIA_TYPE',
          'send the file itself as the body (application/octet-stream, text/plain, text/html, .docx or application/pdf)',
        );
      const result = await importPlan(commandContext(req, db, now), { bytes: req.body, ...req.query });
      return reply.status(201).send(presentImportedPlan(result));
    },
  );

  app.get(
    '/api/plans/:planId',
    {
      config: { access: 'public' },
      schema: {
        tags: ['plans'],
        summary:
          '读取规划 Read a plan: the working copy for staff, the published version for the public (headings only; ETag/304); ?version=N, ?asOf=ISO time (staff)',
        params: PlanParams,
        querystring: PlanQuery,
        response: { 200: PlanJson },
      },
    },
    async (req, reply) => {
      const ctx = readerContext(req, db, now);
      const asked = copyAsked(req.query);
      // The public read of the latest published version is the hot path: headings without text, from memory.
      const latestForPublic = !isStaffRole(ctx.caller.role) && !asked.version && !asked.asOf;
      if (latestForPublic && (await publicReads.sendLatest(ctx, req.params.planId, req, reply))) return reply;
      const plan = await readPlan(ctx, { planId: req.params.planId, ...asked });
      return reply.header('etag', `"${plan.version}"`).send(presentPlan(plan));
    },
  );

  app.get(
    '/api/plans/:planId/nodes/:nodeId/text',
    {
      config: { access: 'public' },
      schema: {
        tags: ['plans'],
        summary:
          '条目原文 The text of a node of the published plan (a chapter: with its sections and items); ?version=N; ETag/304',
        params: NodeTextParams,
        querystring: NodeTextQuery,
        response: { 200: PublishedNodeTextJson },
      },
    },
    async (req, reply) => {
      const { planId, nodeId } = req.params;
      return publicReads.sendNodeText(planId, nodeId, copyAsked(req.query).version, req, reply);
    },
  );

  app.get(
    '/api/plans/:planId/versions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['plans'],
        summary: '已发布版本 Published versions',
        params: PlanParams,
        response: { 200: PlanVersionListJson },
      },
    },
    async (req) => presentVersions(await listVersions(readerContext(req, db, now), req.params)),
  );

  app.get(
    '/api/plans/:planId/source',
    {
      config: { access: STAFF },
      schema: {
        tags: ['plans'],
        summary: '导入原文与诊断 Source text and import diagnostics',
        params: PlanParams,
        response: { 200: PlanSourceJson },
      },
    },
    async (req) => presentSource(await readSource(commandContext(req, db, now), req.params)),
  );

  app.post(
    '/api/plans/:planId/publish',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['plans'],
        summary: '发布 Publish the working copy (If-Match: plan version)',
        params: PlanParams,
        response: { 200: PublishedPlanJson },
      },
    },
    async (req) =>
      publishPlan(commandContext(req, db, now), { ...req.params, expectedVersion: expectedVersion(req) }),
  );
}
