/** The values entered for an indicator, with who entered them and when (a reporter: its unit's indicators only). */
import { getIndicatorRow, listObservations } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { assertIndicatorUnit } from './unit-check.ts';

export interface ListValuesOptions {
  readonly indicatorId: string;
}

export type EnteredValue = Awaited<ReturnType<typeof listObservations>>[number];

export async function listValues(ctx: CommandContext, o: ListValuesOptions): Promise<EnteredValue[]> {
  const indicator = await getIndicatorRow(ctx.db.kysely, o.indicatorId);
  assertIndicatorUnit(ctx.caller, indicator);
  return listObservations(ctx.db.kysely, indicator.id);
}
