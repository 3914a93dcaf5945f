/** Progress reports: submit, review (approve or return), history and evidence files. */
import { Type } from 'typebox';
import {
  addEvidence,
  getEvidence,
  getReport,
  listEvidence,
  listReports,
  reportHistory,
  reviewReport,
  submitReport,
  type ReportsTable,
} from '@gangmu/storage';
import { ApiError } from '../errors.ts';
import { actorOf, expectedVersion } from '../security.ts';
import { Id, LIMITS, SafeText, strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';

import {
  checkEvidence,
  EVIDENCE_TYPES,
  readEvidence,
  sanitizeFileName,
  storeEvidence,
} from '../supervision/evidence-files.ts';

import { isReporter, reportAccess, subjectOf, withoutReview } from './supervision-common.ts';

export function reportRoutes(app: App, ctx: RouteContext): void {
  const k = ctx.db.kysely;

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
      const access = await reportAccess(ctx, req, r);
      if (access === 'none') throw new ApiError('FORBIDDEN', 'this report belongs to another unit');
      const history = await reportHistory(k, r.id);
      if (access === 'read')
        return {
          report: withoutReview(r),
          history: history.map((h) => ({ ...h, state: h.state && withoutReview(h.state) })),
          evidence: await listEvidence(k, r.id),
        };
      return { report: r, history, evidence: await listEvidence(k, r.id) };
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
      config: { access: ['admin', 'reporter'], takesFile: true },
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
      if ((await reportAccess(ctx, req, r)) !== 'own')
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
      config: { access: 'authenticated', framable: true },
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
      if (!r || (await reportAccess(ctx, req, r)) === 'none')
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
}
