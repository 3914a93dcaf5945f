/**
 * A PostgreSQL database of a test's own, to be cut off (other tests share the CI database, and terminating its
 * backends would break them): created and dropped on a maintenance connection, its backends terminated, its
 * connections refused and allowed again.
 */
import pg from 'pg';
import { PG_URL } from '@gangmu/storage/testing';

export async function onMaintenance<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

export const terminateAll = (c: pg.Client, dbName: string) =>
  c.query(
    'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
    [dbName],
  );

/** Creates a database named `dbName` and returns its URL. */
export async function createOwnDatabase(dbName: string): Promise<string> {
  await onMaintenance((c) => c.query(`create database ${dbName}`));
  const url = new URL(PG_URL!);
  url.pathname = `/${dbName}`;
  return url.toString();
}

/** Lets connections in again, ends the last ones and drops the database. */
export async function dropOwnDatabase(dbName: string): Promise<void> {
  await onMaintenance(async (c) => {
    await c.query(`alter database ${dbName} allow_connections true`);
    await terminateAll(c, dbName);
    await c.query(`drop database if exists ${dbName}`);
  });
}

/** A failover window: connections refused and every backend ended, until `back()` is called. */
export async function cutOff(dbName: string): Promise<{ back: () => Promise<void> }> {
  await onMaintenance(async (c) => {
    await c.query(`alter database ${dbName} allow_connections false`);
    await terminateAll(c, dbName);
  });
  return {
    back: () =>
      onMaintenance((c) => c.query(`alter database ${dbName} allow_connections true`)).then(() => undefined),
  };
}
