/**
 * 规划调整: a target revision is proposed, then approved (by a named body, with its document number and date,
 * effective from a year) or rejected. Approval appends to the indicator's `targetHistory` (SPEC §2.9) in the
 * same transaction; the earlier target stays in the history and in every past version and audit event.
 */
import type { Kysely } from 'kysely';
import { appendRevision, type IndicatorDef, type TargetValues } from '@gangmu/domain';
import type { Actor } from './audit.ts';
import type { Database, TargetRevisionsTable } from './schema.ts';
import { newId, StorageError, updateVersioned, write, type WriteContext } from './write.ts';

export async function proposeRevision(
  db: Kysely<Database>,
  actor: Actor,
  input: {
    readonly indicatorId: string;
    readonly target: TargetValues;
    readonly effectiveYear: number;
    readonly reason: string;
  },
): Promise<TargetRevisionsTable> {
  return write(db, actor, async ({ trx, at, record }) => {
    const ind = await trx
      .selectFrom('indicators')
      .select(['id', 'plan_id'])
      .where('id', '=', input.indicatorId)
      .executeTakeFirst();
    if (!ind)
      throw new StorageError('NOT_FOUND', `indicator ${input.indicatorId} not found`, {
        indicatorId: input.indicatorId,
      });
    const row: TargetRevisionsTable = {
      id: newId(),
      plan_id: ind.plan_id,
      indicator_id: ind.id,
      status: 'proposed',
      target: JSON.stringify(input.target),
      reason: input.reason,
      effective_year: input.effectiveYear,
      proposed_by: actor.id ?? actor.name,
      proposed_at: at,
      approving_body: null,
      document_no: null,
      document_date: null,
      decided_by: null,
      decided_at: null,
      version: 1,
    };
    await trx.insertInto('target_revisions').values(row).execute();
    record({
      action: 'revision.propose',
      entity: 'target_revision',
      entityId: row.id,
      planId: row.plan_id,
      before: null,
      after: row,
    });
    return row;
  });
}

export async function getRevision(db: Kysely<Database>, id: string): Promise<TargetRevisionsTable> {
  const row = await db.selectFrom('target_revisions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new StorageError('NOT_FOUND', `revision ${id} not found`, { revisionId: id });
  return row;
}

export type RevisionDecision =
  | {
      readonly decision: 'approved';
      readonly approvingBody: string;
      readonly documentNo: string;
      readonly documentDate: string;
    }
  | { readonly decision: 'rejected' };

/** Approves (writing the target history) or rejects a proposed revision. Only a proposal can be decided. */
export async function decideRevision(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  expected: number,
  decision: RevisionDecision,
): Promise<TargetRevisionsTable> {
  return write(db, actor, async (ctx) => {
    const { trx, at, record } = ctx;
    const current = await getRevision(trx, id);
    if (current.status !== 'proposed')
      throw new StorageError('INVALID', `revision ${id} is ${current.status}`, { status: current.status });
    const changes: Partial<TargetRevisionsTable> =
      decision.decision === 'approved'
        ? {
            status: 'approved',
            approving_body: decision.approvingBody,
            document_no: decision.documentNo,
            document_date: decision.documentDate,
            decided_by: actor.id ?? actor.name,
            decided_at: at,
          }
        : { status: 'rejected', decided_by: actor.id ?? actor.name, decided_at: at };
    const { before, after } = await updateVersioned(trx, 'target_revisions', id, expected, changes);
    record({
      action: `revision.${decision.decision === 'approved' ? 'approve' : 'reject'}`,
      entity: 'target_revision',
      entityId: id,
      planId: before.plan_id,
      before,
      after,
    });
    if (decision.decision === 'approved') await writeTargetHistory(ctx, after, decision);
    return after;
  });
}

async function writeTargetHistory(
  { trx, record }: WriteContext,
  revision: TargetRevisionsTable,
  decision: { readonly approvingBody: string; readonly documentNo: string },
): Promise<void> {
  const ind = await trx
    .selectFrom('indicators')
    .selectAll()
    .where('id', '=', revision.indicator_id)
    .executeTakeFirstOrThrow();
  const plan = await trx
    .selectFrom('plans')
    .select(['base_year', 'period_end'])
    .where('id', '=', ind.plan_id)
    .executeTakeFirstOrThrow();
  const def = JSON.parse(ind.definition) as Omit<IndicatorDef, 'id'>;
  const baseYear = def.baseYear ?? plan.base_year ?? 2020;
  const targetYear = def.targetYear ?? plan.period_end ?? 2025;
  const appended = appendRevision(
    def.targetHistory,
    {
      from: revision.effective_year,
      target: JSON.parse(revision.target) as TargetValues,
      note: `${decision.approvingBody} ${decision.documentNo}`,
    },
    { baseYear, targetYear },
  );
  if (!appended.ok)
    throw new StorageError('INVALID', `revision: ${appended.reason}`, {
      reason: appended.reason,
      ...(appended.latest !== undefined ? { latest: appended.latest } : {}),
    });
  const definition = JSON.stringify({ ...def, targetHistory: appended.history });
  const { before, after } = await updateVersioned(trx, 'indicators', ind.id, ind.version, { definition });
  record({
    action: 'indicator.revise',
    entity: 'indicator',
    entityId: ind.id,
    planId: ind.plan_id,
    before,
    after,
  });
}

export const listRevisions = (db: Kysely<Database>, planId: string) =>
  db
    .selectFrom('target_revisions')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('proposed_at', 'desc')
    .execute();
