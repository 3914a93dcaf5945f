/**
 * The bulletin preview: paste or upload a year's 统计公报 (text, HTML or .docx as the body) and see, for each of the
 * plan's indicators, the figure it gives beside the value recorded. Nothing is written (docs/bulletin.md).
 */
import { ApiError } from '../errors.ts';
import { Id, strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';
import { previewBulletin } from '../bulletin-preview.ts';

const PlanParams = strict({ planId: Id });

export function bulletinRoutes(app: App, { db }: RouteContext): void {
  app.post(
    '/api/plans/:planId/bulletin/preview',
    {
      config: { access: ['admin', 'reporter', 'supervisor'], takesFile: true },
      schema: {
        tags: ['indicators'],
        summary:
          '读取统计公报（预览）Read a statistical bulletin against the plan’s indicators (body: the file, as text/plain, text/html, .docx or application/octet-stream); a reporter sees its own unit’s indicators',
        params: PlanParams,
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body))
        throw new ApiError(
          'UNSUPPORTED_MEDIA_TYPE',
          'send the bulletin itself as the body (application/octet-stream, text/plain, text/html or .docx)',
        );
      const { planId } = req.params as { planId: string };
      const unitId = req.user?.role === 'reporter' ? (req.user.unitId ?? null) : undefined;
      return previewBulletin(db, planId, req.body, unitId === undefined ? {} : { unitId });
    },
  );
}
