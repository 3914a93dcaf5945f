/**
 * Telling "the database is gone for a moment" (restart, failover, terminated backends, no free connection)
 * from a bug or a bad request: the former is answered 503 with Retry-After and heals by itself, because the
 * pool drops dead clients and opens new ones on the next query.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Thrown when no connection could be had at all (refused, timed out, the database not accepting any). */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`database unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

// SQLSTATE class 08 (connection exception), 57P01–57P03 (admin/crash shutdown, cannot connect now),
// 53300 (too many connections): all say "try again soon", none says the request was wrong.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
// Socket-level failures have no SQLSTATE: node's errno codes, and pg's own messages for a dead socket.
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable/;

/** Whether an error means the database could not be reached (as opposed to a query that failed on its merits). */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (err instanceof DatabaseUnavailableError) return true;
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code)))
    return true;
  return UNAVAILABLE_MESSAGE.test(err.message);
}

/** The smallest question a database can answer: resolves when it does (readiness checks). */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
