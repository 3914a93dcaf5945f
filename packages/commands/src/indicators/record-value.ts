/**
 * Record a value of an indicator for a year (or a quarter or month): a level or a yearly rate, checked against the
 * indicator and the calendar by storage in one audited transaction; a reporter records its unit's indicators only.
 */
import { getIndicatorRow, recordObservation, type ObservationsTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { assertIndicatorUnit } from './unit-check.ts';

/** One value: exactly one of `value` (a level) and `pct` (a yearly rate). */
export interface ValueInput {
  readonly year: number;
  /** Y (default), Q1–Q4 or M01–M12. */
  readonly period?: string;
  readonly value?: number;
  readonly pct?: number;
  /** The unit the value was entered in; must be the indicator's. */
  readonly unit?: string;
  readonly note?: string;
}

export interface RecordValueOptions extends ValueInput {
  readonly indicatorId: string;
}

export async function recordValue(ctx: CommandContext, o: RecordValueOptions): Promise<ObservationsTable> {
  const { indicatorId, ...input } = o;
  const indicator = await getIndicatorRow(ctx.db.kysely, indicatorId);
  assertIndicatorUnit(ctx.caller, indicator);
  return recordObservation(ctx.db.kysely, ctx.caller.actor, indicator.id, input, ctx.now());
}
