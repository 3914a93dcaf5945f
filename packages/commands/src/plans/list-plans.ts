/** The plans a caller may list: every plan for staff, published ones for everyone else (plan-visibility). */
import { isStaffRole } from '@gangmu/domain';
import { listPlans as queryPlans, type PlansTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface PlanListItem {
  readonly id: string;
  readonly title: string;
  readonly issuer: string | null;
  readonly period: { readonly start: number | null; readonly end: number | null };
  readonly baseYear: number | null;
  readonly status: PlansTable['status'];
  readonly publishedVersion: number;
  readonly version: number;
  readonly updatedAt: string;
}

/** Newest change first. */
export async function listPlans(ctx: CommandContext): Promise<PlanListItem[]> {
  const rows = await queryPlans(ctx.db.kysely, { publishedOnly: !isStaffRole(ctx.caller.role) });
  return rows.map((p) => ({
    id: p.id,
    title: p.title,
    issuer: p.issuer,
    period: { start: p.period_start, end: p.period_end },
    baseYear: p.base_year,
    status: p.status,
    publishedVersion: p.published_version,
    version: p.version,
    updatedAt: p.updated_at,
  }));
}
