/**
 * Accounts hardening: sign-in failures counted per name in their own table (known and unknown names alike, so
 * that a lock says nothing about whether the account exists), and a flag that makes a user change a password
 * someone else chose (the first administrator's) before doing anything else.
 */
import type { Kysely, Migration } from 'kysely';

export const m0003Accounts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('login_throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('locked_until', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .alterTable('users')
      .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
