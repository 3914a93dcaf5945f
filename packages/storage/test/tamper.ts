/**
 * What an attacker with write access to the database can do to the audit trail without leaving a broken
 * chain (issue 12): re-hash every event from an edited one onwards, or cut the end and rewind the head. Only
 * anchors published outside the database (docs/operations.md, "Audit anchor") reveal either.
 */
import type { Kysely } from 'kysely';
import { eventHash, GENESIS_HASH, type Database } from '../src/index.ts';

/** Recomputes prev_hash and hash of every event from `fromSeq` on, and the head: the chain verifies again. */
export async function rehashAuditChain(db: Kysely<Database>, fromSeq: number): Promise<void> {
  const before = await db
    .selectFrom('audit_events')
    .select('hash')
    .where('seq', '=', fromSeq - 1)
    .executeTakeFirst();
  let prev = before?.hash ?? GENESIS_HASH;
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('seq', '>=', fromSeq)
    .orderBy('seq')
    .execute();
  for (const r of rows) {
    const { hash: _old, ...rest } = r;
    const hash = eventHash({ ...rest, prev_hash: prev });
    await db.updateTable('audit_events').set({ prev_hash: prev, hash }).where('seq', '=', r.seq).execute();
    prev = hash;
  }
  const last = rows.at(-1);
  if (last)
    await db.updateTable('audit_head').set({ seq: last.seq, hash: prev }).where('id', '=', 1).execute();
}

/** Deletes every event after `keep` and rewinds the head to it: the shorter chain verifies. */
export async function truncateAuditChain(db: Kysely<Database>, keep: number): Promise<void> {
  await db.deleteFrom('audit_events').where('seq', '>', keep).execute();
  const last = await db.selectFrom('audit_events').select('hash').where('seq', '=', keep).executeTakeFirst();
  await db
    .updateTable('audit_head')
    .set({ seq: keep, hash: last?.hash ?? GENESIS_HASH })
    .where('id', '=', 1)
    .execute();
}
