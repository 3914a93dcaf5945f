/** Warnings (预警): the list, acknowledge/assign/resolve, and urges (催办). */
import { Type } from 'typebox';
import { enqueueNotices, getWarning, listWarnings, updateWarning, write } from '@gangmu/storage';
import { ApiError } from '../errors.ts';
import { actorOf, expectedVersion } from '../security.ts';
import { Id, LIMITS, SafeText, strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';

import { isReporter } from './supervision-common.ts';

export function warningRoutes(app: App, ctx: RouteContext): void {
  const { now } = ctx;
  const k = ctx.db.kysely;

  app.get(
    '/api/warnings',
    {
      config: { access: ['admin', 'reporter', 'supervisor', 'leader', 'auditor'] },
      schema: {
        tags: ['warnings'],
        summary: "预警 Warnings (a reporter sees its unit's)",
        querystring: strict({
          status: Type.Optional(Type.String({ pattern: '^(open|acknowledged|assigned|resolved)$' })),
          level: Type.Optional(Type.String({ pattern: '^(red|yellow)$' })),
          planId: Type.Optional(Id),
        }),
      },
    },
    async (req) => {
      const q = req.query as { status?: string; level?: string; planId?: string };
      return {
        warnings: await listWarnings(k, {
          ...q,
          ...(isReporter(req) ? { unitId: req.user!.unitId ?? '-' } : {}),
        }),
      };
    },
  );
  app.patch(
    '/api/warnings/:warningId',
    {
      config: { access: ['admin', 'supervisor'] },
      schema: {
        tags: ['warnings'],
        summary: '处理预警 Acknowledge, assign or resolve (If-Match)',
        params: strict({ warningId: Id }),
        body: strict({
          status: Type.Union(['acknowledged', 'assigned', 'resolved', 'open'].map((s) => Type.Literal(s))),
          assignedTo: Type.Optional(Type.Union([Id, Type.Null()])),
        }),
      },
    },
    async (req) =>
      updateWarning(
        k,
        actorOf(req),
        (req.params as { warningId: string }).warningId,
        expectedVersion(req),
        req.body as never,
      ),
  );
  app.post(
    '/api/warnings/:warningId/urge',
    {
      config: { access: ['admin', 'supervisor'] },
      schema: {
        tags: ['warnings'],
        summary: '催办 Urge the responsible unit; escalated to its leaders if still open after the set days',
        params: strict({ warningId: Id }),
        body: strict({ message: Type.Optional(SafeText(LIMITS.opinionChars)) }),
      },
    },
    async (req, reply) => {
      const w = await getWarning(k, (req.params as { warningId: string }).warningId);
      if (!w) throw new ApiError('NOT_FOUND');
      if (!w.unit_id) throw new ApiError('INVALID', 'this warning has no responsible unit to urge');
      const message = (req.body as { message?: string }).message ?? '';
      const reporters = await k
        .selectFrom('users')
        .select(['id', 'email'])
        .where('role', '=', 'reporter')
        .where('unit_id', '=', w.unit_id)
        .execute();
      const at = now().toISOString();
      const subject = `【催办】${w.reason.slice(0, 60)}`;
      const body = `${message ? `${message}\n` : ''}${w.reason}\n${w.reason_en}`;
      const notices = reporters.flatMap((u) => [
        {
          key: `urge:${w.id}:${at}:inbox:${u.id}`,
          channel: 'inbox' as const,
          recipient: u.id,
          event: 'warning.urge',
          subject,
          body,
          data: { warningId: w.id },
        },
        ...(u.email
          ? [
              {
                key: `urge:${w.id}:${at}:email:${u.email}`,
                channel: 'email' as const,
                recipient: u.email,
                event: 'warning.urge',
                subject,
                body,
                data: { warningId: w.id },
              },
            ]
          : []),
      ]);
      const queued = await enqueueNotices(k, notices, now());
      await write(k, actorOf(req), async ({ record }) =>
        record({
          action: 'warning.urge',
          entity: 'warning',
          entityId: w.id,
          planId: w.plan_id,
          before: null,
          after: { message, recipients: reporters.length },
        }),
      );
      return reply.status(202).send({ queued });
    },
  );
}
