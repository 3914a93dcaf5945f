/** Plans: import a file into a draft, read (working copy, published versions, as of a past moment), publish. */
import { Type } from 'typebox';
import { importPlan } from '@gangmu/commands';
import { ImportedPlanJson } from '@gangmu/contract';
import {
  getPlanRow,
  getPublishedVersion,
  listPlans,
  listPublishedVersions,
  publishPlan,
} from '@gangmu/storage';
import { ApiError } from '../errors.ts';
import { actorOf, expectedVersion, STAFF } from '../security.ts';
import { Id, IsoTime, SafeText, strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';
import { isStaff, visiblePlan } from './plan-access.ts';
import { commandContext } from '../command-context.ts';
import { presentImportedPlan, presentPublicPlan } from '../presenters/plans.ts';
import { PublishedTexts } from '../published-texts.ts';

const PlanParams = strict({ planId: Id });

/**
 * Public reads of a published version: the content of version N never changes, so N is the validator (with the
 * shape's own version, so a deploy that changes the JSON is not answered 304). Caches must revalidate: a new
 * version may be published at any moment.
 */
const PUBLIC_SHAPE = 2;
const publicEtag = (publishedVersion: number) => `"pub-${publishedVersion}-${PUBLIC_SHAPE}"`;
const PUBLIC_REVALIDATE = 'public, no-cache';
const matches = (ifNoneMatch: string | undefined, etag: string) =>
  ifNoneMatch !== undefined && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);

export function planRoutes(app: App, { db, now, cache, heads }: RouteContext): void {
  const texts = new PublishedTexts(db);
  app.get(
    '/api/plans',
    {
      config: { access: 'public' },
      schema: { tags: ['plans'], summary: '规划列表 Plans (published ones for the public)' },
    },
    async (req) => ({
      plans: (await listPlans(db.kysely, { publishedOnly: !isStaff(req) })).map((p) => ({
        id: p.id,
        title: p.title,
        issuer: p.issuer,
        period: { start: p.period_start, end: p.period_end },
        baseYear: p.base_year,
        status: p.status,
        publishedVersion: p.published_version,
        version: p.version,
        updatedAt: p.updated_at,
      })),
    }),
  );

  app.post(
    '/api/plans/import',
    {
      config: { access: ['admin'], takesFile: true },
      schema: {
        tags: ['plans'],
        summary:
          '导入规划 Import a plan (body: the file — text, HTML, .docx or PDF — as application/octet-stream or its own type)',
        querystring: strict({ title: Type.Optional(SafeText(200, 1)) }),
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
          '读取规划 Read a plan: the working copy for staff, the published version for the public; ?version=N, ?asOf=ISO time (staff)',
        params: PlanParams,
        querystring: strict({
          version: Type.Optional(Type.String({ pattern: '^[1-9]\\d{0,5}$' })),
          asOf: Type.Optional(IsoTime),
        }),
      },
    },
    async (req, reply) => {
      const { planId } = req.params as { planId: string };
      const q = req.query as { version?: string; asOf?: string };
      // The public read of the latest published version is the hot path: headings without text (the portal
      // fetches a chapter's text when it is opened), served from a cache keyed by version, revalidated by ETag.
      if (!isStaff(req) && !q.version && !q.asOf) {
        const row = await heads.get(planId);
        if (row.published_version > 0) {
          const etag = publicEtag(row.published_version);
          reply.header('etag', etag).header('cache-control', PUBLIC_REVALIDATE);
          if (matches(req.headers['if-none-match'], etag)) return reply.code(304).send();
          const key = `pub:${planId}:${row.published_version}`;
          let body = cache.get(key);
          if (!body) {
            body = JSON.stringify(
              presentPublicPlan(await getPublishedVersion(db.kysely, planId, row.published_version)),
            );
            cache.set(key, body);
          }
          return reply.header('content-type', 'application/json; charset=utf-8').send(body);
        }
      }
      const plan = await visiblePlan(db, req, planId, {
        ...(q.version ? { version: Number(q.version) } : {}),
        ...(q.asOf ? { asOf: q.asOf } : {}),
      });
      return reply.header('etag', `"${plan.version}"`).send(plan);
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
        params: strict({ planId: Id, nodeId: Id }),
        querystring: strict({ version: Type.Optional(Type.String({ pattern: '^[1-9]\\d{0,5}$' })) }),
      },
    },
    async (req, reply) => {
      const { planId, nodeId } = req.params as { planId: string; nodeId: string };
      const asked = (req.query as { version?: string }).version;
      const row = await heads.get(planId);
      const version = asked ? Number(asked) : row.published_version;
      if (version < 1 || version > row.published_version)
        throw new ApiError('NOT_FOUND', `plan ${planId} has no published version${asked ? ` ${asked}` : ''}`);
      const etag = publicEtag(version);
      reply.header('etag', etag).header('cache-control', PUBLIC_REVALIDATE);
      if (matches(req.headers['if-none-match'], etag)) return reply.code(304).send();
      const body = await texts.get(planId, version, nodeId);
      if (body === undefined)
        throw new ApiError('NOT_FOUND', `node ${nodeId} is not in version ${version} of plan ${planId}`);
      return reply.header('content-type', 'application/json; charset=utf-8').send(body);
    },
  );

  app.get(
    '/api/plans/:planId/versions',
    {
      config: { access: 'public' },
      schema: { tags: ['plans'], summary: '已发布版本 Published versions', params: PlanParams },
    },
    async (req) => {
      const { planId } = req.params as { planId: string };
      await visiblePlan(db, req, planId);
      return { versions: await listPublishedVersions(db.kysely, planId) };
    },
  );

  app.get(
    '/api/plans/:planId/source',
    {
      config: { access: STAFF },
      schema: {
        tags: ['plans'],
        summary: '导入原文与诊断 Source text and import diagnostics',
        params: PlanParams,
      },
    },
    async (req) => {
      const row = await getPlanRow(db.kysely, (req.params as { planId: string }).planId);
      return { format: row.source_format, text: row.source_text, diagnostics: JSON.parse(row.diagnostics) };
    },
  );

  app.post(
    '/api/plans/:planId/publish',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['plans'],
        summary: '发布 Publish the working copy (If-Match: plan version)',
        params: PlanParams,
      },
    },
    async (req) =>
      publishPlan(db.kysely, actorOf(req), (req.params as { planId: string }).planId, expectedVersion(req)),
  );
}
