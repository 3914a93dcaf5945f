/**
 * The tamper-evident trail: every write appends an event whose hash covers the previous event's hash, in
 * the same transaction as the write. The chain head (audit_head) is updated first, which takes its row lock:
 * appends are serialised on PostgreSQL as on SQLite, so the chain never forks.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AuditEventsTable, Database } from './schema.ts';
import { insertInChunks } from './batch.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface Actor {
  readonly id: string | null;
  readonly name: string;
}
export const SYSTEM_ACTOR: Actor = { id: null, name: 'system' };

export interface AuditInput {
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly planId: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

/** The hash of an event: sha256 over the previous hash and every stored field, separated by U+001F. */
export function eventHash(e: Omit<AuditEventsTable, 'hash'>): string {
  const fields = [
    e.prev_hash,
    e.seq,
    e.at,
    e.actor_id ?? '',
    e.actor_name,
    e.action,
    e.entity,
    e.entity_id,
    e.plan_id ?? '',
    e.before ?? '',
    e.after ?? '',
  ];
  return createHash('sha256').update(fields.join('\u001f')).digest('hex');
}

/**
 * Takes the chain head's row lock for the rest of the transaction (a no-op update: SQLite has no FOR UPDATE,
 * and on SQLite it starts the write transaction at once). Step 1 of the lock order in write.ts.
 */
export async function lockAuditHead(trx: Transaction<Database>): Promise<void> {
  await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb.ref('seq') }))
    .where('id', '=', 1)
    .execute();
}

/** Appends events for one transaction; `at` is one timestamp for all of them. */
export async function appendAudit(
  trx: Transaction<Database>,
  actor: Actor,
  at: string,
  events: readonly AuditInput[],
): Promise<void> {
  if (events.length === 0) return;
  const head = await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', events.length) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  let seq = head.seq - events.length;
  let prev = head.hash;
  const rows: AuditEventsTable[] = [];
  for (const e of events) {
    seq++;
    const row = {
      seq,
      at,
      actor_id: actor.id,
      actor_name: actor.name,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId,
      plan_id: e.planId,
      before: json(e.before),
      after: json(e.after),
      prev_hash: prev,
    };
    const hash = eventHash(row);
    rows.push({ ...row, hash });
    prev = hash;
  }
  await insertInChunks(trx, 'audit_events', rows);
  await trx.updateTable('audit_head').set({ hash: prev }).where('id', '=', 1).execute();
}

/**
 * A copy of the chain head kept outside the database (an append-only file, see docs/operations.md): whoever
 * can rewrite the tables can re-hash the chain after an edit, or cut its end and rewind the head, and the chain
 * alone still verifies — but no longer matches the hash it showed at `seq` before.
 */
export interface AuditAnchor {
  readonly seq: number;
  readonly hash: string;
  /** When it was taken (ISO 8601). */
  readonly at: string;
}

export type ChainProblem =
  | {
      readonly seq: number;
      readonly problem: 'altered' | 'missing' | 'broken_link' | 'truncated';
    }
  | {
      /** The anchored seq. */
      readonly seq: number;
      /** rewritten: the event at the anchored seq has another hash now; rewound: the chain ends before it. */
      readonly problem: 'rewritten' | 'rewound';
      readonly anchor: AuditAnchor;
    };
export interface ChainReport {
  readonly ok: boolean;
  readonly events: number;
  readonly first?: ChainProblem;
  /** How many anchors were compared (when anchors were given). */
  readonly anchors?: number;
}

/** The chain head as the database holds it: the last event's seq and hash (0 and the genesis hash when empty). */
export async function readAuditHead(db: Kysely<Database>): Promise<{ seq: number; hash: string }> {
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return head ? { seq: Number(head.seq), hash: head.hash } : { seq: 0, hash: GENESIS_HASH };
}

export interface VerifyOptions {
  readonly batch?: number;
  /** Heads published earlier: the event at each anchored seq must still exist and have the anchored hash. */
  readonly anchors?: readonly AuditAnchor[];
}

/**
 * Recomputes the chain from the first event and names the first altered, missing or unlinked one; with
 * anchors, also the first anchored seq whose event was re-hashed, or that the chain no longer reaches.
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  options: VerifyOptions = {},
): Promise<ChainReport> {
  const batch = options.batch ?? 5000;
  const anchors = [...(options.anchors ?? [])].sort((a, b) => a.seq - b.seq);
  const anchored = new Map<number, AuditAnchor[]>();
  for (const a of anchors) anchored.set(a.seq, [...(anchored.get(a.seq) ?? []), a]);
  const counted = options.anchors ? { anchors: anchors.length } : {};
  const differing = (seq: number, hash: string) => anchored.get(seq)?.find((a) => a.hash !== hash);
  const genesis = differing(0, GENESIS_HASH);
  if (genesis)
    return { ok: false, events: 0, first: { seq: 0, problem: 'rewritten', anchor: genesis }, ...counted };
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(batch)
      .execute();
    for (const r of rows) {
      if (r.seq !== expectedSeq)
        return { ok: false, events: count, first: { seq: expectedSeq, problem: 'missing' }, ...counted };
      if (r.prev_hash !== prev)
        return { ok: false, events: count, first: { seq: r.seq, problem: 'broken_link' }, ...counted };
      const { hash, ...rest } = r;
      if (eventHash(rest) !== hash)
        return { ok: false, events: count, first: { seq: r.seq, problem: 'altered' }, ...counted };
      const anchor = differing(r.seq, hash);
      if (anchor)
        return { ok: false, events: count, first: { seq: r.seq, problem: 'rewritten', anchor }, ...counted };
      prev = hash;
      expectedSeq++;
      count++;
    }
    if (rows.length < batch) break;
  }
  const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
  if (head && (head.seq !== count || head.hash !== prev))
    return { ok: false, events: count, first: { seq: count + 1, problem: 'truncated' }, ...counted };
  const beyond = anchors.find((a) => a.seq > count);
  if (beyond)
    return {
      ok: false,
      events: count,
      first: { seq: beyond.seq, problem: 'rewound', anchor: beyond },
      ...counted,
    };
  return { ok: true, events: count, ...counted };
}

/** Audit events newest first, a page at a time: `before` a seq, of one plan or all. */
export const listAuditEvents = (
  db: Kysely<Database>,
  o: { readonly planId?: string | undefined; readonly before?: number | undefined; readonly limit: number },
): Promise<AuditEventsTable[]> => {
  let query = db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(o.limit);
  if (o.planId !== undefined) query = query.where('plan_id', '=', o.planId);
  if (o.before !== undefined) query = query.where('seq', '<', o.before);
  return query.execute();
};
