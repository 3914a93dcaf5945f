/** Add a webhook; its signing secret is returned this once. */
import { createWebhook as storeWebhook, type WebhooksTable } from '@gangmu/storage';
import type { CommandContext } from './context.ts';

export interface CreateWebhookOptions {
  readonly url: string;
  readonly preset: WebhooksTable['preset'];
  /** Generated when not given. */
  readonly secret?: string;
}

export const createWebhook = (ctx: CommandContext, options: CreateWebhookOptions): Promise<WebhooksTable> =>
  storeWebhook(ctx.db.kysely, ctx.caller.actor, options);
