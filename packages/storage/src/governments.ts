/**
 * Governments of the administrative hierarchy and what belongs to them (units, users, plans), and the
 * "implements" relations between plans. Levels and parents come from the division code (@gangmu/domain).
 */
import type { Kysely } from 'kysely';
import { checkImplements, nearestAncestor, parseDivisionCode, type PlanType } from '@gangmu/domain';
import type { Actor } from './audit.ts';
import type { Database, GovernmentsTable, PlanRelationsTable } from './schema.ts';
import { newId, StorageError, updateVersioned, write } from './write.ts';

/**
 * Creates governments in one transaction, each under the nearest existing one above it by code (those in the
 * same batch included, whatever their order): the whole 国家 › 省 › 市 › 县 tree can be loaded at once, and a
 * government added above existing ones (the city after its districts) becomes their parent.
 */
export async function createGovernments(
  db: Kysely<Database>,
  actor: Actor,
  inputs: readonly { readonly code: string; readonly name: string }[],
): Promise<GovernmentsTable[]> {
  return write(db, actor, async ({ trx, at, record }) => {
    const existing = await trx.selectFrom('governments').selectAll().execute();
    const idByCode = new Map(existing.map((g) => [g.code, g.id]));
    const parsed = inputs.map((input) => {
      const code = parseDivisionCode(input.code);
      if (!code.ok)
        throw new StorageError('INVALID', `division code ${input.code}: ${code.reason}`, {
          field: 'code',
          code: input.code,
          reason: code.reason,
        });
      if (idByCode.has(code.code))
        throw new StorageError('ALREADY_EXISTS', `government ${code.code} exists`, { code: code.code });
      idByCode.set(code.code, newId());
      return { ...code, name: input.name };
    });
    const rows: GovernmentsTable[] = parsed.map((p) => {
      const parentCode = nearestAncestor(p.code, (c) => idByCode.has(c));
      return {
        id: idByCode.get(p.code)!,
        code: p.code,
        name: p.name,
        level: p.level,
        parent_id: parentCode ? idByCode.get(parentCode)! : null,
        created_at: at,
        version: 1,
      };
    });
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('governments')
        .values(rows.slice(i, i + 500))
        .execute();
    for (const row of rows)
      record({
        action: 'government.create',
        entity: 'government',
        entityId: row.id,
        planId: null,
        before: null,
        after: row,
      });
    // A government created above existing ones (a city after its districts) becomes their parent.
    for (const g of existing) {
      const parentCode = nearestAncestor(g.code, (c) => idByCode.has(c));
      const parentId = parentCode ? idByCode.get(parentCode)! : null;
      if (parentId === g.parent_id) continue;
      const { before, after } = await updateVersioned(trx, 'governments', g.id, g.version, {
        parent_id: parentId,
      });
      record({
        action: 'government.reparent',
        entity: 'government',
        entityId: g.id,
        planId: null,
        before,
        after,
      });
    }
    return rows;
  });
}

export const listGovernments = (db: Kysely<Database>) =>
  db.selectFrom('governments').selectAll().orderBy('code').execute();

export async function getGovernment(db: Kysely<Database>, id: string): Promise<GovernmentsTable> {
  const row = await db.selectFrom('governments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new StorageError('NOT_FOUND', `government ${id} not found`, { governmentId: id });
  return row;
}

export const findGovernmentByCode = (db: Kysely<Database>, code: string) =>
  db.selectFrom('governments').selectAll().where('code', '=', code).executeTakeFirst();

/** The government directly below `id` (one level), ordered by code. */
export const listChildGovernments = (db: Kysely<Database>, id: string) =>
  db.selectFrom('governments').selectAll().where('parent_id', '=', id).orderBy('code').execute();

/**
 * id → parent id for the given governments and every government above them: what the access rule walks for
 * those governments, read in one recursive query (a chain is at most five levels long) instead of the whole
 * table. `union` (not `union all`) ends the recursion even on a cycle in bad data.
 */
export async function governmentAncestry(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .withRecursive('chain(id, parent_id)', (qb) =>
      qb
        .selectFrom('governments')
        .select(['id', 'parent_id'])
        .where('id', 'in', ids)
        .union(
          qb
            .selectFrom('governments')
            .innerJoin('chain', 'chain.parent_id', 'governments.id')
            .select(['governments.id', 'governments.parent_id']),
        ),
    )
    .selectFrom('chain')
    .select(['id', 'parent_id'])
    .execute();
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

/** id → parent id for every government: the access rule walks it (a few thousand rows for a whole country). */
export async function governmentParents(db: Kysely<Database>): Promise<Map<string, string | null>> {
  const rows = await db.selectFrom('governments').select(['id', 'parent_id']).execute();
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

/** Puts a user, a unit or a plan (with its type) under a government. Audited like every write. */
export async function assignToGovernment(
  db: Kysely<Database>,
  actor: Actor,
  target:
    | { readonly table: 'users' | 'units'; readonly id: string }
    | {
        readonly table: 'plans';
        readonly id: string;
        readonly planType?: PlanType;
        readonly synthetic?: boolean;
      },
  governmentId: string | null,
): Promise<void> {
  await write(db, actor, async ({ trx, record }) => {
    if (governmentId) await getGovernment(trx, governmentId);
    const t = trx as unknown as Kysely<{
      scoped: { id: string; version: number; government_id: string | null };
    }>;
    const before = await t
      .selectFrom(target.table as 'scoped')
      .select('version')
      .where('id', '=', target.id)
      .executeTakeFirst();
    if (!before)
      throw new StorageError('NOT_FOUND', `${target.table} ${target.id} not found`, { id: target.id });
    const changes =
      target.table === 'plans'
        ? {
            government_id: governmentId,
            ...(target.planType ? { plan_type: target.planType } : {}),
            ...(target.synthetic !== undefined ? { synthetic: target.synthetic ? 1 : 0 } : {}),
          }
        : { government_id: governmentId };
    const { before: b, after } = await updateVersioned(trx, target.table, target.id, before.version, changes);
    const entity = target.table === 'plans' ? 'plan' : target.table === 'units' ? 'unit' : 'user';
    const strip = (row: object) => {
      const { password_hash: _h, source_text: _s, diagnostics: _d, ...rest } = row as Record<string, unknown>;
      return rest;
    };
    record({
      action: `${entity}.government`,
      entity,
      entityId: target.id,
      planId: target.table === 'plans' ? target.id : null,
      before: strip(b),
      after: strip(after),
    });
  });
}

/** Records that `planId` implements `parentPlanId`; refuses itself, a repeat and a cycle (with its path). */
export async function addPlanRelation(
  db: Kysely<Database>,
  actor: Actor,
  planId: string,
  parentPlanId: string,
): Promise<PlanRelationsTable> {
  return write(db, actor, async ({ trx, at, record }) => {
    const found = await trx
      .selectFrom('plans')
      .select('id')
      .where('id', 'in', [planId, parentPlanId])
      .execute();
    if (found.length !== new Set([planId, parentPlanId]).size)
      throw new StorageError('NOT_FOUND', 'plan not found', { planId, parentPlanId });
    const edges = await trx.selectFrom('plan_relations').select(['plan_id', 'parent_plan_id']).execute();
    const check = checkImplements(
      edges.map((e) => ({ planId: e.plan_id, parentId: e.parent_plan_id })),
      planId,
      parentPlanId,
    );
    if (!check.ok)
      throw new StorageError(
        check.reason === 'DUPLICATE' ? 'ALREADY_EXISTS' : 'INVALID',
        `relation: ${check.reason}`,
        {
          reason: check.reason,
          ...(check.path ? { path: check.path } : {}),
        },
      );
    const row: PlanRelationsTable = {
      id: newId(),
      plan_id: planId,
      parent_plan_id: parentPlanId,
      created_by: actor.id,
      created_at: at,
    };
    await trx.insertInto('plan_relations').values(row).execute();
    record({
      action: 'plan.implements',
      entity: 'plan_relation',
      entityId: row.id,
      planId,
      before: null,
      after: row,
    });
    return row;
  });
}

/** The "implements" relations, all of them or those of one plan (`planId`) or of its implementers (`parentPlanId`). */
export function listPlanRelations(
  db: Kysely<Database>,
  of: { readonly planId?: string; readonly parentPlanId?: string } = {},
) {
  let q = db.selectFrom('plan_relations').selectAll();
  if (of.planId) q = q.where('plan_id', '=', of.planId);
  if (of.parentPlanId) q = q.where('parent_plan_id', '=', of.parentPlanId);
  return q.orderBy('created_at').execute();
}

/** The plans with their government and type, for the portfolio and access (never the source text). */
export const listPlanScopes = (db: Kysely<Database>) =>
  db
    .selectFrom('plans')
    .select([
      'id',
      'title',
      'government_id',
      'plan_type',
      'synthetic',
      'status',
      'published_version',
      'period_start',
      'period_end',
    ])
    .orderBy('title')
    .execute();
