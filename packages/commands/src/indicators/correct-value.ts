/** Correct a recorded value at its version (If-Match); its year and period stay; a reporter: its unit's only. */
import { getIndicatorRow, getObservation, updateObservation, type ObservationsTable } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import type { ValueInput } from './record-value.ts';
import { assertIndicatorUnit } from './unit-check.ts';

export interface CorrectValueOptions extends ValueInput {
  readonly observationId: string;
  readonly expectedVersion: number;
}

export async function correctValue(ctx: CommandContext, o: CorrectValueOptions): Promise<ObservationsTable> {
  const { observationId, expectedVersion, ...input } = o;
  const observation = await getObservation(ctx.db.kysely, observationId);
  if (!observation) throw new CommandError('NOT_FOUND', `observation ${observationId} not found`);
  assertIndicatorUnit(ctx.caller, await getIndicatorRow(ctx.db.kysely, observation.indicator_id));
  return updateObservation(
    ctx.db.kysely,
    ctx.caller.actor,
    observation.id,
    expectedVersion,
    input,
    ctx.now(),
  );
}
