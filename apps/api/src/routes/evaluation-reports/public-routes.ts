/** The public side: published versions of approved reports, as data (the portal renders it) and as .docx. */
import { exportPublishedReport, listPublishedReports, readPublishedReport } from '@gangmu/commands';
import { FileJson, PublishedReportJson, PublishedReportListJson } from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { presentReportContent } from '../../presenters/evaluation-reports.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { PlanParams, PublishedParams } from './schemas.ts';
import { sendReportFile } from './send-file.ts';

const tags = ['evaluation reports'];

export function evaluationReportPublicRoutes(app: App, { db, now }: RouteContext): void {
  app.get(
    '/api/plans/:planId/published-reports',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '公开的评估报告 Published reports',
        params: PlanParams,
        response: { 200: PublishedReportListJson },
      },
    },
    async (req) => ({ reports: await listPublishedReports(commandContext(req, db, now), req.params) }),
  );
  app.get(
    '/api/published-reports/:reportId/:number',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '公开报告 A published report',
        params: PublishedParams,
        response: { 200: PublishedReportJson },
      },
    },
    async (req) => {
      const options = { reportId: req.params.reportId, number: Number(req.params.number) };
      const v = await readPublishedReport(commandContext(req, db, now), options);
      return { number: v.number, publishedAt: v.publishedAt, content: presentReportContent(v.content) };
    },
  );
  app.get(
    '/api/published-reports/:reportId/:number/docx',
    {
      config: { access: 'public' },
      schema: { tags, summary: '公开报告 Word', params: PublishedParams, response: { 200: FileJson } },
    },
    async (req, reply) => {
      const options = { reportId: req.params.reportId, number: Number(req.params.number) };
      return sendReportFile(reply, await exportPublishedReport(commandContext(req, db, now), options));
    },
  );
}
