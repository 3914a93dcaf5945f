/**
 * Links across levels (a district indicator or item implementing the city's) and 分解下达 assignments. A link
 * starts as a suggestion with its score and becomes confirmed or rejected by a named person; both are audited.
 */
import type { Kysely } from 'kysely';
import {
  resolveLinkedTarget,
  type IndicatorDef,
  type LinkedResolution,
  type LinkScore,
  type TargetValues,
} from '@gangmu/domain';
import type { Actor } from './audit.ts';
import type { AssignmentsTable, Database, IndicatorLinksTable, ItemLinksTable } from './schema.ts';
import { newId, StorageError, updateVersioned, write, type WriteContext } from './write.ts';

/**
 * Stores suggestions for `planId`'s indicators against `upperPlanId`'s. A pair already stored (suggested,
 * confirmed or rejected) is left as it is: a person's decision is never overwritten by a new suggestion run.
 */
export async function storeLinkSuggestions(
  db: Kysely<Database>,
  actor: Actor,
  input: {
    readonly planId: string;
    readonly upperPlanId: string;
    readonly suggestions: readonly { readonly indicatorId: string; readonly score: LinkScore }[];
  },
): Promise<IndicatorLinksTable[]> {
  if (input.suggestions.length === 0) return [];
  return write(db, actor, async ({ trx, at, record }) => {
    const rows: IndicatorLinksTable[] = input.suggestions.map((s) => ({
      id: newId(),
      plan_id: input.planId,
      indicator_id: s.indicatorId,
      upper_plan_id: input.upperPlanId,
      upper_indicator_id: s.score.upperId,
      status: 'suggested',
      score: s.score.score,
      score_parts: JSON.stringify({ name: s.score.name, unit: s.score.unit, attribute: s.score.attribute }),
      decided_by: null,
      decided_at: null,
      created_at: at,
      version: 1,
    }));
    const inserted = await trx
      .insertInto('indicator_links')
      .values(rows)
      .onConflict((oc) => oc.columns(['indicator_id', 'upper_indicator_id']).doNothing())
      .returning('id')
      .execute();
    const ids = new Set(inserted.map((r) => r.id));
    const created = rows.filter((r) => ids.has(r.id));
    for (const row of created)
      record({
        action: 'link.suggest',
        entity: 'indicator_link',
        entityId: row.id,
        planId: row.plan_id,
        before: null,
        after: row,
      });
    return created;
  });
}

export async function getIndicatorLink(db: Kysely<Database>, id: string): Promise<IndicatorLinksTable> {
  const row = await db.selectFrom('indicator_links').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new StorageError('NOT_FOUND', `indicator link ${id} not found`, { linkId: id });
  return row;
}

/**
 * Confirms or rejects a link. Confirming one rejects the other open suggestions of the same indicator against
 * the same upper plan (an indicator implements one indicator of a plan); `afterConfirm` runs in the same
 * transaction (the caller resolves 达市标准 there, so the link and its effect commit together).
 */
export async function decideIndicatorLink(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  expected: number,
  decision: 'confirmed' | 'rejected',
  afterConfirm?: (ctx: WriteContext, link: IndicatorLinksTable) => Promise<void>,
): Promise<IndicatorLinksTable> {
  return write(db, actor, async (ctx) => {
    const { trx, at, record } = ctx;
    const { before, after } = await updateVersioned(trx, 'indicator_links', id, expected, {
      status: decision,
      decided_by: actor.id ?? actor.name,
      decided_at: at,
    });
    record({
      action: `link.${decision === 'confirmed' ? 'confirm' : 'reject'}`,
      entity: 'indicator_link',
      entityId: id,
      planId: before.plan_id,
      before,
      after,
    });
    if (decision === 'confirmed') {
      const others = await trx
        .selectFrom('indicator_links')
        .selectAll()
        .where('indicator_id', '=', after.indicator_id)
        .where('upper_plan_id', '=', after.upper_plan_id)
        .where('id', '!=', id)
        .where('status', '!=', 'rejected')
        .execute();
      for (const o of others) {
        const r = await updateVersioned(trx, 'indicator_links', o.id, o.version, {
          status: 'rejected',
          decided_by: actor.id ?? actor.name,
          decided_at: at,
        });
        record({
          action: 'link.reject',
          entity: 'indicator_link',
          entityId: o.id,
          planId: o.plan_id,
          before: r.before,
          after: r.after,
        });
      }
      if (afterConfirm) await afterConfirm(ctx, after);
    }
    return after;
  });
}

export function listIndicatorLinks(
  db: Kysely<Database>,
  filter: {
    readonly planId?: string;
    readonly upperPlanId?: string;
    readonly status?: IndicatorLinksTable['status'];
  },
) {
  let q = db.selectFrom('indicator_links').selectAll();
  if (filter.planId) q = q.where('plan_id', '=', filter.planId);
  if (filter.upperPlanId) q = q.where('upper_plan_id', '=', filter.upperPlanId);
  if (filter.status) q = q.where('status', '=', filter.status);
  return q.orderBy('indicator_id').orderBy('score', 'desc').execute();
}

/** A lower item implementing an upper item, confirmed by the person who records it. */
export async function linkItem(
  db: Kysely<Database>,
  actor: Actor,
  input: {
    readonly planId: string;
    readonly nodeId: string;
    readonly upperPlanId: string;
    readonly upperNodeId: string;
  },
): Promise<ItemLinksTable> {
  return write(db, actor, async ({ trx, at, record }) => {
    const nodes = await trx
      .selectFrom('outline_nodes')
      .select(['id', 'plan_id'])
      .where('id', 'in', [input.nodeId, input.upperNodeId])
      .execute();
    const planOf = new Map(nodes.map((n) => [n.id, n.plan_id]));
    if (planOf.get(input.nodeId) !== input.planId || planOf.get(input.upperNodeId) !== input.upperPlanId)
      throw new StorageError('INVALID', 'the items are not of these plans', { ...input });
    const row: ItemLinksTable = {
      id: newId(),
      ...{
        plan_id: input.planId,
        node_id: input.nodeId,
        upper_plan_id: input.upperPlanId,
        upper_node_id: input.upperNodeId,
      },
      status: 'confirmed',
      decided_by: actor.id ?? actor.name,
      created_at: at,
      version: 1,
    };
    await trx.insertInto('item_links').values(row).execute();
    record({
      action: 'item_link.create',
      entity: 'item_link',
      entityId: row.id,
      planId: input.planId,
      before: null,
      after: row,
    });
    return row;
  });
}

export const listItemLinks = (db: Kysely<Database>, planId: string) =>
  db.selectFrom('item_links').selectAll().where('plan_id', '=', planId).execute();

export interface AssignmentInput {
  readonly upperPlanId: string;
  readonly governmentId: string;
  readonly documentNo: string;
  readonly documentDate?: string | null;
  /** An indicator's quota… */
  readonly upperIndicatorId?: string;
  readonly target?: TargetValues;
  /** …or an item assigned downwards. */
  readonly upperNodeId?: string;
}

/** Records a quota (indicator and target) or a task assignment (item) of an upper plan to a lower government. */
export async function recordAssignment(
  db: Kysely<Database>,
  actor: Actor,
  input: AssignmentInput,
  after?: (ctx: WriteContext, row: AssignmentsTable) => Promise<void>,
): Promise<AssignmentsTable> {
  const isQuota = input.upperIndicatorId !== undefined;
  if (isQuota === (input.upperNodeId !== undefined) || (isQuota && !input.target))
    throw new StorageError('INVALID', 'an assignment is a quota (indicator and target) or an item', {
      ...input,
    });
  return write(db, actor, async (ctx) => {
    const { trx, at, record } = ctx;
    const subject = isQuota
      ? await trx
          .selectFrom('indicators')
          .select('plan_id')
          .where('id', '=', input.upperIndicatorId!)
          .executeTakeFirst()
      : await trx
          .selectFrom('outline_nodes')
          .select('plan_id')
          .where('id', '=', input.upperNodeId!)
          .executeTakeFirst();
    if (!subject || subject.plan_id !== input.upperPlanId)
      throw new StorageError('NOT_FOUND', 'the assigned indicator or item is not of the plan', { ...input });
    const gov = await trx
      .selectFrom('governments')
      .select('id')
      .where('id', '=', input.governmentId)
      .executeTakeFirst();
    if (!gov)
      throw new StorageError('INVALID', `government ${input.governmentId} does not exist`, {
        field: 'governmentId',
      });
    const row: AssignmentsTable = {
      id: newId(),
      upper_plan_id: input.upperPlanId,
      upper_indicator_id: input.upperIndicatorId ?? null,
      upper_node_id: input.upperNodeId ?? null,
      government_id: input.governmentId,
      target: input.target ? JSON.stringify(input.target) : null,
      document_no: input.documentNo,
      document_date: input.documentDate ?? null,
      created_by: actor.id ?? actor.name,
      created_at: at,
      version: 1,
    };
    await trx.insertInto('assignments').values(row).execute();
    record({
      action: 'assignment.create',
      entity: 'assignment',
      entityId: row.id,
      planId: input.upperPlanId,
      before: null,
      after: row,
    });
    if (after) await after(ctx, row);
    return row;
  });
}

/** Assignments to a government, newest first (the latest quota for an indicator is the one in force). */
export function listAssignments(
  db: Kysely<Database>,
  filter: { readonly governmentId?: string; readonly upperPlanId?: string },
) {
  let q = db.selectFrom('assignments').selectAll();
  if (filter.governmentId) q = q.where('government_id', '=', filter.governmentId);
  if (filter.upperPlanId) q = q.where('upper_plan_id', '=', filter.upperPlanId);
  return q.orderBy('created_at', 'desc').orderBy('id').execute();
}

/**
 * 达市标准: resolves a lower indicator whose kind is `linked` from the quota its government was assigned for
 * the upper indicator (the latest), else from the upper indicator's target, and writes `linked` into its
 * definition — in the caller's transaction. An indicator with a target of its own is left alone.
 */
export async function resolveLinkedIndicator(
  { trx, record }: WriteContext,
  lowerId: string,
  upperId: string,
): Promise<LinkedResolution | null> {
  const lower = await trx
    .selectFrom('indicators')
    .selectAll()
    .where('id', '=', lowerId)
    .executeTakeFirstOrThrow();
  const def = JSON.parse(lower.definition) as Omit<IndicatorDef, 'id'>;
  if (def.kind !== 'linked') return null;
  const upper = await trx
    .selectFrom('indicators')
    .innerJoin('plans', 'plans.id', 'indicators.plan_id')
    .select(['indicators.definition', 'plans.title'])
    .where('indicators.id', '=', upperId)
    .executeTakeFirstOrThrow();
  const plan = await trx
    .selectFrom('plans')
    .select('government_id')
    .where('id', '=', lower.plan_id)
    .executeTakeFirstOrThrow();
  const quota = plan.government_id
    ? await trx
        .selectFrom('assignments')
        .select(['target', 'document_no'])
        .where('upper_indicator_id', '=', upperId)
        .where('government_id', '=', plan.government_id)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .executeTakeFirst()
    : undefined;
  const upperDef = JSON.parse(upper.definition) as IndicatorDef;
  const resolution = resolveLinkedTarget(
    {
      upper: upperDef,
      upperPlan: upper.title,
      ...(quota?.target
        ? { quota: { target: JSON.parse(quota.target) as TargetValues, documentNo: quota.document_no } }
        : {}),
    },
    def.linked?.note ?? lower.target_text ?? '',
  );
  if (!resolution.ok) return resolution;
  const definition = JSON.stringify({ ...def, linked: resolution.linked });
  const { before, after } = await updateVersioned(trx, 'indicators', lowerId, lower.version, { definition });
  record({
    action: 'indicator.resolve_linked',
    entity: 'indicator',
    entityId: lowerId,
    planId: lower.plan_id,
    before,
    after,
  });
  return resolution;
}
