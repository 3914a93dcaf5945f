/** Indicators and their observed values. Values are validated before they are stored; each write is audited. */
import { groupYearly } from './yearly-observations.ts';
import type { Kysely } from 'kysely';
import { validateIndicator, type IndicatorDef, type Observation } from '@gangmu/domain';
import type { Actor } from './audit.ts';
import type { Database, IndicatorsTable, ObservationsTable } from './schema.ts';
import { indicatorView } from './plan-tree.ts';
import { newId, StorageError, updateVersioned, write } from './write.ts';

export async function getIndicatorRow(db: Kysely<Database>, id: string): Promise<IndicatorsTable> {
  const row = await db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new StorageError('NOT_FOUND', `indicator ${id} not found`, { indicatorId: id });
  return row;
}

export interface IndicatorChanges {
  readonly name?: string;
  readonly category?: string | null;
  readonly unit?: string | null;
  readonly targetText?: string | null;
  readonly unitId?: string | null;
  /** Replaces the evaluation definition (kind, target, attribute, mode, scale, naturalLimit, linked…). */
  readonly definition?: Omit<IndicatorDef, 'id'>;
}

export async function updateIndicator(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  expected: number,
  changes: IndicatorChanges,
) {
  return write(db, actor, async ({ trx, record }) => {
    const current = await getIndicatorRow(trx, id);
    const definition = changes.definition ?? (JSON.parse(current.definition) as Omit<IndicatorDef, 'id'>);
    const problems = validateIndicator({ ...definition, id }, []);
    if (problems.length)
      throw new StorageError(
        'INVALID',
        `the definition is not valid: ${problems.map((p) => `${p.field} ${p.code}`).join(', ')}`,
        { problems },
      );
    if (changes.unitId) {
      const unit = await trx
        .selectFrom('units')
        .select('id')
        .where('id', '=', changes.unitId)
        .executeTakeFirst();
      if (!unit)
        throw new StorageError('INVALID', `unit ${changes.unitId} does not exist`, { field: 'unitId' });
    }
    const set: Partial<IndicatorsTable> = {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.category !== undefined ? { category: changes.category } : {}),
      ...(changes.unit !== undefined ? { unit: changes.unit } : {}),
      ...(changes.targetText !== undefined ? { target_text: changes.targetText } : {}),
      ...(changes.unitId !== undefined ? { unit_id: changes.unitId } : {}),
      ...(changes.definition
        ? { definition: JSON.stringify(definition), kind: definition.kind, attribute: definition.attribute }
        : {}),
    };
    const { before, after } = await updateVersioned(trx, 'indicators', id, expected, set);
    record({
      action: 'indicator.update',
      entity: 'indicator',
      entityId: id,
      planId: before.plan_id,
      before,
      after,
    });
    return indicatorView(after);
  });
}

export interface ObservationInput {
  readonly year: number;
  readonly period?: string;
  readonly value?: number;
  readonly pct?: number;
  readonly unit?: string;
  readonly note?: string;
}

const PERIOD = /^(Y|Q[1-4]|M(0[1-9]|1[0-2]))$/;

/** Checks a value against its indicator and the calendar: one number, the right unit, within the plan, not in the future. */
function checkObservation(ind: IndicatorsTable, input: ObservationInput, now: Date): void {
  const def = JSON.parse(ind.definition) as Omit<IndicatorDef, 'id'>;
  const period = input.period ?? 'Y';
  if (!PERIOD.test(period))
    throw new StorageError('INVALID', `period must be Y, Q1–Q4 or M01–M12 (got ${period})`, {
      field: 'period',
    });
  if ((input.value === undefined) === (input.pct === undefined)) {
    throw new StorageError('INVALID', 'give exactly one of value (a level) and pct (a yearly rate)', {
      field: 'value',
    });
  }
  const base = def.baseYear ?? 2020;
  const target = def.targetYear ?? 2025;
  if (input.year < base)
    throw new StorageError('INVALID', `year ${input.year} is before the base year ${base}`, {
      field: 'year',
    });
  if (input.year > target)
    throw new StorageError('INVALID', `year ${input.year} is after the target year ${target}`, {
      field: 'year',
    });
  const month =
    period === 'Y' ? 1 : period.startsWith('Q') ? (Number(period[1]) - 1) * 3 + 1 : Number(period.slice(1));
  if (
    input.year > now.getUTCFullYear() ||
    (input.year === now.getUTCFullYear() && month > now.getUTCMonth() + 1)
  ) {
    throw new StorageError('INVALID', `${input.year} ${period} is in the future`, { field: 'year' });
  }
  if (input.unit !== undefined && ind.unit !== null && input.unit.trim() !== ind.unit) {
    throw new StorageError(
      'INVALID',
      `unit "${input.unit}" does not match the indicator's unit "${ind.unit}"`,
      { field: 'unit' },
    );
  }
  const problems = validateIndicator({ ...def, id: ind.id }, [
    input.pct !== undefined
      ? { year: input.year, pct: input.pct }
      : { year: input.year, value: input.value! },
  ]);
  const valueProblem = problems.find((p) => p.code === 'INVALID_VALUE');
  if (valueProblem)
    throw new StorageError('INVALID', `the value is not acceptable for this indicator`, { field: 'value' });
}

export async function recordObservation(
  db: Kysely<Database>,
  actor: Actor,
  indicatorId: string,
  input: ObservationInput,
  now: Date,
): Promise<ObservationsTable> {
  return write(db, actor, async ({ trx, at, record }) => {
    const ind = await getIndicatorRow(trx, indicatorId);
    checkObservation(ind, input, now);
    const period = input.period ?? 'Y';
    const exists = await trx
      .selectFrom('observations')
      .select(['id', 'version'])
      .where('indicator_id', '=', indicatorId)
      .where('year', '=', input.year)
      .where('period', '=', period)
      .executeTakeFirst();
    if (exists)
      throw new StorageError(
        'ALREADY_EXISTS',
        `a value for ${input.year} ${period} exists; change it with PUT and If-Match`,
        { observationId: exists.id, version: exists.version },
      );
    const row: ObservationsTable = {
      id: newId(),
      indicator_id: indicatorId,
      plan_id: ind.plan_id,
      year: input.year,
      period,
      value: input.value ?? null,
      pct: input.pct ?? null,
      note: input.note ?? null,
      entered_by: actor.id,
      entered_at: at,
      version: 1,
    };
    await trx.insertInto('observations').values(row).execute();
    record({
      action: 'observation.create',
      entity: 'observation',
      entityId: row.id,
      planId: ind.plan_id,
      before: null,
      after: row,
    });
    return row;
  });
}

export async function updateObservation(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  expected: number,
  input: ObservationInput,
  now: Date,
) {
  return write(db, actor, async ({ trx, at, record }) => {
    const current = await trx.selectFrom('observations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!current) throw new StorageError('NOT_FOUND', `observation ${id} not found`, { observationId: id });
    const ind = await getIndicatorRow(trx, current.indicator_id);
    checkObservation(ind, { ...input, year: current.year, period: current.period }, now);
    const { before, after } = await updateVersioned(trx, 'observations', id, expected, {
      value: input.value ?? null,
      pct: input.pct ?? null,
      note: input.note ?? current.note,
      entered_by: actor.id,
      entered_at: at,
    });
    record({
      action: 'observation.update',
      entity: 'observation',
      entityId: id,
      planId: current.plan_id,
      before,
      after,
    });
    return after;
  });
}

export const getObservation = (db: Kysely<Database>, id: string) =>
  db.selectFrom('observations').selectAll().where('id', '=', id).executeTakeFirst();

export const listObservations = (db: Kysely<Database>, indicatorId: string) =>
  db
    .selectFrom('observations')
    .leftJoin('users', 'users.id', 'observations.entered_by')
    .selectAll('observations')
    .select('users.display_name as entered_by_name')
    .where('indicator_id', '=', indicatorId)
    .orderBy('year')
    .orderBy('period')
    .execute();

/** Yearly values of a plan's indicators with both measures, as stored (the report chooses per kind). */
export const listYearlyValues = (db: Kysely<Database>, planId: string) =>
  db
    .selectFrom('observations')
    .select(['indicator_id', 'year', 'value', 'pct'])
    .where('plan_id', '=', planId)
    .where('period', '=', 'Y')
    .orderBy('year')
    .execute();

/** Yearly values of every indicator of a plan, as the engine takes them. */
export async function planYearlyObservations(
  db: Kysely<Database>,
  planId: string,
): Promise<Map<string, Observation[]>> {
  return groupYearly(await listYearlyValues(db, planId));
}

export const listUnitIndicators = (db: Kysely<Database>, unitId: string) =>
  db
    .selectFrom('indicators')
    .innerJoin('plans', 'plans.id', 'indicators.plan_id')
    .selectAll('indicators')
    .select('plans.title as plan_title')
    .where('indicators.unit_id', '=', unitId)
    .orderBy('plans.title')
    .orderBy('indicators.position')
    .execute();
