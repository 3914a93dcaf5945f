/**
 * The outbox of notices (in-app inbox, e-mail, webhooks). A notice has a key; inserting a key that exists
 * does nothing, so a notice is queued once however many times or on however many app servers the scheduler
 * runs. Delivery claims rows with a lease: on PostgreSQL with FOR UPDATE SKIP LOCKED, so two servers never
 * claim the same row; on SQLite the database's single writer does the same.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, OutboxTable } from './schema.ts';
import type { Db } from './database.ts';
import { newId } from './write.ts';

export interface Notice {
  readonly key: string;
  readonly channel: OutboxTable['channel'];
  readonly recipient: string;
  readonly event: string;
  readonly subject: string;
  readonly body: string;
  readonly data?: unknown;
}

/** Queues notices whose keys are new; returns how many were queued. */
export async function enqueueNotices(
  db: Kysely<Database>,
  notices: readonly Notice[],
  now: Date,
): Promise<number> {
  let queued = 0;
  const at = now.toISOString();
  for (let i = 0; i < notices.length; i += 500) {
    const rows: OutboxTable[] = notices.slice(i, i + 500).map((n) => ({
      id: newId(),
      key: n.key,
      channel: n.channel,
      recipient: n.recipient,
      event: n.event,
      subject: n.subject,
      body: n.body,
      data: JSON.stringify(n.data ?? {}),
      // In-app notices are delivered by being stored.
      status: n.channel === 'inbox' ? 'sent' : 'pending',
      attempts: 0,
      next_attempt_at: at,
      lease_until: null,
      last_error: null,
      created_at: at,
      sent_at: n.channel === 'inbox' ? at : null,
      read_at: null,
    }));
    const inserted = await db
      .insertInto('outbox')
      .values(rows)
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('id')
      .execute();
    queued += inserted.length;
  }
  return queued;
}

/** Claims up to `limit` due notices for `leaseMs`: pending ones, and "sending" ones whose lease ran out. */
export async function claimNotices(db: Db, now: Date, limit = 50, leaseMs = 60_000): Promise<OutboxTable[]> {
  const at = now.toISOString();
  const lease = new Date(now.getTime() + leaseMs).toISOString();
  const lock = db.driver === 'postgres' ? sql`for update skip locked` : sql``;
  const result = await sql<OutboxTable>`
    update outbox set status = 'sending', lease_until = ${lease}
    where id in (
      select id from outbox
      where (status = 'pending' and next_attempt_at <= ${at}) or (status = 'sending' and lease_until < ${at})
      order by next_attempt_at
      limit ${limit}
      ${lock}
    )
    returning *`.execute(db.kysely);
  return result.rows;
}

export async function markSent(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: now.toISOString(), lease_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** Records a failed attempt: retried after `delayMs`, or moved to the dead-letter list after `maxAttempts`. */
export async function markFailed(
  db: Kysely<Database>,
  row: OutboxTable,
  error: string,
  now: Date,
  delayMs: number,
  maxAttempts: number,
): Promise<'retry' | 'dead'> {
  const attempts = row.attempts + 1;
  const dead = attempts >= maxAttempts;
  await db
    .updateTable('outbox')
    .set({
      status: dead ? 'dead' : 'pending',
      attempts,
      last_error: error.slice(0, 500),
      lease_until: null,
      next_attempt_at: new Date(now.getTime() + delayMs).toISOString(),
    })
    .where('id', '=', row.id)
    .execute();
  return dead ? 'dead' : 'retry';
}

export const listOutbox = (
  db: Kysely<Database>,
  filter: { status?: OutboxTable['status']; channel?: OutboxTable['channel'] },
) => {
  let q = db.selectFrom('outbox').selectAll();
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.channel) q = q.where('channel', '=', filter.channel);
  return q.orderBy('created_at', 'desc').limit(500).execute();
};

export const inbox = (db: Kysely<Database>, userId: string) =>
  db
    .selectFrom('outbox')
    .select(['id', 'event', 'subject', 'body', 'data', 'created_at', 'read_at'])
    .where('channel', '=', 'inbox')
    .where('recipient', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();

export async function markRead(db: Kysely<Database>, userId: string, id: string): Promise<boolean> {
  const r = await db
    .updateTable('outbox')
    .set({ read_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('channel', '=', 'inbox')
    .where('recipient', '=', userId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
