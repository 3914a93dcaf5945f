/**
 * Logical backup and restore: every table as JSON lines, in dependency order. The same file restores into
 * SQLite or PostgreSQL (so it is also the way to move from the embedded database to PostgreSQL), and the
 * restored audit chain verifies as before. Sessions are not backed up: users sign in again.
 */
import { createReadStream, createWriteStream, fchmodSync, openSync } from 'node:fs';
import { once } from 'node:events';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { Db } from './database.ts';
import { MIGRATIONS } from './migrations.ts';

export const BACKUP_FORMAT = 'gangmu-backup';
const TABLES = [
  'governments',
  'units',
  'users',
  'plans',
  'plan_versions',
  'outline_nodes',
  'indicators',
  'observations',
  'projects',
  'opinions',
  'opinion_private',
  'opinion_records',
  'holiday_calendars',
  'tasks',
  'reports',
  'evidence',
  'warnings',
  'webhooks',
  'outbox',
  'evaluation_reports',
  'evaluation_report_versions',
  'evaluation_report_comments',
  'plan_relations',
  'indicator_links',
  'item_links',
  'assignments',
  'target_revisions',
  'audit_events',
  'audit_head',
] as const;
type Table = (typeof TABLES)[number];
const ORDER_BY: Record<Table, string> = {
  governments: 'id',
  plan_relations: 'id',
  indicator_links: 'id',
  item_links: 'id',
  assignments: 'id',
  target_revisions: 'id',
  units: 'id',
  users: 'id',
  plans: 'id',
  plan_versions: 'id',
  outline_nodes: 'id',
  indicators: 'id',
  observations: 'id',
  projects: 'id',
  opinions: 'id',
  opinion_private: 'opinion_id',
  opinion_records: 'id',
  holiday_calendars: 'year',
  tasks: 'id',
  reports: 'id',
  evidence: 'id',
  warnings: 'id',
  webhooks: 'id',
  outbox: 'id',
  evaluation_reports: 'id',
  evaluation_report_versions: 'id',
  evaluation_report_comments: 'id',
  audit_events: 'seq',
  audit_head: 'id',
};

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

/** Owner read and write only: a backup holds password hashes and contacts. */
export const BACKUP_FILE_MODE = 0o600;

/**
 * Writes the whole database to `file` (mode 0600, also when it replaces a file that was readable by others);
 * returns the number of rows per table.
 */
export async function backupDatabase(db: Db, file: string): Promise<Record<string, number>> {
  const fd = openSync(file, 'w', BACKUP_FILE_MODE);
  // The mode of open() applies only to a new file (and passes through the umask): set it on the open file too.
  fchmodSync(fd, BACKUP_FILE_MODE);
  const out = createWriteStream('', { fd, encoding: 'utf8' });
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  await write({
    format: BACKUP_FORMAT,
    version: 1,
    migrations: Object.keys(MIGRATIONS),
    createdAt: new Date().toISOString(),
    driver: db.driver,
  });
  const counts: Record<string, number> = {};
  const k = db.kysely as unknown as AnyDb;
  for (const table of TABLES) {
    counts[table] = 0;
    for (let offset = 0; ; offset += 1000) {
      const rows = await k
        .selectFrom(table)
        .selectAll()
        .orderBy(ORDER_BY[table])
        .limit(1000)
        .offset(offset)
        .execute();
      for (const row of rows) await write({ table, row });
      counts[table] += rows.length;
      if (rows.length < 1000) break;
    }
  }
  out.end();
  await once(out, 'finish');
  return counts;
}

/**
 * The lines of a file, pulled chunk by chunk. (readline's interface pushes lines as they are read, and lines
 * emitted while the restore awaits the database would be lost; a stream's own iterator waits for its reader.)
 */
async function* readLines(file: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    rest += chunk as string;
    for (let i = rest.indexOf('\n'); i >= 0; i = rest.indexOf('\n')) {
      yield rest.slice(0, i).replace(/\r$/, '');
      rest = rest.slice(i + 1);
    }
  }
  if (rest) yield rest;
}

/** Restores a backup into an empty, migrated database, in one transaction: all or nothing. */
export async function restoreDatabase(db: Db, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.kysely.transaction().execute(async (trx) => {
    const k = trx as unknown as AnyDb;
    const users = await (trx as Kysely<Database>).selectFrom('users').select('id').limit(1).execute();
    const plans = await (trx as Kysely<Database>).selectFrom('plans').select('id').limit(1).execute();
    if (users.length > 0 || plans.length > 0)
      throw new Error('restore needs an empty database (this one has users or plans)');
    const lines = readLines(file);
    await k.deleteFrom('audit_head').execute();
    let header = false;
    const pending = new Map<string, Record<string, unknown>[]>();
    const flush = async (table: string) => {
      const rows = pending.get(table);
      if (rows?.length) await k.insertInto(table).values(rows).execute();
      pending.set(table, []);
    };
    let current = '';
    for await (const line of lines) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as {
        format?: string;
        version?: number;
        table?: string;
        row?: Record<string, unknown>;
      };
      if (!header) {
        if (entry.format !== BACKUP_FORMAT)
          throw new Error(`not a Gangmu backup (first line: ${line.slice(0, 80)})`);
        if (entry.version !== 1) throw new Error(`unsupported backup version ${entry.version}`);
        header = true;
        continue;
      }
      if (!entry.table || !TABLES.includes(entry.table as Table) || !entry.row)
        throw new Error(`unexpected line in backup: ${line.slice(0, 80)}`);
      if (entry.table !== current) {
        if (current) await flush(current);
        current = entry.table;
      }
      if (current === 'users' && entry.row.role === 'reporter' && !entry.row.unit_id)
        throw new Error(`user ${String(entry.row.username)} is a reporter without a unit: assign one first`);
      const list = pending.get(current) ?? [];
      list.push(entry.row);
      pending.set(current, list);
      if (list.length >= 200) await flush(current);
      counts[current] = (counts[current] ?? 0) + 1;
    }
    if (current) await flush(current);
    if (!header) throw new Error('the backup file is empty');
  });
  return counts;
}
