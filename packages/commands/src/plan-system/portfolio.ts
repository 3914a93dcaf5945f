/**
 * Portfolio views: all of a government's plans at once (the leader's government-wide view), and an upper
 * plan beside the plans implementing it (a city's districts side by side: the same indicator, each
 * district's status and latest value). Only plans the caller may read are shown in full; others not at all.
 */
import { planAccess, type PlanAccess, type PlanType, type Status } from '@gangmu/domain';
import {
  getGovernment,
  governmentParents,
  indicatorsOfPlans,
  listPlanRelations,
  yearlyObservationsOfPlans,
} from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { accessToPlans, callerGovernment, requirePlanAccess } from './access.ts';
import { evaluateRow, type EvaluatedCell } from './evaluate-row.ts';

export interface PortfolioPlan {
  readonly id: string;
  readonly title: string;
  readonly planType: PlanType;
  readonly synthetic: boolean;
  readonly status: 'draft' | 'published';
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
  readonly indicators: number;
  readonly counts: Partial<Record<Status | 'INVALID', number>>;
}

export interface GovernmentPortfolio {
  readonly government: {
    readonly id: string;
    readonly code: string;
    readonly name: string;
    readonly level: string;
  };
  readonly year: number;
  readonly plans: readonly PortfolioPlan[];
}

async function plansOf(ctx: CommandContext, where: { governmentId?: string; ids?: readonly string[] }) {
  let q = ctx.db.kysely
    .selectFrom('plans')
    .select([
      'id',
      'title',
      'plan_type',
      'synthetic',
      'status',
      'published_version',
      'period_start',
      'period_end',
      'government_id',
    ]);
  if (where.governmentId) q = q.where('government_id', '=', where.governmentId);
  if (where.ids) q = q.where('id', 'in', where.ids.length ? where.ids : ['']);
  const rows = await q.orderBy('title').execute();
  const access = await accessToPlans(ctx, rows);
  return rows.filter((r) => access.get(r.id) !== 'public' || r.published_version > 0);
}

export async function governmentPortfolio(
  ctx: CommandContext,
  options: { readonly governmentId: string; readonly year: number },
): Promise<GovernmentPortfolio> {
  const g = await getGovernment(ctx.db.kysely, options.governmentId);
  const plans = await plansOf(ctx, { governmentId: g.id });
  const ids = plans.map((p) => p.id);
  const [indicators, observations] = await Promise.all([
    indicatorsOfPlans(ctx.db.kysely, ids),
    yearlyObservationsOfPlans(ctx.db.kysely, ids),
  ]);
  const counts = new Map<string, Partial<Record<Status | 'INVALID', number>>>(ids.map((id) => [id, {}]));
  const totals = new Map<string, number>();
  for (const i of indicators) {
    const { status } = evaluateRow(i, observations.get(i.id) ?? [], options.year);
    const c = counts.get(i.plan_id)!;
    c[status] = (c[status] ?? 0) + 1;
    totals.set(i.plan_id, (totals.get(i.plan_id) ?? 0) + 1);
  }
  return {
    government: { id: g.id, code: g.code, name: g.name, level: g.level },
    year: options.year,
    plans: plans.map((p) => ({
      id: p.id,
      title: p.title,
      planType: (p.plan_type ?? 'outline') as PlanType,
      synthetic: Boolean(p.synthetic),
      status: p.status,
      periodStart: p.period_start,
      periodEnd: p.period_end,
      indicators: totals.get(p.id) ?? 0,
      counts: counts.get(p.id)!,
    })),
  };
}

export interface SideBySide {
  readonly planId: string;
  readonly year: number;
  readonly columns: readonly {
    readonly planId: string;
    readonly title: string;
    readonly government: string | null;
  }[];
  readonly rows: readonly {
    readonly indicatorId: string;
    readonly name: string;
    readonly unit: string | null;
    readonly attribute: string;
    readonly cells: readonly (
      ({ readonly planId: string; readonly indicatorId: string } & EvaluatedCell) | null
    )[];
  }[];
}

/** An upper plan's indicators, each beside the linked indicator of every plan implementing it (null: none). */
export async function sideBySide(
  ctx: CommandContext,
  options: { readonly planId: string; readonly year: number },
): Promise<SideBySide> {
  await requirePlanAccess(ctx, options.planId, 'read');
  const relations = await listPlanRelations(ctx.db.kysely, { parentPlanId: options.planId });
  const childIds = relations.map((r) => r.plan_id);
  const children = await plansOf(ctx, { ids: childIds });
  const ids = children.map((c) => c.id);
  const governmentIds = [...new Set(children.flatMap((c) => (c.government_id ? [c.government_id] : [])))];
  const govNames = new Map(
    governmentIds.length === 0
      ? []
      : (
          await ctx.db.kysely
            .selectFrom('governments')
            .select(['id', 'name'])
            .where('id', 'in', governmentIds)
            .execute()
        ).map((g) => [g.id, g.name]),
  );
  const [indicators, observations, links] = await Promise.all([
    indicatorsOfPlans(ctx.db.kysely, [options.planId, ...ids]),
    yearlyObservationsOfPlans(ctx.db.kysely, ids),
    ctx.db.kysely
      .selectFrom('indicator_links')
      .select(['plan_id', 'indicator_id', 'upper_indicator_id'])
      .where('upper_plan_id', '=', options.planId)
      .where('status', '=', 'confirmed')
      .execute(),
  ]);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const linkOf = new Map(links.map((l) => [`${l.upper_indicator_id}:${l.plan_id}`, l.indicator_id]));
  return {
    planId: options.planId,
    year: options.year,
    columns: children.map((c) => ({
      planId: c.id,
      title: c.title,
      government: c.government_id ? (govNames.get(c.government_id) ?? null) : null,
    })),
    rows: indicators
      .filter((i) => i.plan_id === options.planId)
      .map((u) => ({
        indicatorId: u.id,
        name: u.name,
        unit: u.unit,
        attribute: u.attribute,
        cells: children.map((c) => {
          const lowerId = linkOf.get(`${u.id}:${c.id}`);
          const lower = lowerId ? byId.get(lowerId) : undefined;
          if (!lower) return null;
          return {
            planId: c.id,
            indicatorId: lower.id,
            ...evaluateRow(lower, observations.get(lower.id) ?? [], options.year),
          };
        }),
      })),
  };
}

export interface PlanChoices {
  readonly governmentId: string | null;
  readonly plans: readonly {
    readonly id: string;
    readonly title: string;
    readonly planType: PlanType;
    readonly synthetic: boolean;
    readonly status: 'draft' | 'published';
    readonly governmentId: string | null;
    readonly governmentName: string | null;
    readonly access: PlanAccess;
  }[];
}

/** The plans the caller may choose from (its own government's first), for the plan selector. */
export async function listPlanChoices(ctx: CommandContext): Promise<PlanChoices> {
  const [mine, parents, rows, govs] = await Promise.all([
    callerGovernment(ctx),
    governmentParents(ctx.db.kysely),
    ctx.db.kysely
      .selectFrom('plans')
      .select(['id', 'title', 'plan_type', 'synthetic', 'status', 'published_version', 'government_id'])
      .orderBy('title')
      .execute(),
    ctx.db.kysely.selectFrom('governments').select(['id', 'name']).execute(),
  ]);
  const names = new Map(govs.map((g) => [g.id, g.name]));
  const staff = ctx.caller.role !== null;
  const plans = rows
    .map((r) => ({
      r,
      access: staff
        ? planAccess(mine, r.government_id ?? null, (g) => parents.get(g) ?? null)
        : ('public' as const),
    }))
    .filter(({ r, access }) => access !== 'public' || r.published_version > 0)
    .sort((p, q) => RANK[q.access] - RANK[p.access])
    .map(({ r, access }) => ({
      id: r.id,
      title: r.title,
      planType: (r.plan_type ?? 'outline') as PlanType,
      synthetic: Boolean(r.synthetic),
      status: r.status,
      governmentId: r.government_id ?? null,
      governmentName: r.government_id ? (names.get(r.government_id) ?? null) : null,
      access,
    }));
  return { governmentId: mine, plans };
}

const RANK: Record<PlanAccess, number> = { edit: 2, read: 1, public: 0 };
