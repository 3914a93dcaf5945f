/** Outgoing webhooks: a URL, a secret for the HMAC signature, and a payload preset (plain JSON, WeCom or DingTalk robots). */
import type { Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import type { Actor } from './audit.ts';
import type { Database, WebhooksTable } from './schema.ts';
import { newId, write } from './write.ts';

export async function createWebhook(
  db: Kysely<Database>,
  actor: Actor,
  input: { url: string; preset: WebhooksTable['preset']; secret?: string },
): Promise<WebhooksTable> {
  return write(db, actor, async ({ trx, at, record }) => {
    const row: WebhooksTable = {
      id: newId(),
      url: input.url,
      secret: input.secret ?? randomBytes(24).toString('base64url'),
      preset: input.preset,
      events: '["*"]',
      active: 1,
      created_at: at,
      version: 1,
    };
    await trx.insertInto('webhooks').values(row).execute();
    record({
      action: 'webhook.create',
      entity: 'webhook',
      entityId: row.id,
      planId: null,
      before: null,
      after: { ...row, secret: '(hidden)' },
    });
    return row;
  });
}

export const listWebhooks = (db: Kysely<Database>) =>
  db.selectFrom('webhooks').selectAll().where('active', '=', 1).orderBy('created_at').execute();
export const getWebhook = (db: Kysely<Database>, id: string) =>
  db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
