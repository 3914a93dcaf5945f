/** Inbox messages, webhooks and outgoing notices as the API shows them (camelCase; `data` parsed). */
import type { InboxMessage } from '@gangmu/commands';
import type { CreatedWebhookJson, InboxMessageJson, OutboxNoticeJson, WebhookJson } from '@gangmu/contract';
import type { OutboxTable, WebhooksTable } from '@gangmu/storage';

const parsed = (data: string): unknown => JSON.parse(data);

export const presentInboxMessage = (m: InboxMessage): InboxMessageJson => ({
  id: m.id,
  event: m.event,
  subject: m.subject,
  body: m.body,
  data: parsed(m.data),
  createdAt: m.created_at,
  readAt: m.read_at,
});

export const presentWebhook = (h: WebhooksTable): WebhookJson => ({
  id: h.id,
  url: h.url,
  preset: h.preset,
  createdAt: h.created_at,
});

export const presentCreatedWebhook = (h: WebhooksTable): CreatedWebhookJson => ({
  id: h.id,
  url: h.url,
  preset: h.preset,
  secret: h.secret,
});

export const presentNotice = (n: OutboxTable): OutboxNoticeJson => ({
  id: n.id,
  key: n.key,
  channel: n.channel,
  recipient: n.recipient,
  event: n.event,
  subject: n.subject,
  body: n.body,
  data: parsed(n.data),
  status: n.status,
  attempts: n.attempts,
  nextAttemptAt: n.next_attempt_at,
  lastError: n.last_error,
  createdAt: n.created_at,
  sentAt: n.sent_at,
  readAt: n.read_at,
});
