/**
 * Migration 0006: the plan system (issue 15) — governments by division code, the government of units, users
 * and plans, plan types and "implements" relations, indicator and item links across levels, quotas and task
 * assignments (分解下达) with their document, and target revisions (规划调整) through approval.
 *
 * Existing rows: where there are plans, units or users already, one default government is created (西湖区,
 * 360103, the example plan's) and they are put under it; a fresh database gets none, and rows without a
 * government stay visible as before (one government, no scoping).
 */
import { sql, type Kysely, type Migration } from 'kysely';

const text = 'text' as const;
const int = 'integer' as const;
const real = 'double precision' as const;

export const DEFAULT_GOVERNMENT = { code: '360103', name: '西湖区', level: 'county' } as const;

async function createTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('governments')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('code', text, (c) => c.notNull().unique())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('level', text, (c) => c.notNull())
    // No foreign key: a backup restores rows in id order, parents not always first.
    .addColumn('parent_id', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('version', int, (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('governments_parent').on('governments').column('parent_id').execute();
  await db.schema
    .createTable('plan_relations')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('plan_id', text, (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('parent_plan_id', text, (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('created_by', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addUniqueConstraint('plan_relations_pair', ['plan_id', 'parent_plan_id'])
    .execute();
  await db.schema
    .createIndex('plan_relations_parent')
    .on('plan_relations')
    .column('parent_plan_id')
    .execute();
  await db.schema
    .createTable('indicator_links')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('plan_id', text, (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('indicator_id', text, (c) => c.notNull().references('indicators.id').onDelete('cascade'))
    .addColumn('upper_plan_id', text, (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('upper_indicator_id', text, (c) => c.notNull().references('indicators.id').onDelete('cascade'))
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('score', real, (c) => c.notNull())
    .addColumn('score_parts', text, (c) => c.notNull())
    .addColumn('decided_by', text)
    .addColumn('decided_at', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('version', int, (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('indicator_links_pair', ['indicator_id', 'upper_indicator_id'])
    .execute();
  await db.schema.createIndex('indicator_links_plan').on('indicator_links').column('plan_id').execute();
  await db.schema
    .createIndex('indicator_links_upper')
    .on('indicator_links')
    .column('upper_indicator_id')
    .execute();
  await db.schema
    .createTable('item_links')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('plan_id', text, (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('node_id', text, (c) => c.notNull().references('outline_nodes.id').onDelete('cascade'))
    .addColumn('upper_plan_id', text, (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('upper_node_id', text, (c) => c.notNull().references('outline_nodes.id').onDelete('cascade'))
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('decided_by', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('version', int, (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('item_links_pair', ['node_id', 'upper_node_id'])
    .execute();
  // 分解下达: an upper indicator's quota or an upper item assigned to a lower government, by a document.
  await db.schema
    .createTable('assignments')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('upper_plan_id', text, (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('upper_indicator_id', text, (c) => c.references('indicators.id').onDelete('cascade'))
    .addColumn('upper_node_id', text, (c) => c.references('outline_nodes.id').onDelete('cascade'))
    .addColumn('government_id', text, (c) => c.notNull().references('governments.id'))
    .addColumn('target', text)
    .addColumn('document_no', text, (c) => c.notNull())
    .addColumn('document_date', text)
    .addColumn('created_by', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('version', int, (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('assignments_government').on('assignments').column('government_id').execute();
  await db.schema
    .createTable('target_revisions')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('plan_id', text, (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('indicator_id', text, (c) => c.notNull().references('indicators.id').onDelete('cascade'))
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('target', text, (c) => c.notNull())
    .addColumn('reason', text, (c) => c.notNull())
    .addColumn('effective_year', int, (c) => c.notNull())
    .addColumn('proposed_by', text)
    .addColumn('proposed_at', text, (c) => c.notNull())
    .addColumn('approving_body', text)
    .addColumn('document_no', text)
    .addColumn('document_date', text)
    .addColumn('decided_by', text)
    .addColumn('decided_at', text)
    .addColumn('version', int, (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('target_revisions_plan').on('target_revisions').column('plan_id').execute();
}

async function addColumns(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('units').addColumn('government_id', text).execute();
  await db.schema.alterTable('users').addColumn('government_id', text).execute();
  await db.schema.alterTable('plans').addColumn('government_id', text).execute();
  await db.schema
    .alterTable('plans')
    .addColumn('plan_type', text, (c) => c.notNull().defaultTo('outline'))
    .execute();
  // A fixture made up for tests and demonstrations (no real plan found): shown as such.
  await db.schema
    .alterTable('plans')
    .addColumn('synthetic', int, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('plans_government').on('plans').column('government_id').execute();
}

async function defaultGovernment(db: Kysely<unknown>): Promise<void> {
  const counts = await sql<{
    n: number | string;
  }>`select (select count(*) from plans) + (select count(*) from units) + (select count(*) from users) as n`.execute(
    db,
  );
  if (Number(counts.rows[0]?.n ?? 0) === 0) return;
  const id = crypto.randomUUID();
  const g = DEFAULT_GOVERNMENT;
  await sql`insert into governments (id, code, name, level, parent_id, created_at, version) values (${id}, ${g.code}, ${g.name}, ${g.level}, null, ${new Date().toISOString()}, 1)`.execute(
    db,
  );
  await sql`update plans set government_id = ${id}`.execute(db);
  await sql`update units set government_id = ${id}`.execute(db);
  await sql`update users set government_id = ${id}`.execute(db);
}

export const m0006PlanSystem: Migration = {
  async up(db: Kysely<unknown>) {
    await createTables(db);
    await addColumns(db);
    await defaultGovernment(db);
  },
};
