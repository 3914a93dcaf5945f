/** Units (单位): the list, by code, and creating one (the code is unique). */
import { createUnit as storeUnit, listUnits as queryUnits, type UnitsTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export const listUnits = (ctx: CommandContext): Promise<UnitsTable[]> => queryUnits(ctx.db.kysely);

export interface CreateUnitOptions {
  readonly code: string;
  readonly name: string;
}

export const createUnit = (ctx: CommandContext, o: CreateUnitOptions): Promise<UnitsTable> =>
  storeUnit(ctx.db.kysely, ctx.caller.actor, { code: o.code, name: o.name });
