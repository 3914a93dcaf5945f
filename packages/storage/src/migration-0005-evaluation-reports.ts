/** Migration 0005: evaluation reports (docs/reports.md) — the working copy, its comments and its frozen versions. */
import type { Kysely, Migration } from 'kysely';

const text = 'text' as const;
const int = 'integer' as const;

export const m0005EvaluationReports: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('evaluation_reports')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('plan_id', text, (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('year', int, (c) => c.notNull())
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('content', text, (c) => c.notNull())
      .addColumn('frozen_version', int, (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', text)
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('updated_at', text, (c) => c.notNull())
      .addColumn('version', int, (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('evaluation_reports_plan_kind_year', ['plan_id', 'kind', 'year'])
      .execute();
    await db.schema
      .createTable('evaluation_report_versions')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('report_id', text, (c) =>
        c.notNull().references('evaluation_reports.id').onDelete('cascade'),
      )
      .addColumn('plan_id', text, (c) => c.notNull())
      .addColumn('number', int, (c) => c.notNull())
      .addColumn('content', text, (c) => c.notNull())
      .addColumn('approved_by', text)
      .addColumn('approved_at', text, (c) => c.notNull())
      .addColumn('published_at', text)
      .addUniqueConstraint('evaluation_report_versions_number', ['report_id', 'number'])
      .execute();
    await db.schema
      .createTable('evaluation_report_comments')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('report_id', text, (c) =>
        c.notNull().references('evaluation_reports.id').onDelete('cascade'),
      )
      .addColumn('block_id', text)
      .addColumn('author_id', text)
      .addColumn('author_name', text, (c) => c.notNull())
      .addColumn('body', text, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .execute();
  },
};
