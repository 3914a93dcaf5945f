/**
 * The staff side of evaluation reports: draft, read, edit a paragraph, regenerate, comment, submit, return,
 * approve (the plan office's leader), publish, export. Thin handlers: access → schema → command → presenter; the
 * use-cases are @gangmu/commands' evaluation-reports/.
 */
import {
  approveEvaluationReport,
  commentOnEvaluationReport,
  draftEvaluationReport,
  editReportParagraph,
  exportEvaluationReport,
  listPlanEvaluationReports,
  publishEvaluationReport,
  readEvaluationReport,
  regenerateEvaluationReport,
  REPORT_APPROVERS,
  REPORT_PUBLISHERS,
  REPORT_READERS,
  REPORT_WRITERS,
  returnEvaluationReport,
  submitEvaluationReport,
} from '@gangmu/commands';
import {
  FileJson,
  EvaluationReportCommentJson,
  EvaluationReportDetailJson,
  EvaluationReportListJson,
} from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import {
  presentEvaluationReportComment,
  presentEvaluationReportDetail,
  presentEvaluationReportHead,
} from '../../presenters/evaluation-reports.ts';
import { expectedVersion } from '../../security.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
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

const tags = ['evaluation reports'];
const detail = { 200: EvaluationReportDetailJson };

export function evaluationReportStaffRoutes(app: App, ctx: RouteContext): void {
  draftingRoutes(app, ctx);
  reviewRoutes(app, ctx);
}

function draftingRoutes(app: App, { db, now }: RouteContext): void {
  app.get(
    '/api/plans/:planId/evaluation-reports',
    {
      config: { access: REPORT_READERS },
      schema: {
        tags,
        summary: '评估报告 Reports of a plan',
        params: PlanParams,
        response: { 200: EvaluationReportListJson },
      },
    },
    async (req) => ({
      reports: (await listPlanEvaluationReports(commandContext(req, db, now), req.params)).map(
        presentEvaluationReportHead,
      ),
    }),
  );
  app.post(
    '/api/plans/:planId/evaluation-reports',
    {
      config: { access: REPORT_WRITERS },
      schema: {
        tags,
        summary: '起草报告 Draft a report from the data',
        params: PlanParams,
        body: DraftBody,
        response: { 201: EvaluationReportDetailJson },
      },
    },
    async (req, reply) => {
      const options = { ...req.params, ...req.body };
      const report = presentEvaluationReportDetail(
        await draftEvaluationReport(commandContext(req, db, now), options),
      );
      return reply.status(201).header('etag', `"${report.version}"`).send(report);
    },
  );
  app.get(
    '/api/evaluation-reports/:reportId',
    {
      config: { access: REPORT_READERS },
      schema: {
        tags,
        summary: '报告 A report with comments and versions',
        params: ReportParams,
        response: detail,
      },
    },
    async (req, reply) => {
      const report = presentEvaluationReportDetail(
        await readEvaluationReport(commandContext(req, db, now), req.params),
      );
      return reply.header('etag', `"${report.version}"`).send(report);
    },
  );
  app.patch(
    '/api/evaluation-reports/:reportId/blocks/:blockId',
    {
      config: { access: REPORT_WRITERS },
      schema: {
        tags,
        summary: '修改段落 Edit a paragraph (If-Match)',
        params: BlockParams,
        body: EditBody,
        response: detail,
      },
    },
    async (req) => {
      const options = { ...req.params, ...req.body, expectedVersion: expectedVersion(req) };
      return presentEvaluationReportDetail(await editReportParagraph(commandContext(req, db, now), options));
    },
  );
  app.post(
    '/api/evaluation-reports/:reportId/regenerate',
    {
      config: { access: REPORT_WRITERS },
      schema: {
        tags,
        summary: '重新生成 Regenerate from the data, keeping edits (If-Match)',
        params: ReportParams,
        response: detail,
      },
    },
    async (req) => {
      const options = { ...req.params, expectedVersion: expectedVersion(req) };
      return presentEvaluationReportDetail(
        await regenerateEvaluationReport(commandContext(req, db, now), options),
      );
    },
  );
  app.get(
    '/api/evaluation-reports/:reportId/export',
    {
      config: { access: REPORT_READERS },
      schema: {
        tags,
        summary: '导出 Word or Excel (the working copy, or ?version=N)',
        params: ReportParams,
        querystring: ExportQuery,
        response: { 200: FileJson },
      },
    },
    async (req, reply) => {
      const { format = 'docx', version } = req.query;
      const options = { ...req.params, format, ...(version ? { version: Number(version) } : {}) };
      return sendReportFile(reply, await exportEvaluationReport(commandContext(req, db, now), options));
    },
  );
}

function reviewRoutes(app: App, { db, now }: RouteContext): void {
  app.post(
    '/api/evaluation-reports/:reportId/comments',
    {
      config: { access: REPORT_READERS },
      schema: {
        tags,
        summary: '批注 Comment',
        params: ReportParams,
        body: CommentBody,
        response: { 201: EvaluationReportCommentJson },
      },
    },
    async (req, reply) => {
      const comment = await commentOnEvaluationReport(commandContext(req, db, now), {
        ...req.params,
        ...req.body,
      });
      return reply.status(201).send(presentEvaluationReportComment(comment));
    },
  );
  const step = (path: 'submit' | 'approve', summary: string, run: typeof submitEvaluationReport) =>
    app.post(
      `/api/evaluation-reports/:reportId/${path}`,
      {
        config: { access: path === 'submit' ? REPORT_WRITERS : REPORT_APPROVERS },
        schema: { tags, summary, params: ReportParams, response: detail },
      },
      async (req) => {
        const options = { ...req.params, expectedVersion: expectedVersion(req) };
        return presentEvaluationReportDetail(await run(commandContext(req, db, now), options));
      },
    );
  step('submit', '提交审批 Submit for approval (If-Match)', submitEvaluationReport);
  step('approve', '审批定稿 Approve and freeze (If-Match)', approveEvaluationReport);
  app.post(
    '/api/evaluation-reports/:reportId/publish',
    {
      config: { access: REPORT_PUBLISHERS },
      schema: {
        tags,
        summary: '公开发布 Publish the approved version',
        params: ReportParams,
        response: detail,
      },
    },
    async (req) =>
      presentEvaluationReportDetail(await publishEvaluationReport(commandContext(req, db, now), req.params)),
  );
  app.post(
    '/api/evaluation-reports/:reportId/return',
    {
      config: { access: REPORT_APPROVERS },
      schema: {
        tags,
        summary: '退回修改 Return to draft with a comment (If-Match)',
        params: ReportParams,
        body: ReturnBody,
        response: detail,
      },
    },
    async (req) => {
      const options = { ...req.params, ...req.body, expectedVersion: expectedVersion(req) };
      return presentEvaluationReportDetail(
        await returnEvaluationReport(commandContext(req, db, now), options),
      );
    },
  );
}
