/** Notifications: the in-app inbox, webhooks, the outbox, and what a scheduler run did. */
import { Type, type Static } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const InboxMessageJson = Type.Object({
  id: Type.String(),
  event: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  /** What the notice is about, e.g. { warningId } or { taskId, period }. */
  data: Type.Unknown(),
  createdAt: Type.String(),
  readAt: Nullable(Type.String()),
});
export type InboxMessageJson = Static<typeof InboxMessageJson>;

export const InboxJson = Type.Object({ messages: Type.Array(InboxMessageJson) });
export type InboxJson = Static<typeof InboxJson>;

const Preset = Type.Union([Type.Literal('json'), Type.Literal('wecom'), Type.Literal('dingtalk')]);

export const WebhookJson = Type.Object({
  id: Type.String(),
  url: Type.String(),
  preset: Preset,
  createdAt: Type.String(),
});
export type WebhookJson = Static<typeof WebhookJson>;

export const WebhookListJson = Type.Object({ webhooks: Type.Array(WebhookJson) });
export type WebhookListJson = Static<typeof WebhookListJson>;

/** A new webhook, with its signing secret: the only time the secret is shown. */
export const CreatedWebhookJson = Type.Object({
  id: Type.String(),
  url: Type.String(),
  preset: Preset,
  secret: Type.String(),
});
export type CreatedWebhookJson = Static<typeof CreatedWebhookJson>;

export const OutboxNoticeJson = Type.Object({
  id: Type.String(),
  key: Type.String(),
  channel: Type.Union([Type.Literal('inbox'), Type.Literal('email'), Type.Literal('webhook')]),
  recipient: Type.String(),
  event: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  data: Type.Unknown(),
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('sending'),
    Type.Literal('sent'),
    Type.Literal('dead'),
  ]),
  attempts: Type.Integer(),
  nextAttemptAt: Type.String(),
  lastError: Nullable(Type.String()),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
  readAt: Nullable(Type.String()),
});
export type OutboxNoticeJson = Static<typeof OutboxNoticeJson>;

export const OutboxJson = Type.Object({ notices: Type.Array(OutboxNoticeJson) });
export type OutboxJson = Static<typeof OutboxJson>;

/** One scheduler run: the sweep's counts, warnings raised, notices queued and delivered. */
export const SchedulerRunJson = Type.Object({
  today: Type.String(),
  sweep: Type.Object({
    tasks: Type.Integer(),
    indicators: Type.Integer(),
    projects: Type.Integer(),
    scheduled: Type.Integer(),
    /** Opinions a unit owes an answer past its deadline. */
    opinions: Type.Integer(),
    /** Plans in a relation, checked for consistency with their upper and lower plans. */
    plans: Type.Integer(),
  }),
  warningsRaised: Type.Integer(),
  queued: Type.Integer(),
  sent: Type.Integer(),
  retried: Type.Integer(),
  dead: Type.Integer(),
});
export type SchedulerRunJson = Static<typeof SchedulerRunJson>;
