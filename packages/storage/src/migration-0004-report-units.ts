/**
 * Reports are keyed by subject, period *and unit*: a task's co-units each report for themselves, and none can
 * overwrite another's (the old key, subject and period, let a co-unit resubmit the lead unit's returned report).
 * Reporters must belong to a unit: those that do not are moved into a unit created for them, 未分配单位, where
 * they see nothing until an administrator assigns them (before, a unit-less reporter read every unit-less report).
 */
import { sql, SqliteAdapter, type Kysely, type Migration } from 'kysely';

const OLD_KEY = 'constraint "reports_subject_period" unique ("subject_type", "subject_id", "period")';
const NEW_KEY =
  'constraint "reports_subject_period_unit" unique ("subject_type", "subject_id", "period", "unit_id")';

/**
 * SQLite cannot drop a table constraint: the table is rebuilt (its own recipe, https://sqlite.org/lang_altertable.html
 * §7), with foreign keys off so that evidence rows keep pointing at their reports.
 */
async function rekeySqlite(db: Kysely<unknown>): Promise<void> {
  const table = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = 'reports'`.execute(db);
  const ddl = table.rows[0]!.sql;
  if (!ddl.includes(OLD_KEY)) throw new Error('reports: the unique key is not the one 0002 created');
  const indexes = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'index' and tbl_name = 'reports' and sql is not null`.execute(
    db,
  );
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin`.execute(db);
    await sql
      .raw(
        ddl.replace(OLD_KEY, NEW_KEY).replace(/^create table "reports"/i, 'create table "reports_rekeyed"'),
      )
      .execute(db);
    await sql`insert into reports_rekeyed select * from reports`.execute(db);
    await sql`drop table reports`.execute(db);
    await sql`alter table reports_rekeyed rename to reports`.execute(db);
    for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
    await sql`commit`.execute(db);
  } catch (e) {
    await sql`rollback`.execute(db);
    throw e;
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

async function giveReportersAUnit(db: Kysely<unknown>): Promise<void> {
  const orphans = await sql<{
    id: string;
  }>`select id from users where role = 'reporter' and unit_id is null`.execute(db);
  if (orphans.rows.length === 0) return;
  const existing = await sql<{ id: string }>`select id from units where code = 'UNASSIGNED'`.execute(db);
  let unitId = existing.rows[0]?.id;
  if (!unitId) {
    unitId = crypto.randomUUID();
    await sql`insert into units (id, code, name, created_at, version) values (${unitId}, 'UNASSIGNED', '未分配单位', ${new Date().toISOString()}, 1)`.execute(
      db,
    );
  }
  await sql`update users set unit_id = ${unitId} where role = 'reporter' and unit_id is null`.execute(db);
}

export const m0004ReportUnits: Migration = {
  async up(db: Kysely<unknown>) {
    if (db.getExecutor().adapter instanceof SqliteAdapter) await rekeySqlite(db);
    else {
      await sql`alter table reports drop constraint reports_subject_period`.execute(db);
      await sql`alter table reports add constraint reports_subject_period_unit unique (subject_type, subject_id, period, unit_id)`.execute(
        db,
      );
    }
    await giveReportersAUnit(db);
  },
};
