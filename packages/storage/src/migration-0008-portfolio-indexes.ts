/**
 * Migration 0008: indexes for the portfolio views of the plan system (issue 15), found by bench:portfolio on
 * a national data set (3,000 plans, 200,000 indicators):
 *   - an upper plan's confirmed links (the side-by-side view) were read by scanning every link of the country
 *     (386,000 rows, 0.5 s): indexed by upper plan and status;
 *   - the yearly values of many plans were read row by row from wherever in the table they were entered:
 *     one index holding every column the views read, so the database answers from the index alone.
 */
import type { Kysely, Migration } from 'kysely';

export const m0008PortfolioIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('indicator_links_upper_plan')
      .on('indicator_links')
      .columns(['upper_plan_id', 'status'])
      .execute();
    await db.schema
      .createIndex('observations_plan_yearly')
      .on('observations')
      .columns(['plan_id', 'period', 'year', 'indicator_id', 'value', 'pct'])
      .execute();
  },
};
