/**
 * Suggests, for a plan's indicators, the indicators of a plan it implements (its parents when none is named),
 * scored by @gangmu/domain `suggestLinks`, and stores the new suggestions. Decisions already taken stay.
 */
import { suggestLinks as score, type Attribute, type LinkCandidate } from '@gangmu/domain';
import { listIndicatorLinks, listPlanRelations, storeLinkSuggestions, type Db } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { requirePlanAccess } from './access.ts';

export interface SuggestLinksOptions {
  readonly planId: string;
  /** One upper plan; default: every plan this plan implements. */
  readonly upperPlanId?: string;
}

export interface LinkRow {
  readonly id: string;
  readonly indicatorId: string;
  readonly indicatorName: string;
  readonly upperPlanId: string;
  readonly upperIndicatorId: string;
  readonly upperIndicatorName: string;
  readonly status: 'suggested' | 'confirmed' | 'rejected';
  readonly score: number;
  readonly parts: { readonly name: number; readonly unit: number; readonly attribute: number };
  readonly decidedBy: string | null;
  readonly version: number;
}

async function candidates(db: Db, planId: string): Promise<LinkCandidate[]> {
  const rows = await db.kysely
    .selectFrom('indicators')
    .select(['id', 'name', 'unit', 'attribute'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, unit: r.unit, attribute: r.attribute as Attribute }));
}

export async function suggestLinks(ctx: CommandContext, options: SuggestLinksOptions): Promise<LinkRow[]> {
  await requirePlanAccess(ctx, options.planId, 'edit');
  const relations = await listPlanRelations(ctx.db.kysely, { planId: options.planId });
  const parents = relations.map((r) => r.parent_plan_id);
  const uppers = options.upperPlanId ? [options.upperPlanId] : parents;
  if (uppers.length === 0 || (options.upperPlanId && !parents.includes(options.upperPlanId)))
    throw new CommandError(
      'INVALID',
      'the plan implements no such plan',
      { planId: options.planId },
      {
        zh: '该规划尚未设置所衔接的上级规划。',
        en: 'This plan implements no upper plan yet.',
      },
    );
  const lower = await candidates(ctx.db, options.planId);
  for (const upperPlanId of uppers) {
    const suggestions = score(lower, await candidates(ctx.db, upperPlanId)).flatMap((s) =>
      s.candidates.map((c) => ({ indicatorId: s.lowerId, score: c })),
    );
    await storeLinkSuggestions(ctx.db.kysely, ctx.caller.actor, {
      planId: options.planId,
      upperPlanId,
      suggestions,
    });
  }
  return listLinks(ctx, options.planId);
}

/** The plan's links with the names of both ends, best score first per indicator. */
export async function listLinks(ctx: CommandContext, planId: string): Promise<LinkRow[]> {
  await requirePlanAccess(ctx, planId, 'read');
  const links = await listIndicatorLinks(ctx.db.kysely, { planId });
  const ids = [...new Set(links.flatMap((l) => [l.indicator_id, l.upper_indicator_id]))];
  const names = new Map(
    ids.length === 0
      ? []
      : (
          await ctx.db.kysely.selectFrom('indicators').select(['id', 'name']).where('id', 'in', ids).execute()
        ).map((r) => [r.id, r.name]),
  );
  return links.map((l) => ({
    id: l.id,
    indicatorId: l.indicator_id,
    indicatorName: names.get(l.indicator_id) ?? '',
    upperPlanId: l.upper_plan_id,
    upperIndicatorId: l.upper_indicator_id,
    upperIndicatorName: names.get(l.upper_indicator_id) ?? '',
    status: l.status,
    score: Number(l.score),
    parts: JSON.parse(l.score_parts) as LinkRow['parts'],
    decidedBy: l.decided_by,
    version: l.version,
  }));
}
