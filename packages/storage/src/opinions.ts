/** Public opinions on a plan, an outline node or an indicator: stored pending, shown only once approved. */
import type { Kysely } from 'kysely';
import type { Actor } from './audit.ts';
import type { Database, OpinionsTable } from './schema.ts';
import { newId, StorageError, updateVersioned, write } from './write.ts';

export async function createOpinion(
  db: Kysely<Database>,
  actor: Actor,
  input: {
    planId: string;
    targetType: OpinionsTable['target_type'];
    targetId: string | null;
    authorName: string | null;
    contact: string | null;
    content: string;
  },
): Promise<OpinionsTable> {
  return write(db, actor, async ({ trx, at, record }) => {
    const plan = await trx
      .selectFrom('plans')
      .select(['id', 'published_version'])
      .where('id', '=', input.planId)
      .executeTakeFirst();
    if (!plan || plan.published_version === 0)
      throw new StorageError('NOT_FOUND', `plan ${input.planId} not found`, { planId: input.planId });
    if (input.targetId) {
      const table = input.targetType === 'indicator' ? 'indicators' : 'outline_nodes';
      const target = await trx
        .selectFrom(table)
        .select(['id', 'plan_id'])
        .where('id', '=', input.targetId)
        .executeTakeFirst();
      if (!target || target.plan_id !== input.planId)
        throw new StorageError('INVALID', `${input.targetType} ${input.targetId} is not part of this plan`, {
          field: 'targetId',
        });
    }
    const row: OpinionsTable = {
      id: newId(),
      plan_id: input.planId,
      target_type: input.targetType,
      target_id: input.targetId,
      author_name: input.authorName,
      contact: input.contact,
      content: input.content,
      status: 'pending',
      created_at: at,
      moderated_by: null,
      version: 1,
    };
    await trx.insertInto('opinions').values(row).execute();
    record({
      action: 'opinion.create',
      entity: 'opinion',
      entityId: row.id,
      planId: input.planId,
      before: null,
      after: row,
    });
    return row;
  });
}

export const listOpinions = (db: Kysely<Database>, planId: string, opts: { approvedOnly: boolean }) => {
  let q = db.selectFrom('opinions').selectAll().where('plan_id', '=', planId);
  if (opts.approvedOnly) q = q.where('status', '=', 'approved');
  return q.orderBy('created_at', 'desc').execute();
};

export async function moderateOpinion(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  expected: number,
  status: 'approved' | 'rejected',
) {
  return write(db, actor, async ({ trx, record }) => {
    const { before, after } = await updateVersioned(trx, 'opinions', id, expected, {
      status,
      moderated_by: actor.id,
    });
    record({
      action: `opinion.${status}`,
      entity: 'opinion',
      entityId: id,
      planId: before.plan_id,
      before,
      after,
    });
    return after;
  });
}
