/** Warnings (预警): the list, acknowledge/assign/resolve, and urges (催办). */
import { handleWarning, listWarnings, urgeWarning } from '@gangmu/commands';
import { QueuedJson, WarningJson, WarningListJson } from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { presentWarning } from '../../presenters/warnings.ts';
import { expectedVersion } from '../../security.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { UrgeBody, WarningChange, WarningParams, WarningQuery } from './schemas.ts';

export function warningRoutes(app: App, { db, now }: RouteContext): void {
  app.get(
    '/api/warnings',
    {
      config: { access: ['admin', 'reporter', 'supervisor', 'leader', 'auditor'] },
      schema: {
        tags: ['warnings'],
        summary: "预警 Warnings (a reporter sees its unit's)",
        querystring: WarningQuery,
        response: { 200: WarningListJson },
      },
    },
    async (req) => ({
      warnings: (await listWarnings(commandContext(req, db, now), req.query)).map(presentWarning),
    }),
  );
  app.patch(
    '/api/warnings/:warningId',
    {
      config: { access: ['admin', 'supervisor'] },
      schema: {
        tags: ['warnings'],
        summary: '处理预警 Acknowledge, assign or resolve (If-Match)',
        params: WarningParams,
        body: WarningChange,
        response: { 200: WarningJson },
      },
    },
    async (req) => {
      const options = { ...req.params, ...req.body, expectedVersion: expectedVersion(req) };
      return presentWarning(await handleWarning(commandContext(req, db, now), options));
    },
  );
  app.post(
    '/api/warnings/:warningId/urge',
    {
      config: { access: ['admin', 'supervisor'] },
      schema: {
        tags: ['warnings'],
        summary: '催办 Urge the responsible unit; escalated to its leaders if still open after the set days',
        params: WarningParams,
        body: UrgeBody,
        response: { 202: QueuedJson },
      },
    },
    async (req, reply) =>
      reply.status(202).send(await urgeWarning(commandContext(req, db, now), { ...req.params, ...req.body })),
  );
}
