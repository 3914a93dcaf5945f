/** The public side: published versions of approved reports, as data (the portal renders it) and as .docx. */
import type { ReportModel } from '@gangmu/reports';
import { getEvaluationReportVersion, listPublishedEvaluationReports, StorageError } from '@gangmu/storage';
import { Type } from 'typebox';
import { Id, strict } from '../../schemas.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { exportEvaluationReport } from '../../evaluation-reports/export-evaluation-report.ts';
import { PlanParams } from './schemas.ts';
import { sendReportFile } from './send-file.ts';

const tags = ['evaluation reports'];
const PublishedParams = strict({ reportId: Id, number: Type.String({ pattern: '^[1-9]\\d{0,5}$' }) });

export function evaluationReportPublicRoutes(app: App, { db }: RouteContext): void {
  const k = db.kysely;
  /** A version the public may see: published, else it does not exist for them. */
  const published = async (params: { reportId: string; number: string }) => {
    const v = await getEvaluationReportVersion(k, params.reportId, Number(params.number));
    if (!v.published_at) throw new StorageError('NOT_FOUND', 'report not published', {});
    return v;
  };
  app.get(
    '/api/plans/:planId/published-reports',
    {
      config: { access: 'public' },
      schema: { tags, summary: '公开的评估报告 Published reports', params: PlanParams },
    },
    async (req) => ({
      reports: (await listPublishedEvaluationReports(k, (req.params as { planId: string }).planId)).map(
        (r) => ({
          reportId: r.report_id,
          number: r.number,
          kind: r.kind,
          year: r.year,
          publishedAt: r.published_at,
        }),
      ),
    }),
  );
  app.get(
    '/api/published-reports/:reportId/:number',
    {
      config: { access: 'public' },
      schema: { tags, summary: '公开报告 A published report', params: PublishedParams },
    },
    async (req) => {
      const v = await published(req.params as { reportId: string; number: string });
      return { number: v.number, publishedAt: v.published_at, content: JSON.parse(v.content) as ReportModel };
    },
  );
  app.get(
    '/api/published-reports/:reportId/:number/docx',
    { config: { access: 'public' }, schema: { tags, summary: '公开报告 Word', params: PublishedParams } },
    async (req, reply) => {
      const v = await published(req.params as { reportId: string; number: string });
      return sendReportFile(
        reply,
        await exportEvaluationReport(JSON.parse(v.content) as ReportModel, 'docx'),
      );
    },
  );
}
