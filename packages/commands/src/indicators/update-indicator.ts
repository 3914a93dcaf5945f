/**
 * Fix an indicator and its target (name, category, unit, printed target, responsible unit, evaluation definition)
 * at its version; storage validates the definition and the unit in the same audited transaction.
 */
import type { IndicatorDef } from '@gangmu/domain';
import { updateIndicator as storeIndicator, type IndicatorView } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface UpdateIndicatorOptions {
  readonly indicatorId: string;
  readonly expectedVersion: number;
  readonly name?: string;
  readonly category?: string | null;
  readonly unit?: string | null;
  readonly targetText?: string | null;
  readonly unitId?: string | null;
  /** The evaluation definition as sent (kind, target, attribute…); checked by the domain before it is kept. */
  readonly definition?: Readonly<Record<string, unknown>>;
}

export function updateIndicator(ctx: CommandContext, o: UpdateIndicatorOptions): Promise<IndicatorView> {
  const { indicatorId, expectedVersion, definition, ...changes } = o;
  return storeIndicator(ctx.db.kysely, ctx.caller.actor, indicatorId, expectedVersion, {
    ...changes,
    ...(definition !== undefined ? { definition: definition as unknown as Omit<IndicatorDef, 'id'> } : {}),
  });
}
