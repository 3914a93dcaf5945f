/** Notifications: the in-app inbox, webhooks, the outbox and its dead-letter list, and running the scheduler. */
import { Type } from 'typebox';
import { createWebhook, inbox, listOutbox, listWebhooks, markRead } from '@gangmu/storage';
import { ApiError } from '../errors.ts';
import { actorOf } from '../security.ts';
import { Id, strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';
import { checkWebhookTarget, targetReason } from '../supervision/webhook-target.ts';

export function notificationRoutes(app: App, ctx: RouteContext): void {
  const k = ctx.db.kysely;
  const { webhookPolicy } = ctx;

  app.get(
    '/api/inbox',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['notifications'], summary: '站内消息 My inbox' },
    },
    async (req) => ({ messages: await inbox(k, req.user!.id) }),
  );
  app.post(
    '/api/inbox/:messageId/read',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['notifications'], summary: '标为已读 Mark read', params: strict({ messageId: Id }) },
    },
    async (req, reply) => {
      if (!(await markRead(k, req.user!.id, (req.params as { messageId: string }).messageId)))
        throw new ApiError('NOT_FOUND');
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/webhooks',
    { config: { access: ['admin'] }, schema: { tags: ['notifications'], summary: 'Webhooks' } },
    async () => ({
      webhooks: (await listWebhooks(k)).map((h) => ({
        id: h.id,
        url: h.url,
        preset: h.preset,
        createdAt: h.created_at,
      })),
    }),
  );
  app.post(
    '/api/webhooks',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['notifications'],
        summary: '新建 Webhook（企业微信、钉钉机器人或 JSON）; the secret is shown once',
        body: strict({
          url: Type.String({ pattern: '^https?://', maxLength: 500 }),
          preset: Type.Union([Type.Literal('json'), Type.Literal('wecom'), Type.Literal('dingtalk')]),
          secret: Type.Optional(Type.String({ minLength: 16, maxLength: 200 })),
        }),
      },
    },
    async (req, reply) => {
      // Refused before any connection: no loopback, link-local, private or own-port target unless allowed.
      const target = await checkWebhookTarget((req.body as { url: string }).url, webhookPolicy);
      if (!target.ok)
        throw new ApiError('VALIDATION_FAILED', targetReason(target.problem, target.address, req.lang), {
          field: 'url',
          problem: target.problem,
        });
      const h = await createWebhook(k, actorOf(req), req.body as never);
      return reply.status(201).send({ id: h.id, url: h.url, preset: h.preset, secret: h.secret });
    },
  );
  app.get(
    '/api/outbox',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['notifications'],
        summary: '发送队列与死信 Outgoing notices; ?status=dead is the dead-letter list',
        querystring: strict({
          status: Type.Optional(
            Type.Union(['pending', 'sending', 'sent', 'dead'].map((s) => Type.Literal(s))),
          ),
        }),
      },
    },
    async (req) => ({
      notices: await listOutbox(k, req.query as never),
    }),
  );
  app.post(
    '/api/scheduler/run',
    {
      config: { access: ['admin'] },
      schema: { tags: ['notifications'], summary: '立即运行调度 Run the warning sweep and deliveries now' },
    },
    async () => ctx.scheduler.tick(),
  );
}
