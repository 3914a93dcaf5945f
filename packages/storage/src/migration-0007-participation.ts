/**
 * Migration 0007: public participation as a closed loop (issue 16). Opinions get a handling state, a tracking
 * code, the unit and deadline of their assignment, the answer and the visitor's rating; every step is a row of
 * `opinion_records`. Personal data moves out of `opinions` into `opinion_private` (contact, notify e-mail, the
 * hashed private-link token and address), so no ordinary read or audit event of an opinion can carry it.
 * `holiday_calendars` holds the years an administrator adds beyond those shipped in @gangmu/domain.
 */
import { sql, type Kysely, type Migration } from 'kysely';

const text = 'text' as const;
const int = 'integer' as const;

/** One ALTER per column: SQLite adds a single column per statement. */
const OPINION_COLUMNS: readonly [string, typeof text | typeof int, unknown?][] = [
  ['handling_state', text, 'received'],
  ['tracking_code', text],
  ['held', int, 0],
  ['contact_shared', int, 0],
  ['posted_on', text],
  ['duplicate_of', text],
  ['public_reason', text],
  ['unit_id', text],
  ['assigned_at', text],
  ['deadline', text],
  ['answer_draft', text],
  ['answer', text],
  ['answered_at', text],
  ['published_at', text],
  ['reopen_count', int, 0],
  ['rating', text],
  ['rating_comment', text],
  ['rated_at', text],
  ['task_id', text],
];

export const m0007Participation: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [name, type, dflt] of OPINION_COLUMNS) {
      await db.schema
        .alterTable('opinions')
        .addColumn(name, type, (c) => (dflt === undefined ? c : c.notNull().defaultTo(dflt)))
        .execute();
    }
    await db.schema
      .createIndex('opinions_tracking_code')
      .on('opinions')
      .column('tracking_code')
      .unique()
      .execute();
    await db.schema
      .createIndex('opinions_unit_state')
      .on('opinions')
      .columns(['unit_id', 'handling_state'])
      .execute();
    await db.schema
      .createIndex('opinions_target')
      .on('opinions')
      .columns(['plan_id', 'target_type', 'target_id', 'posted_on'])
      .execute();
    await db.schema
      .createTable('opinion_private')
      .addColumn('opinion_id', text, (c) => c.primaryKey().references('opinions.id').onDelete('cascade'))
      .addColumn('contact', text)
      .addColumn('notify_email', text)
      .addColumn('token_hash', text)
      .addColumn('address_hash', text)
      .addColumn('posted_on', text)
      .execute();
    await db.schema
      .createIndex('opinion_private_address')
      .on('opinion_private')
      .columns(['address_hash', 'posted_on'])
      .execute();
    await db.schema
      .createTable('opinion_records')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('opinion_id', text, (c) => c.notNull().references('opinions.id').onDelete('cascade'))
      .addColumn('plan_id', text, (c) => c.notNull())
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('state', text, (c) => c.notNull())
      .addColumn('actor_id', text)
      .addColumn('actor_name', text, (c) => c.notNull())
      .addColumn('unit_id', text)
      .addColumn('body', text)
      .addColumn('data', text, (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', text, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('opinion_records_opinion')
      .on('opinion_records')
      .column('opinion_id')
      .execute();
    await db.schema
      .createTable('holiday_calendars')
      .addColumn('year', int, (c) => c.primaryKey())
      .addColumn('off_days', text, (c) => c.notNull())
      .addColumn('work_days', text, (c) => c.notNull())
      .addColumn('source', text, (c) => c.notNull())
      .addColumn('created_by', text)
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .execute();
    // Existing opinions: contact details move out; moderation maps onto the handling states.
    await sql`insert into opinion_private (opinion_id, contact) select id, contact from opinions where contact is not null`.execute(
      db,
    );
    await sql`update opinions set contact = null`.execute(db);
    await sql`update opinions set handling_state = 'accepted' where status = 'approved'`.execute(db);
    await sql`update opinions set handling_state = 'declined' where status = 'rejected'`.execute(db);
    await sql`update opinions set posted_on = substr(created_at, 1, 10) where posted_on is null`.execute(db);
  },
};
