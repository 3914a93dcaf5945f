/**
 * Every write goes through `write`: one transaction that changes rows, records each change as an audit
 * event (who, when, what, before, after) and bumps the data stamp of the plans it touched. Nothing is half
 * written: a failure anywhere rolls back the rows and the events together.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit, type Actor, type AuditInput } from './audit.ts';
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

export async function write<T>(
  db: Kysely<Database>,
  actor: Actor,
  fn: (ctx: WriteContext) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
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
