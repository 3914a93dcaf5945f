/** Reads across many plans at once, for the portfolio views (a government's plans, a city's districts). */
import type { Kysely } from 'kysely';
import type { Observation } from '@gangmu/domain';
import type { Database } from './schema.ts';
import { groupYearly } from './yearly-observations.ts';

/** Yearly values of every indicator of the given plans, as the engine takes them, in one query. */
export async function yearlyObservationsOfPlans(
  db: Kysely<Database>,
  planIds: readonly string[],
): Promise<Map<string, Observation[]>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('observations')
    .select(['indicator_id', 'year', 'value', 'pct'])
    .where('plan_id', 'in', planIds)
    .where('period', '=', 'Y')
    .orderBy('year')
    .execute();
  return groupYearly(rows);
}

/** The indicators of the given plans (no source text), in plan order, in one query. */
export const indicatorsOfPlans = (db: Kysely<Database>, planIds: readonly string[]) =>
  planIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('indicators')
        .select([
          'id',
          'plan_id',
          'name',
          'unit',
          'attribute',
          'kind',
          'target_text',
          'definition',
          'position',
        ])
        .where('plan_id', 'in', planIds)
        .orderBy('plan_id')
        .orderBy('position')
        .execute();
