/**
 * The one place that picks the SQL dialect (STYLE habit 18): SQLite through better-sqlite3 by default (a
 * file under ./data, WAL), PostgreSQL when a postgres:// URL is given. Everything above uses Kysely<Database>.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { DatabaseUnavailableError } from './availability.ts';

export type DatabaseConfig =
  | { readonly driver: 'sqlite'; readonly file: string }
  | {
      readonly driver: 'postgres';
      readonly url: string;
      readonly schema?: string;
      readonly poolSize?: number;
    };

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly driver: DatabaseConfig['driver'];
  /** The PostgreSQL schema the tables live in (search_path); undefined on SQLite. */
  readonly schema?: string;
  close(): Promise<void>;
}

/** Parses `DATABASE_URL`-style settings: a postgres:// URL, or a SQLite file path (default ./data/gangmu.db). */
export function databaseConfigFrom(url: string | undefined, defaultFile = 'data/gangmu.db'): DatabaseConfig {
  if (!url) return { driver: 'sqlite', file: defaultFile };
  if (/^postgres(ql)?:\/\//.test(url)) {
    // ?schema=NAME selects a PostgreSQL schema (search_path), as several tools spell it.
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema');
    if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema))
      throw new Error(`schema must be a plain identifier (got "${schema}")`);
    parsed.searchParams.delete('schema');
    return { driver: 'postgres', url: parsed.toString(), ...(schema ? { schema } : {}) };
  }
  if (url.startsWith('sqlite:')) return { driver: 'sqlite', file: url.replace(/^sqlite:(\/\/)?/, '') };
  throw new Error(
    `DATABASE_URL must start with postgres://, postgresql:// or sqlite: (got "${url.slice(0, 40)}")`,
  );
}

export interface DatabaseHooks {
  /** A pooled connection died (restart, failover, pg_terminate_backend); the pool has already dropped it. */
  readonly onConnectionError?: (err: Error) => void;
}

/** How long a request waits for a connection before it is answered 503 (the database is away or saturated). */
const CONNECT_TIMEOUT_MS = 3000;

// PostgreSQL returns bigint (count(*)) and numeric as strings; our schema uses integer and double precision,
// which pg already returns as numbers. count(*) is cast in queries.
export function createDatabase(config: DatabaseConfig, hooks: DatabaseHooks = {}): Db {
  if (config.driver === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
    const sqlite = new SQLite(config.file);
    sqlite.pragma('journal_mode = WAL');
    // NORMAL is durable across process crashes (kill -9) in WAL mode; only a power loss can lose the last commits.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { kysely, driver: 'sqlite', close: () => kysely.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  // pg emits 'error' on an idle pooled client (on the pool) and on a checked-out one (on the client) when its
  // backend goes away; unheard, either event kills the process. The dead client is discarded on release, and
  // the query that was using it fails on its own, so hearing the event is all the handling it needs.
  const onError = (err: Error) => hooks.onConnectionError?.(err);
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  const connect = async () => {
    try {
      return await pool.connect();
    } catch (err) {
      throw new DatabaseUnavailableError(err);
    }
  };
  const kysely = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: { connect, end: () => pool.end() } }),
  });
  return { kysely, driver: 'postgres', schema: config.schema ?? 'public', close: () => kysely.destroy() };
}
