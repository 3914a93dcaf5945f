/**
 * Multi-row inserts cut to the databases' limits on bound parameters per statement: SQLite's
 * SQLITE_MAX_VARIABLE_NUMBER (32766 since 3.32) and PostgreSQL's 65535 (a 16-bit count in the wire protocol).
 * A 20 MiB plan has thousands of projects and nodes; one `values(rows)` for all of them fails with
 * "too many SQL variables" (issue 12).
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Parameters per statement: well under both limits. Larger statements gain nothing measurable (the time goes to
 * the rows themselves), and PostgreSQL plans a 10,000-parameter statement in well under a millisecond.
 */
export const MAX_PARAMETERS_PER_STATEMENT = 10_000;

/** How many rows of `columns` columns fit in one statement under `maxParameters`. */
export function rowsPerStatement(columns: number, maxParameters = MAX_PARAMETERS_PER_STATEMENT): number {
  return Math.max(1, Math.floor(maxParameters / Math.max(1, columns)));
}

/**
 * Inserts `rows` into `table` in as few statements as the parameter limit allows (the column count is taken from
 * the widest row, so rows with optional columns are still cut safely).
 */
export async function insertInChunks<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Database[T][],
  maxParameters = MAX_PARAMETERS_PER_STATEMENT,
): Promise<void> {
  if (rows.length === 0) return;
  let columns = 0;
  for (const r of rows) columns = Math.max(columns, Object.keys(r as object).length);
  const size = rowsPerStatement(columns, maxParameters);
  for (let i = 0; i < rows.length; i += size)
    await db
      .insertInto(table)
      // Kysely's Insertable<Database[T]> is not inferable for a generic table; the rows are whole table rows.
      .values(rows.slice(i, i + size) as never)
      .execute();
}
