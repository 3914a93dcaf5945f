/**
 * Migrations, in code so that they ship with the package and run the same on SQLite and PostgreSQL.
 * Append new migrations; never edit one that has run. `migrateToLatest` runs at start and from `gangmu migrate`.
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.ts';
import { m0003Accounts } from './migration-0003-accounts.ts';
import { m0004ReportUnits } from './migration-0004-report-units.ts';
import { m0005EvaluationReports } from './migration-0005-evaluation-reports.ts';
import { m0006PlanSystem } from './migration-0006-plan-system.ts';
import { m0007Participation } from './migration-0007-participation.ts';
import { m0008PortfolioIndexes } from './migration-0008-portfolio-indexes.ts';

const text = 'text' as const;
const int = 'integer' as const;
const real = 'double precision' as const;

const m0001: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('units')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('code', text, (c) => c.notNull().unique())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createTable('users')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('username', text, (c) => c.notNull().unique())
      .addColumn('display_name', text, (c) => c.notNull())
      .addColumn('password_hash', text, (c) => c.notNull())
      .addColumn('role', text, (c) => c.notNull())
      .addColumn('unit_id', text, (c) => c.references('units.id'))
      .addColumn('failed_logins', int, (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', text)
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('csrf_token', text, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('expires_at', text, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('plans')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('title', text, (c) => c.notNull())
      .addColumn('issuer', text)
      .addColumn('period_start', int)
      .addColumn('period_end', int)
      .addColumn('vision_year', int)
      .addColumn('base_year', int)
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('published_version', int, (c) => c.notNull().defaultTo(0))
      .addColumn('source_format', text)
      .addColumn('source_text', text)
      .addColumn('diagnostics', text, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('updated_at', text, (c) => c.notNull())
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .addColumn('data_stamp', int, (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createTable('plan_versions')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('plan_id', text, (c) => c.notNull().references('plans.id'))
      .addColumn('number', int, (c) => c.notNull())
      .addColumn('snapshot', text, (c) => c.notNull())
      .addColumn('published_at', text, (c) => c.notNull())
      .addColumn('published_by', text)
      .addUniqueConstraint('plan_versions_plan_number', ['plan_id', 'number'])
      .execute();
    await db.schema
      .createTable('outline_nodes')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('plan_id', text, (c) => c.notNull().references('plans.id'))
      .addColumn('parent_id', text)
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('no', int, (c) => c.notNull())
      .addColumn('title', text, (c) => c.notNull())
      .addColumn('body', text, (c) => c.notNull())
      .addColumn('position', int, (c) => c.notNull())
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex('outline_nodes_plan')
      .on('outline_nodes')
      .columns(['plan_id', 'position'])
      .execute();
    await db.schema
      .createTable('indicators')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('plan_id', text, (c) => c.notNull().references('plans.id'))
      .addColumn('position', int, (c) => c.notNull())
      .addColumn('category', text)
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('unit', text)
      .addColumn('attribute', text, (c) => c.notNull())
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('previous_period', text)
      .addColumn('target_text', text)
      .addColumn('definition', text, (c) => c.notNull())
      .addColumn('unit_id', text, (c) => c.references('units.id'))
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex('indicators_plan')
      .on('indicators')
      .columns(['plan_id', 'position'])
      .execute();
    await db.schema
      .createTable('observations')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('indicator_id', text, (c) => c.notNull().references('indicators.id'))
      .addColumn('plan_id', text, (c) => c.notNull())
      .addColumn('year', int, (c) => c.notNull())
      .addColumn('period', text, (c) => c.notNull())
      .addColumn('value', real)
      .addColumn('pct', real)
      .addColumn('note', text)
      .addColumn('entered_by', text)
      .addColumn('entered_at', text, (c) => c.notNull())
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('observations_indicator_period', ['indicator_id', 'year', 'period'])
      .execute();
    await db.schema.createIndex('observations_plan').on('observations').column('plan_id').execute();
    await db.schema
      .createTable('projects')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('plan_id', text, (c) => c.notNull().references('plans.id'))
      .addColumn('box_no', int, (c) => c.notNull())
      .addColumn('box_title', text, (c) => c.notNull())
      .addColumn('no', int, (c) => c.notNull())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('description', text, (c) => c.notNull())
      .addColumn('chapter_no', int)
      .addColumn('section_no', int)
      .addColumn('unit_id', text, (c) => c.references('units.id'))
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createTable('opinions')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('plan_id', text, (c) => c.notNull().references('plans.id'))
      .addColumn('target_type', text, (c) => c.notNull())
      .addColumn('target_id', text)
      .addColumn('author_name', text)
      .addColumn('contact', text)
      .addColumn('content', text, (c) => c.notNull())
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('moderated_by', text)
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createTable('audit_events')
      .addColumn('seq', int, (c) => c.primaryKey())
      .addColumn('at', text, (c) => c.notNull())
      .addColumn('actor_id', text)
      .addColumn('actor_name', text, (c) => c.notNull())
      .addColumn('action', text, (c) => c.notNull())
      .addColumn('entity', text, (c) => c.notNull())
      .addColumn('entity_id', text, (c) => c.notNull())
      .addColumn('plan_id', text)
      .addColumn('before', text)
      .addColumn('after', text)
      .addColumn('prev_hash', text, (c) => c.notNull())
      .addColumn('hash', text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_events_plan').on('audit_events').columns(['plan_id', 'seq']).execute();
    await db.schema
      .createTable('audit_head')
      .addColumn('id', int, (c) => c.primaryKey())
      .addColumn('seq', int, (c) => c.notNull())
      .addColumn('hash', text, (c) => c.notNull())
      .execute();
    await sql`insert into audit_head (id, seq, hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);
  },
};

const m0002: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('users').addColumn('email', text).execute();
    for (const [name, type] of [
      ['planned_investment', real],
      ['completed_investment', real],
      ['start_date', text],
      ['end_date', text],
      ['stage', text],
      ['progress', int],
      ['schedule', text],
    ] as const) {
      await db.schema.alterTable('projects').addColumn(name, type).execute();
    }
    await db.schema.alterTable('indicators').addColumn('schedule', text).execute();
    await db.schema
      .createTable('tasks')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('plan_id', text, (c) => c.notNull().references('plans.id'))
      .addColumn('node_id', text)
      .addColumn('title', text, (c) => c.notNull())
      .addColumn('lead_unit_id', text, (c) => c.references('units.id'))
      .addColumn('co_unit_ids', text, (c) => c.notNull().defaultTo('[]'))
      .addColumn('deadline', text)
      .addColumn('milestones', text, (c) => c.notNull().defaultTo('[]'))
      .addColumn('expected_result', text)
      .addColumn('indicator_ids', text, (c) => c.notNull().defaultTo('[]'))
      .addColumn('project_ids', text, (c) => c.notNull().defaultTo('[]'))
      .addColumn('schedule', text)
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('progress', int, (c) => c.notNull().defaultTo(0))
      .addColumn('position', int, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('tasks_plan').on('tasks').columns(['plan_id', 'position']).execute();
    await db.schema.createIndex('tasks_lead_unit').on('tasks').column('lead_unit_id').execute();
    await db.schema.createIndex('tasks_deadline').on('tasks').columns(['status', 'deadline']).execute();
    await db.schema
      .createTable('reports')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('plan_id', text, (c) => c.notNull())
      .addColumn('subject_type', text, (c) => c.notNull())
      .addColumn('subject_id', text, (c) => c.notNull())
      .addColumn('unit_id', text)
      .addColumn('period', text, (c) => c.notNull())
      .addColumn('percent', int)
      .addColumn('done_text', text, (c) => c.notNull())
      .addColumn('problems', text)
      .addColumn('next_steps', text)
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('revision', int, (c) => c.notNull().defaultTo(1))
      .addColumn('submitted_by', text)
      .addColumn('submitted_at', text, (c) => c.notNull())
      .addColumn('reviewed_by', text)
      .addColumn('reviewed_at', text)
      .addColumn('review_comment', text)
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('reports_subject_period', ['subject_type', 'subject_id', 'period'])
      .execute();
    await db.schema
      .createTable('evidence')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('report_id', text, (c) => c.notNull().references('reports.id'))
      .addColumn('file_name', text, (c) => c.notNull())
      .addColumn('stored_name', text, (c) => c.notNull())
      .addColumn('content_type', text, (c) => c.notNull())
      .addColumn('size', int, (c) => c.notNull())
      .addColumn('sha256', text, (c) => c.notNull())
      .addColumn('uploaded_by', text)
      .addColumn('uploaded_at', text, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('warnings')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('key', text, (c) => c.notNull().unique())
      .addColumn('plan_id', text)
      .addColumn('level', text, (c) => c.notNull())
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('subject_type', text, (c) => c.notNull())
      .addColumn('subject_id', text, (c) => c.notNull())
      .addColumn('unit_id', text)
      .addColumn('reason', text, (c) => c.notNull())
      .addColumn('reason_en', text, (c) => c.notNull())
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('assigned_to', text)
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('updated_at', text, (c) => c.notNull())
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('warnings_status').on('warnings').columns(['status', 'level']).execute();
    await db.schema
      .createTable('webhooks')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('url', text, (c) => c.notNull())
      .addColumn('secret', text, (c) => c.notNull())
      .addColumn('preset', text, (c) => c.notNull())
      .addColumn('events', text, (c) => c.notNull().defaultTo('["*"]'))
      .addColumn('active', int, (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createTable('outbox')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('key', text, (c) => c.notNull().unique())
      .addColumn('channel', text, (c) => c.notNull())
      .addColumn('recipient', text, (c) => c.notNull())
      .addColumn('event', text, (c) => c.notNull())
      .addColumn('subject', text, (c) => c.notNull())
      .addColumn('body', text, (c) => c.notNull())
      .addColumn('data', text, (c) => c.notNull())
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('attempts', int, (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', text, (c) => c.notNull())
      .addColumn('lease_until', text)
      .addColumn('last_error', text)
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('sent_at', text)
      .addColumn('read_at', text)
      .execute();
    await db.schema
      .createIndex('outbox_pending')
      .on('outbox')
      .columns(['status', 'next_attempt_at'])
      .execute();
    await db.schema.createIndex('outbox_recipient').on('outbox').columns(['channel', 'recipient']).execute();
  },
};

export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-supervision': m0002,
  '0003-accounts': m0003Accounts,
  '0004-report-units': m0004ReportUnits,
  '0005-evaluation-reports': m0005EvaluationReports,
  '0006-plan-system': m0006PlanSystem,
  '0007-participation': m0007Participation,
  '0008-portfolio-indexes': m0008PortfolioIndexes,
};

class InCodeProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

/** Runs every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown> | Db): Promise<string[]> {
  const kysely = 'kysely' in db ? (db.kysely as unknown as Kysely<unknown>) : db;
  // On PostgreSQL the migration tables are looked for in our own schema, not in any schema that has them.
  const schema = 'kysely' in db ? db.schema : undefined;
  const migrator = new Migrator({
    db: kysely,
    provider: new InCodeProvider(),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error)
    throw new Error(
      `migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? String(error)}`,
    );
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
