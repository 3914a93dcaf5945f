/**
 * Setting up the plan system: governments (a batch, e.g. a whole province's tree), a plan's government, type and
 * synthetic mark, and the plans it implements. Administrators only (the route says so).
 */
import type { PlanType } from '@gangmu/domain';
import {
  addPlanRelation,
  assignToGovernment,
  createGovernments as storeGovernments,
  listGovernments as listRows,
  type GovernmentsTable,
} from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface GovernmentRow {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly level: GovernmentsTable['level'];
  readonly parentId: string | null;
}

const present = (g: GovernmentsTable): GovernmentRow => ({
  id: g.id,
  code: g.code,
  name: g.name,
  level: g.level,
  parentId: g.parent_id,
});

export async function createGovernments(
  ctx: CommandContext,
  options: { readonly governments: readonly { readonly code: string; readonly name: string }[] },
): Promise<GovernmentRow[]> {
  return (await storeGovernments(ctx.db.kysely, ctx.caller.actor, options.governments)).map(present);
}

export async function listGovernments(ctx: CommandContext): Promise<GovernmentRow[]> {
  return (await listRows(ctx.db.kysely)).map(present);
}

export interface PlacePlanOptions {
  readonly planId: string;
  readonly governmentId: string | null;
  readonly planType?: PlanType;
  readonly synthetic?: boolean;
  /** Plans this plan implements (added; existing relations stay). */
  readonly implements?: readonly string[];
}

/** Puts a plan under a government with its type, and records which plans it implements. */
export async function placePlan(
  ctx: CommandContext,
  options: PlacePlanOptions,
): Promise<{ readonly planId: string }> {
  await assignToGovernment(
    ctx.db.kysely,
    ctx.caller.actor,
    {
      table: 'plans',
      id: options.planId,
      ...(options.planType ? { planType: options.planType } : {}),
      ...(options.synthetic !== undefined ? { synthetic: options.synthetic } : {}),
    },
    options.governmentId,
  );
  for (const parent of options.implements ?? [])
    await addPlanRelation(ctx.db.kysely, ctx.caller.actor, options.planId, parent);
  return { planId: options.planId };
}

/** Puts a user or a unit under a government. */
export async function placeMember(
  ctx: CommandContext,
  options: { readonly kind: 'users' | 'units'; readonly id: string; readonly governmentId: string | null },
): Promise<void> {
  await assignToGovernment(
    ctx.db.kysely,
    ctx.caller.actor,
    { table: options.kind, id: options.id },
    options.governmentId,
  );
}
