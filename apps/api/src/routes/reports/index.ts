/** Progress reports: submit, the list (and review queue), a report with its history, review, evidence files. */
import {
  addEvidence,
  listReports,
  readEvidence,
  readReport,
  reviewReport,
  submitReport,
} from '@gangmu/commands';
import { EvidenceJson, ReportDetailJson, ReportJson, ReportListJson } from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { ApiError } from '../../errors.ts';
import { presentEvidence, presentReport, presentReportDetail } from '../../presenters/reports.ts';
import { expectedVersion } from '../../security.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { EvidenceParams, EvidenceQuery, NewReport, ReportParams, ReportQuery, Review } from './schemas.ts';

export function reportRoutes(app: App, ctx: RouteContext): void {
  reportReadRoutes(app, ctx);
  reportWriteRoutes(app, ctx);
  evidenceRoutes(app, ctx);
}

function reportReadRoutes(app: App, { db, now }: RouteContext): void {
  app.get(
    '/api/reports',
    {
      config: { access: ['admin', 'reporter', 'supervisor', 'leader', 'auditor'] },
      schema: {
        tags: ['reports'],
        summary: '报告（审核队列）Reports; ?status=submitted is the review queue',
        querystring: ReportQuery,
        response: { 200: ReportListJson },
      },
    },
    async (req) => ({
      reports: (await listReports(commandContext(req, db, now), req.query)).map(presentReport),
    }),
  );
  app.get(
    '/api/reports/:reportId',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['reports'],
        summary: '报告及其历史 A report, its history and evidence',
        params: ReportParams,
        response: { 200: ReportDetailJson },
      },
    },
    async (req) => presentReportDetail(await readReport(commandContext(req, db, now), req.params)),
  );
}

function reportWriteRoutes(app: App, { db, now }: RouteContext): void {
  app.post(
    '/api/reports',
    {
      config: { access: ['admin', 'reporter'] },
      schema: {
        tags: ['reports'],
        summary: '报送进展 Submit (or resubmit a returned) progress report',
        body: NewReport,
        response: { 201: ReportJson },
      },
    },
    async (req, reply) =>
      reply.status(201).send(presentReport(await submitReport(commandContext(req, db, now), req.body))),
  );
  app.post(
    '/api/reports/:reportId/review',
    {
      config: { access: ['admin', 'supervisor'] },
      schema: {
        tags: ['reports'],
        summary: '审核 Approve or return with a comment (If-Match)',
        params: ReportParams,
        body: Review,
        response: { 200: ReportJson },
      },
    },
    async (req) => {
      const options = { ...req.params, ...req.body, expectedVersion: expectedVersion(req) };
      return presentReport(await reviewReport(commandContext(req, db, now), options));
    },
  );
}

function evidenceRoutes(app: App, { db, now, evidenceDir }: RouteContext): void {
  app.post(
    '/api/reports/:reportId/evidence',
    {
      config: { access: ['admin', 'reporter'], takesFile: true },
      schema: {
        tags: ['reports'],
        summary: '上传佐证材料 Upload evidence (PDF, PNG, JPEG, Word, Excel ≤ 20 MB); ?name=file name',
        params: ReportParams,
        querystring: EvidenceQuery,
        response: { 201: EvidenceJson },
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body))
        throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'send the file itself as the body');
      const contentType = String(req.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim();
      const options = { ...req.params, ...req.query, bytes: req.body, contentType, evidenceDir };
      return reply
        .status(201)
        .send(presentEvidence(await addEvidence(commandContext(req, db, now), options)));
    },
  );
  app.get(
    '/api/evidence/:evidenceId',
    {
      config: { access: 'authenticated', framable: true },
      schema: { tags: ['reports'], summary: '下载佐证材料 Download evidence', params: EvidenceParams },
    },
    async (req, reply) => {
      const file = await readEvidence(commandContext(req, db, now), { ...req.params, evidenceDir });
      const name = `filename="evidence.${file.ext}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`;
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; ${name}`)
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    },
  );
}
