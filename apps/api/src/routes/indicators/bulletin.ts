/**
 * The bulletin preview: paste or upload a year's 统计公报 (text, HTML or .docx as the body) and see, for each of the
 * plan's indicators, the figure it gives beside the value recorded. Nothing is written (docs/bulletin.md).
 */
import { previewBulletin } from '@gangmu/commands';
import { BulletinPreviewJson } from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { ApiError } from '../../errors.ts';
import { presentBulletinPreview } from '../../presenters/indicators.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { PlanParams } from './schemas.ts';

export function bulletinRoutes(app: App, { db, now }: RouteContext): void {
  app.post(
    '/api/plans/:planId/bulletin/preview',
    {
      config: { access: ['admin', 'reporter', 'supervisor'], takesFile: true },
      schema: {
        tags: ['indicators'],
        summary:
          '读取统计公报（预览）Read a statistical bulletin against the plan’s indicators (body: the file, as text/plain, text/html, .docx or application/octet-stream); a reporter sees its own unit’s indicators',
        params: PlanParams,
        response: { 200: BulletinPreviewJson },
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body))
        throw new ApiError(
          'UNSUPPORTED_MEDIA_TYPE',
          'send the bulletin itself as the body (application/octet-stream, text/plain, text/html or .docx)',
        );
      const preview = await previewBulletin(commandContext(req, db, now), { ...req.params, bytes: req.body });
      return presentBulletinPreview(preview);
    },
  );
}
