/** Warnings raised by the sweep (one per key, never twice) and handled by people: acknowledge, assign, resolve. */
import type { Kysely } from 'kysely';
import type { WarningDraft } from '@gangmu/domain';
import type { Actor } from './audit.ts';
import type { Database, WarningsTable } from './schema.ts';
import { newId, updateVersioned, write } from './write.ts';

export interface RaisedWarning extends WarningDraft {
  readonly planId: string | null;
  readonly unitId: string | null;
}

/**
 * Inserts the warnings whose key is new and returns those rows; existing keys are left as they are (an
 * acknowledged warning stays acknowledged). Each new warning is an audit event of the system actor.
 */
export async function raiseWarnings(
  db: Kysely<Database>,
  actor: Actor,
  drafts: readonly RaisedWarning[],
): Promise<WarningsTable[]> {
  if (drafts.length === 0) return [];
  return write(db, actor, async ({ trx, at, record }) => {
    const created: WarningsTable[] = [];
    for (let i = 0; i < drafts.length; i += 500) {
      const rows: WarningsTable[] = drafts.slice(i, i + 500).map((d) => ({
        id: newId(),
        key: d.key,
        plan_id: d.planId,
        level: d.level,
        kind: d.kind,
        subject_type: d.subjectType,
        subject_id: d.subjectId,
        unit_id: d.unitId,
        reason: d.reason,
        reason_en: d.reasonEn,
        status: 'open',
        assigned_to: null,
        created_at: at,
        updated_at: at,
        version: 1,
      }));
      const inserted = await trx
        .insertInto('warnings')
        .values(rows)
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('id')
        .execute();
      const ids = new Set(inserted.map((r) => r.id));
      created.push(...rows.filter((r) => ids.has(r.id)));
    }
    for (const w of created)
      record({
        action: 'warning.raise',
        entity: 'warning',
        entityId: w.id,
        planId: w.plan_id,
        before: null,
        after: w,
      });
    return created;
  });
}

export async function listWarnings(
  db: Kysely<Database>,
  filter: { unitId?: string; status?: string; level?: string; planId?: string; limit?: number },
) {
  let q = db.selectFrom('warnings').selectAll();
  if (filter.unitId) q = q.where('unit_id', '=', filter.unitId);
  if (filter.status) q = q.where('status', '=', filter.status as WarningsTable['status']);
  if (filter.level) q = q.where('level', '=', filter.level as WarningsTable['level']);
  if (filter.planId) q = q.where('plan_id', '=', filter.planId);
  return q
    .orderBy('level', 'asc')
    .orderBy('created_at', 'desc')
    .limit(filter.limit ?? 500)
    .execute();
}

export const getWarning = (db: Kysely<Database>, id: string) =>
  db.selectFrom('warnings').selectAll().where('id', '=', id).executeTakeFirst();

export async function updateWarning(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  expected: number,
  change: { status: WarningsTable['status']; assignedTo?: string | null },
) {
  return write(db, actor, async ({ trx, at, record }) => {
    const { before, after } = await updateVersioned(trx, 'warnings', id, expected, {
      status: change.status,
      updated_at: at,
      ...(change.assignedTo !== undefined ? { assigned_to: change.assignedTo } : {}),
    });
    record({
      action: `warning.${change.status}`,
      entity: 'warning',
      entityId: id,
      planId: before.plan_id,
      before,
      after,
    });
    return after;
  });
}
