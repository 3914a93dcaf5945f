/** Notifications: the in-app inbox, webhooks, the outbox and its dead-letter list, and running the scheduler. */
import { createWebhook, listInbox, listOutbox, listWebhooks, markMessageRead } from '@gangmu/commands';
import {
  CreatedWebhookJson,
  InboxJson,
  OutboxJson,
  SchedulerRunJson,
  WebhookListJson,
} from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import {
  presentCreatedWebhook,
  presentInboxMessage,
  presentNotice,
  presentWebhook,
} from '../../presenters/notifications.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { MessageParams, OutboxQuery, WebhookBody } from './schemas.ts';
import { assertWebhookTarget } from './webhook-target-check.ts';

export function notificationRoutes(app: App, { db, now, scheduler, webhookPolicy }: RouteContext): void {
  app.get(
    '/api/inbox',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['notifications'], summary: '站内消息 My inbox', response: { 200: InboxJson } },
    },
    async (req) => ({ messages: (await listInbox(commandContext(req, db, now))).map(presentInboxMessage) }),
  );
  app.post(
    '/api/inbox/:messageId/read',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['notifications'], summary: '标为已读 Mark read', params: MessageParams },
    },
    async (req, reply) => {
      await markMessageRead(commandContext(req, db, now), req.params);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/webhooks',
    {
      config: { access: ['admin'] },
      schema: { tags: ['notifications'], summary: 'Webhooks', response: { 200: WebhookListJson } },
    },
    async (req) => ({ webhooks: (await listWebhooks(commandContext(req, db, now))).map(presentWebhook) }),
  );
  app.post(
    '/api/webhooks',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['notifications'],
        summary: '新建 Webhook（企业微信、钉钉机器人或 JSON）; the secret is shown once',
        body: WebhookBody,
        response: { 201: CreatedWebhookJson },
      },
    },
    async (req, reply) => {
      await assertWebhookTarget(req, req.body.url, webhookPolicy);
      const created = await createWebhook(commandContext(req, db, now), req.body);
      return reply.status(201).send(presentCreatedWebhook(created));
    },
  );
  app.get(
    '/api/outbox',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['notifications'],
        summary: '发送队列与死信 Outgoing notices; ?status=dead is the dead-letter list',
        querystring: OutboxQuery,
        response: { 200: OutboxJson },
      },
    },
    async (req) => ({
      notices: (await listOutbox(commandContext(req, db, now), req.query)).map(presentNotice),
    }),
  );
  app.post(
    '/api/scheduler/run',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['notifications'],
        summary: '立即运行调度 Run the warning sweep and deliveries now',
        response: { 200: SchedulerRunJson },
      },
    },
    async () => scheduler.tick(),
  );
}
