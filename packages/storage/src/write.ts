/**
 * Every write goes through `write`: one transaction that changes rows, records each change as an audit
 * event (who, when, what, before, after) and bumps the data stamp of the plans it touched. Nothing is half
 * written: a failure anywhere rolls back the rows and the events together.
 *
 * ## Lock order (one for every write; issue 12)
 *
 * 1. `audit_head` (id 1) — taken first, by `write` itself, before the operation reads anything;
 * 2. the rows the operation changes, in the order it reads them (entity rows, then the plan row when
 *    publishing: publishing is an operation like any other);
 * 3. `plans.data_stamp` of the plans the events name — last, by `write`.
 *
 * Before, the head was taken after the operation's rows, so publishing (plan row → head) and any other write
 * (its rows → head → plans.data_stamp) waited on each other: 27 deadlocks in one run on PostgreSQL. With the
 * head first, writers queue on it and can no longer hold each other's rows in a cycle; writes were already
 * serialised on the head at commit, so little concurrency is lost. Should the server still meet a deadlock
 * (40P01) or a serialisation failure (40001) — a statement outside `write`, a future isolation level — the
 * whole transaction is run again, at most WRITE_ATTEMPTS times. A unique violation becomes ALREADY_EXISTS
 * naming the field (`details.field`), so a duplicate create that slips past a check is a 409, not a 500.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit, lockAuditHead, type Actor, type AuditInput } from './audit.ts';
import type { Database } from './schema.ts';

export const newId = (): string => randomUUID();
export const nowIso = (): string => new Date().toISOString();

export type StorageErrorCode = 'NOT_FOUND' | 'VERSION_CONFLICT' | 'ALREADY_EXISTS' | 'INVALID' | 'FORBIDDEN';

/** An expected failure with a code the API maps to an HTTP status in one table. */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface WriteContext {
  readonly trx: Transaction<Database>;
  readonly at: string;
  /** Records one change; `before`/`after` are the full rows (null for create/delete). */
  record(event: AuditInput): void;
}

/** How many times a transaction is run when PostgreSQL aborts it for a deadlock or a serialisation failure. */
export const WRITE_ATTEMPTS = 4;
const RETRYABLE = new Set(['40P01', '40001']);

const isRetryable = (e: unknown): boolean => RETRYABLE.has((e as { code?: string } | null)?.code ?? '');

/**
 * A unique violation of either database as ALREADY_EXISTS with the table and field(s), or undefined.
 * PostgreSQL: code 23505 with `detail` "Key (username)=(…) already exists."; SQLite: SQLITE_CONSTRAINT_UNIQUE
 * (or _PRIMARYKEY) with "UNIQUE constraint failed: users.username".
 */
export function uniqueViolation(e: unknown): StorageError | undefined {
  const err = e as { code?: string; detail?: string; table?: string; message?: string } | null;
  let table: string | undefined;
  let fields: string[] = [];
  if (err?.code === '23505') {
    table = err.table;
    fields = (/^Key \(([^)]*)\)=/.exec(err.detail ?? '')?.[1] ?? '').split(',').map((f) => f.trim());
  } else if (err?.code === 'SQLITE_CONSTRAINT_UNIQUE' || err?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const columns = (/constraint failed: (.*)$/.exec(err.message ?? '')?.[1] ?? '').split(',');
    table = columns[0]?.trim().split('.')[0];
    fields = columns.map((c) => c.trim().split('.').slice(1).join('.'));
  } else return undefined;
  const field = fields.filter(Boolean).join(', ') || undefined;
  return new StorageError(
    'ALREADY_EXISTS',
    `${table ?? 'a row'} with this ${field ?? 'key'} already exists`,
    {
      ...(field ? { field } : {}),
      ...(table ? { table } : {}),
    },
  );
}

export async function write<T>(
  db: Kysely<Database>,
  actor: Actor,
  fn: (ctx: WriteContext) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeOnce(db, actor, fn);
    } catch (e) {
      if (isRetryable(e) && attempt < WRITE_ATTEMPTS) {
        // A short random pause, longer each time, so that the writers that collided do not collide again.
        await new Promise((r) => setTimeout(r, attempt * (5 + Math.random() * 20)));
        continue;
      }
      throw uniqueViolation(e) ?? e;
    }
  }
}

async function writeOnce<T>(
  db: Kysely<Database>,
  actor: Actor,
  fn: (ctx: WriteContext) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    // Lock order, step 1: the audit head, before anything is read (see the top of this file).
    await lockAuditHead(trx);
    const events: AuditInput[] = [];
    const at = nowIso();
    const result = await fn({ trx, at, record: (e) => events.push(e) });
    await appendAudit(trx, actor, at, events);
    const plans = [...new Set(events.map((e) => e.planId).filter((p): p is string => p !== null))];
    if (plans.length > 0) {
      await trx
        .updateTable('plans')
        .set((eb) => ({ data_stamp: eb('data_stamp', '+', 1) }))
        .where('id', 'in', plans)
        .execute();
    }
    return result;
  });
}

/**
 * Optimistic concurrency: updates the row only if its version is still `expected`, else says why not.
 * Returns the row before and after.
 */
export async function updateVersioned<
  TB extends
    | 'plans'
    | 'outline_nodes'
    | 'indicators'
    | 'observations'
    | 'projects'
    | 'opinions'
    | 'units'
    | 'users'
    | 'tasks'
    | 'reports'
    | 'warnings'
    | 'webhooks'
    | 'evaluation_reports'
    | 'governments'
    | 'indicator_links'
    | 'item_links'
    | 'target_revisions',
>(
  trx: Transaction<Database>,
  table: TB,
  id: string,
  expected: number,
  changes: Partial<Database[TB]>,
): Promise<{ before: Database[TB]; after: Database[TB] }> {
  // The generic table type defeats Kysely's column inference here; the casts are confined to this function.
  const t = trx as unknown as Kysely<{ versioned: { id: string; version: number } }>;
  const name = table as unknown as 'versioned';
  const before = (await t.selectFrom(name).selectAll().where('id', '=', id).executeTakeFirst()) as
    Database[TB] | undefined;
  if (!before) throw new StorageError('NOT_FOUND', `${table} ${id} not found`, { table, id });
  const result = await t
    .updateTable(name)
    .set({ ...(changes as object), version: expected + 1 } as never)
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new StorageError('VERSION_CONFLICT', `${table} ${id} was changed by someone else`, {
      current: (before as { version: number }).version,
      expected,
    });
  }
  const after = { ...before, ...changes, version: expected + 1 } as Database[TB];
  return { before, after };
}
