/**
 * The databases every storage and API test runs against (STYLE habit 19): SQLite always, PostgreSQL when
 * DATABASE_URL points at one. Each test database is fresh: a temporary SQLite file, or a new PostgreSQL schema.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, migrateToLatest, type Db } from '../src/index.ts';

export const PG_URL =
  process.env.DATABASE_URL && /^postgres/.test(process.env.DATABASE_URL)
    ? process.env.DATABASE_URL
    : undefined;
export const DRIVERS: readonly ('sqlite' | 'postgres')[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

if (!PG_URL && !(globalThis as { __gangmuPgNote?: boolean }).__gangmuPgNote) {
  (globalThis as { __gangmuPgNote?: boolean }).__gangmuPgNote = true;
  console.log(
    'PostgreSQL skipped: DATABASE_URL is unset (set DATABASE_URL=postgres://… to run every storage and API test on PostgreSQL too)',
  );
}

export interface TestDb {
  readonly db: Db;
  readonly drop: () => Promise<void>;
  /** How to open the same database again (another process, a restart). */
  readonly url: string;
  /** Removes the database's storage only (the connection is already closed). */
  readonly dropStorage: () => Promise<void>;
}

export async function freshDatabase(driver: 'sqlite' | 'postgres'): Promise<TestDb> {
  if (driver === 'sqlite') {
    const file = join(mkdtempSync(join(tmpdir(), 'gangmu-db-')), 'test.db');
    const db = createDatabase({ driver: 'sqlite', file });
    await migrateToLatest(db);
    return { db, drop: () => db.close(), url: `sqlite:${file}`, dropStorage: async () => {} };
  }
  const schema = `gm_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = createDatabase({ driver: 'postgres', url: PG_URL!, schema });
  await migrateToLatest(db);
  const url = `${PG_URL}${PG_URL!.includes('?') ? '&' : '?'}schema=${schema}`;
  const dropStorage = async () => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`drop schema ${schema} cascade`);
    await c.end();
  };
  return {
    db,
    url,
    dropStorage,
    drop: async () => {
      await db.close();
      await dropStorage();
    },
  };
}
export { generatedLargePlan } from './large-plan.ts';
export { rehashAuditChain, truncateAuditChain } from './tamper.ts';
