/**
 * The staff side of evaluation reports: draft, read, edit a paragraph, regenerate, comment, submit, return,
 * approve (the plan office's leader), publish, export. Thin handlers (STYLE habit 10): the use cases are in
 * ../../evaluation-reports/, the rows in @gangmu/storage.
 */
import type { ReportModel } from '@gangmu/reports';
import {
  addEvaluationReportComment,
  approveEvaluationReport,
  getEvaluationReport,
  getEvaluationReportVersion,
  listEvaluationReportComments,
  listEvaluationReportVersions,
  listEvaluationReports,
  moveEvaluationReport,
  publishEvaluationReport,
} from '@gangmu/storage';
import { actorOf, expectedVersion, STAFF } from '../../security.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { isoDay, type ReportContext } from '../../evaluation-reports/context.ts';
import { draftEvaluationReport } from '../../evaluation-reports/draft-evaluation-report.ts';
import { editReportParagraph } from '../../evaluation-reports/edit-report-paragraph.ts';
import {
  exportEvaluationReport,
  type ReportFormat,
} from '../../evaluation-reports/export-evaluation-report.ts';
import { regenerateEvaluationReport } from '../../evaluation-reports/regenerate-evaluation-report.ts';
import { presentComment, presentReport, presentReportHead, presentVersion } from './presenters.ts';
import {
  BlockParams,
  CommentBody,
  DraftBody,
  EditBody,
  ExportQuery,
  PlanParams,
  ReportParams,
  ReturnBody,
} from './schemas.ts';
import { sendReportFile } from './send-file.ts';

const WRITERS = ['admin', 'supervisor'] as const;
const tags = ['evaluation reports'];
type P = { reportId: string };

export function evaluationReportStaffRoutes(app: App, { db, now }: RouteContext): void {
  const k = db.kysely;
  const context = (req: Parameters<typeof actorOf>[0]): ReportContext => ({
    db: k,
    today: isoDay(now()),
    actor: actorOf(req),
  });
  const full = async (id: string) => {
    const [row, comments, versions] = await Promise.all([
      getEvaluationReport(k, id),
      listEvaluationReportComments(k, id),
      listEvaluationReportVersions(k, id),
    ]);
    return {
      ...presentReport(row),
      comments: comments.map(presentComment),
      versions: versions.map(presentVersion),
    };
  };

  app.get(
    '/api/plans/:planId/evaluation-reports',
    {
      config: { access: STAFF },
      schema: { tags, summary: '评估报告 Reports of a plan', params: PlanParams },
    },
    async (req) => ({
      reports: (await listEvaluationReports(k, (req.params as { planId: string }).planId)).map(
        presentReportHead,
      ),
    }),
  );
  app.post(
    '/api/plans/:planId/evaluation-reports',
    {
      config: { access: WRITERS },
      schema: { tags, summary: '起草报告 Draft a report from the data', params: PlanParams, body: DraftBody },
    },
    async (req, reply) => {
      const b = req.body as { kind: 'annual' | 'midterm' | 'final'; year: number };
      const row = await draftEvaluationReport(
        { planId: (req.params as { planId: string }).planId, ...b },
        context(req),
      );
      return reply
        .status(201)
        .header('etag', `"${row.version}"`)
        .send(await full(row.id));
    },
  );
  app.get(
    '/api/evaluation-reports/:reportId',
    {
      config: { access: STAFF },
      schema: { tags, summary: '报告 A report with comments and versions', params: ReportParams },
    },
    async (req, reply) => {
      const body = await full((req.params as P).reportId);
      return reply.header('etag', `"${body.version}"`).send(body);
    },
  );
  app.patch(
    '/api/evaluation-reports/:reportId/blocks/:blockId',
    {
      config: { access: WRITERS },
      schema: { tags, summary: '修改段落 Edit a paragraph (If-Match)', params: BlockParams, body: EditBody },
    },
    async (req) => {
      const p = req.params as P & { blockId: string };
      const row = await editReportParagraph(
        {
          reportId: p.reportId,
          blockId: p.blockId,
          text: (req.body as { text: string }).text,
          expectedVersion: expectedVersion(req),
        },
        context(req),
      );
      return full(row.id);
    },
  );
  app.post(
    '/api/evaluation-reports/:reportId/regenerate',
    {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: '重新生成 Regenerate from the data, keeping edits (If-Match)',
        params: ReportParams,
      },
    },
    async (req) => {
      const row = await regenerateEvaluationReport(
        { reportId: (req.params as P).reportId, expectedVersion: expectedVersion(req) },
        context(req),
      );
      return full(row.id);
    },
  );
  app.post(
    '/api/evaluation-reports/:reportId/comments',
    {
      config: { access: STAFF },
      schema: { tags, summary: '批注 Comment', params: ReportParams, body: CommentBody },
    },
    async (req, reply) => {
      const b = req.body as { blockId?: string; body: string };
      const c = await addEvaluationReportComment(k, actorOf(req), {
        reportId: (req.params as P).reportId,
        blockId: b.blockId ?? null,
        body: b.body,
      });
      return reply.status(201).send(presentComment(c));
    },
  );
  app.post(
    '/api/evaluation-reports/:reportId/submit',
    {
      config: { access: WRITERS },
      schema: { tags, summary: '提交审批 Submit for approval (If-Match)', params: ReportParams },
    },
    async (req) => {
      await moveEvaluationReport(k, actorOf(req), (req.params as P).reportId, expectedVersion(req), 'submit');
      return full((req.params as P).reportId);
    },
  );
  app.post(
    '/api/evaluation-reports/:reportId/return',
    {
      config: { access: ['leader'] },
      schema: {
        tags,
        summary: '退回修改 Return to draft with a comment (If-Match)',
        params: ReportParams,
        body: ReturnBody,
      },
    },
    async (req) => {
      const id = (req.params as P).reportId;
      await moveEvaluationReport(k, actorOf(req), id, expectedVersion(req), 'return');
      await addEvaluationReportComment(k, actorOf(req), {
        reportId: id,
        blockId: null,
        body: (req.body as { comment: string }).comment,
      });
      return full(id);
    },
  );
  app.post(
    '/api/evaluation-reports/:reportId/approve',
    {
      config: { access: ['leader'] },
      schema: { tags, summary: '审批定稿 Approve and freeze (If-Match)', params: ReportParams },
    },
    async (req) => {
      await approveEvaluationReport(k, actorOf(req), (req.params as P).reportId, expectedVersion(req));
      return full((req.params as P).reportId);
    },
  );
  app.post(
    '/api/evaluation-reports/:reportId/publish',
    {
      config: { access: ['leader', 'admin'] },
      schema: { tags, summary: '公开发布 Publish the approved version', params: ReportParams },
    },
    async (req) => {
      await publishEvaluationReport(k, actorOf(req), (req.params as P).reportId);
      return full((req.params as P).reportId);
    },
  );
  app.get(
    '/api/evaluation-reports/:reportId/export',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: '导出 Word or Excel (the working copy, or ?version=N)',
        params: ReportParams,
        querystring: ExportQuery,
      },
    },
    async (req, reply) => {
      const q = req.query as { format?: ReportFormat; version?: string };
      const id = (req.params as P).reportId;
      const content = q.version
        ? (await getEvaluationReportVersion(k, id, Number(q.version))).content
        : (await getEvaluationReport(k, id)).content;
      return sendReportFile(
        reply,
        await exportEvaluationReport(JSON.parse(content) as ReportModel, q.format ?? 'docx'),
      );
    },
  );
}
