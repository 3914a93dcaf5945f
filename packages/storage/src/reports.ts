/**
 * Progress reports: a unit submits one per subject, period and unit; a supervisor approves it or returns it with a
 * comment; a returned report is resubmitted as a new revision. Every step is an audit event, so the full
 * history of a report is its events.
 */
import type { Kysely } from 'kysely';
import type { Actor } from './audit.ts';
import type { Database, EvidenceTable, ReportsTable } from './schema.ts';
import { newId, StorageError, updateVersioned, write } from './write.ts';

export interface ReportInput {
  readonly subjectType: ReportsTable['subject_type'];
  readonly subjectId: string;
  readonly period: string;
  readonly percent?: number | null;
  readonly doneText: string;
  readonly problems?: string | null;
  readonly nextSteps?: string | null;
}

/** Submits a report, or resubmits a returned one (a new revision); an approved or pending report cannot be replaced. */
export async function submitReport(
  db: Kysely<Database>,
  actor: Actor,
  input: ReportInput & { planId: string; unitId: string | null },
): Promise<ReportsTable> {
  // Each unit reports for itself: a task's lead and co-units have one report each per period.
  const unitId = input.unitId;
  if (!unitId) throw new StorageError('INVALID', 'a report is made for a unit', { field: 'unitId' });
  return write(db, actor, async ({ trx, at, record }) => {
    const existing = await trx
      .selectFrom('reports')
      .selectAll()
      .where('subject_type', '=', input.subjectType)
      .where('subject_id', '=', input.subjectId)
      .where('period', '=', input.period)
      .where('unit_id', '=', unitId)
      .executeTakeFirst();
    const fields = {
      percent: input.percent ?? null,
      done_text: input.doneText,
      problems: input.problems ?? null,
      next_steps: input.nextSteps ?? null,
      submitted_by: actor.id,
      submitted_at: at,
    };
    if (existing) {
      if (existing.status !== 'returned') {
        throw new StorageError(
          'ALREADY_EXISTS',
          `the ${input.period} report is ${existing.status}; only a returned report can be resubmitted`,
          { reportId: existing.id, status: existing.status },
        );
      }
      const after = {
        ...existing,
        ...fields,
        status: 'submitted' as const,
        revision: existing.revision + 1,
        version: existing.version + 1,
      };
      await trx
        .updateTable('reports')
        .set({ ...fields, status: 'submitted', revision: after.revision, version: after.version })
        .where('id', '=', existing.id)
        .execute();
      record({
        action: 'report.resubmit',
        entity: 'report',
        entityId: existing.id,
        planId: existing.plan_id,
        before: existing,
        after,
      });
      return after;
    }
    const row: ReportsTable = {
      id: newId(),
      plan_id: input.planId,
      subject_type: input.subjectType,
      subject_id: input.subjectId,
      unit_id: input.unitId,
      period: input.period,
      ...fields,
      status: 'submitted',
      revision: 1,
      reviewed_by: null,
      reviewed_at: null,
      review_comment: null,
      version: 1,
    };
    await trx.insertInto('reports').values(row).execute();
    record({
      action: 'report.submit',
      entity: 'report',
      entityId: row.id,
      planId: row.plan_id,
      before: null,
      after: row,
    });
    return row;
  });
}

/** Approves or returns a submitted report. Approval of a task or project report carries its % into the subject. */
export async function reviewReport(
  db: Kysely<Database>,
  actor: Actor,
  reportId: string,
  expected: number,
  decision: { status: 'approved' | 'returned'; comment?: string | null },
): Promise<ReportsTable> {
  return write(db, actor, async ({ trx, at, record }) => {
    const current = await trx.selectFrom('reports').selectAll().where('id', '=', reportId).executeTakeFirst();
    if (!current) throw new StorageError('NOT_FOUND', `report ${reportId} not found`, { reportId });
    if (current.status !== 'submitted')
      throw new StorageError(
        'INVALID',
        `only a submitted report can be reviewed (this one is ${current.status})`,
        { status: current.status },
      );
    if (decision.status === 'returned' && !decision.comment?.trim())
      throw new StorageError('INVALID', 'returning a report needs a comment', { field: 'comment' });
    const { before, after } = await updateVersioned(trx, 'reports', reportId, expected, {
      status: decision.status,
      reviewed_by: actor.id,
      reviewed_at: at,
      review_comment: decision.comment ?? null,
    });
    record({
      action: `report.${decision.status === 'approved' ? 'approve' : 'return'}`,
      entity: 'report',
      entityId: reportId,
      planId: before.plan_id,
      before,
      after,
    });
    if (decision.status === 'approved' && after.percent !== null) {
      const table =
        after.subject_type === 'task' ? 'tasks' : after.subject_type === 'project' ? 'projects' : null;
      if (table) {
        const subject = await trx
          .selectFrom(table)
          .selectAll()
          .where('id', '=', after.subject_id)
          .executeTakeFirst();
        if (subject) {
          const changed = { ...subject, progress: after.percent, version: subject.version + 1 };
          await trx
            .updateTable(table)
            .set({ progress: after.percent, version: changed.version })
            .where('id', '=', after.subject_id)
            .execute();
          record({
            action: `${after.subject_type}.progress`,
            entity: after.subject_type,
            entityId: after.subject_id,
            planId: after.plan_id,
            before: subject,
            after: changed,
          });
        }
      }
    }
    return after;
  });
}

export const getReport = (db: Kysely<Database>, id: string) =>
  db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();

export async function listReports(
  db: Kysely<Database>,
  filter: { unitId?: string; status?: ReportsTable['status']; subjectId?: string },
) {
  let q = db.selectFrom('reports').selectAll();
  if (filter.unitId) q = q.where('unit_id', '=', filter.unitId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.subjectId) q = q.where('subject_id', '=', filter.subjectId);
  return q.orderBy('submitted_at', 'desc').limit(1000).execute();
}

/** The history of a report: every audit event about it, oldest first. */
export async function reportHistory(db: Kysely<Database>, reportId: string) {
  const rows = await db
    .selectFrom('audit_events')
    .select(['seq', 'at', 'actor_name', 'action', 'after'])
    .where('entity', '=', 'report')
    .where('entity_id', '=', reportId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor_name,
    action: r.action,
    state: r.after ? JSON.parse(r.after) : null,
  }));
}

export async function addEvidence(
  db: Kysely<Database>,
  actor: Actor,
  row: Omit<EvidenceTable, 'id' | 'uploaded_at' | 'uploaded_by'>,
): Promise<EvidenceTable> {
  return write(db, actor, async ({ trx, at, record }) => {
    const report = await trx
      .selectFrom('reports')
      .select(['id', 'plan_id'])
      .where('id', '=', row.report_id)
      .executeTakeFirst();
    if (!report)
      throw new StorageError('NOT_FOUND', `report ${row.report_id} not found`, { reportId: row.report_id });
    const full: EvidenceTable = { ...row, id: newId(), uploaded_at: at, uploaded_by: actor.id };
    await trx.insertInto('evidence').values(full).execute();
    record({
      action: 'evidence.add',
      entity: 'evidence',
      entityId: full.id,
      planId: report.plan_id,
      before: null,
      after: full,
    });
    return full;
  });
}

export const listEvidence = (db: Kysely<Database>, reportId: string) =>
  db.selectFrom('evidence').selectAll().where('report_id', '=', reportId).orderBy('uploaded_at').execute();
export const getEvidence = (db: Kysely<Database>, id: string) =>
  db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
