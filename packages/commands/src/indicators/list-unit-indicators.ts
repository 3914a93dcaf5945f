/** A unit's indicators across plans, with each plan's title (a reporter: its own unit only). */
import { maySeeUnit } from '@gangmu/domain';
import {
  indicatorView,
  listUnitIndicators as queryUnitIndicators,
  type IndicatorView,
} from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';

export interface ListUnitIndicatorsOptions {
  readonly unitId: string;
}

export type UnitIndicator = IndicatorView & { readonly planTitle: string };

export async function listUnitIndicators(
  ctx: CommandContext,
  o: ListUnitIndicatorsOptions,
): Promise<UnitIndicator[]> {
  if (!maySeeUnit(ctx.caller, o.unitId))
    throw new CommandError(
      'FORBIDDEN',
      `a reporter sees only its own unit, not ${o.unitId}`,
      { unitId: o.unitId },
      { zh: '只能查看本单位的指标', en: "Only your own unit's indicators can be seen" },
    );
  const rows = await queryUnitIndicators(ctx.db.kysely, o.unitId);
  return rows.map((r) => ({ ...indicatorView(r), planTitle: r.plan_title }));
}
