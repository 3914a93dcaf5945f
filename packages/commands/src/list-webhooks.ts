/** The webhooks notices go to (企业微信、钉钉机器人 or plain JSON). */
import { listWebhooks as queryWebhooks, type WebhooksTable } from '@gangmu/storage';
import type { CommandContext } from './context.ts';

export const listWebhooks = (ctx: CommandContext): Promise<WebhooksTable[]> => queryWebhooks(ctx.db.kysely);
