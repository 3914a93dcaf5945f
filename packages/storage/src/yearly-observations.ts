/**
 * The yearly values of a plan's indicators as the engine takes them (SPEC §2.7: a year's level and published
 * rate together), now or as they were recorded at a past moment.
 */
import type { Kysely } from 'kysely';
import type { Observation } from '@gangmu/domain';
import type { Database, ObservationsTable } from './schema.ts';

type YearlyRow = Pick<ObservationsTable, 'indicator_id' | 'year' | 'value' | 'pct'>;

/** Rows of yearly values, in year order, grouped by indicator. */
export function groupYearly(rows: readonly YearlyRow[]): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>();
  for (const r of rows) {
    if (r.value === null && r.pct === null) continue;
    // Built without spreads: a side-by-side view groups tens of thousands of rows per request.
    const o: { year: number; value?: number; pct?: number } = { year: r.year };
    if (r.value !== null) o.value = r.value;
    if (r.pct !== null) o.pct = r.pct;
    const list = out.get(r.indicator_id);
    if (list) list.push(o);
    else out.set(r.indicator_id, [o]);
  }
  return out;
}

/**
 * The yearly values as they were recorded at `at`, rebuilt from the audit trail alone (the last recorded
 * state of every observation row at or before that moment), so that an evaluation "as of" a moment sees the
 * data of that moment.
 */
export async function planYearlyObservationsAsOf(
  db: Kysely<Database>,
  planId: string,
  at: string,
): Promise<Map<string, Observation[]>> {
  const events = await db
    .selectFrom('audit_events')
    .select(['entity_id', 'after'])
    .where('plan_id', '=', planId)
    .where('entity', '=', 'observation')
    .where('at', '<=', at)
    .orderBy('seq')
    .execute();
  const rows = new Map<string, ObservationsTable | null>();
  for (const e of events)
    rows.set(e.entity_id, e.after === null ? null : (JSON.parse(e.after) as ObservationsTable));
  return groupYearly(
    [...rows.values()]
      .filter((r): r is ObservationsTable => r !== null && r.period === 'Y')
      .sort((a, b) => a.year - b.year),
  );
}
