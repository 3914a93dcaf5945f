/**
 * Evaluation reports (docs/reports.md): one working copy per plan, kind and year, edited while a draft,
 * submitted, then approved by the plan office's leader — approval freezes the content as a numbered version
 * that is never changed again (only its publication time is set). Storage keeps the report model as JSON and
 * does not read it: drafting and rendering are @gangmu/reports'.
 */
import type { Kysely } from 'kysely';
import type { Actor } from './audit.ts';
import type {
  Database,
  EvaluationReportCommentsTable,
  EvaluationReportsTable,
  EvaluationReportVersionsTable,
} from './schema.ts';
import { newId, StorageError, updateVersioned, write, type WriteContext } from './write.ts';

type Row = EvaluationReportsTable;
/** The row without its content, for lists and audit events (the content is recorded where it changes). */
const head = ({ content: _content, ...rest }: Row) => rest;

export async function getEvaluationReport(db: Kysely<Database>, id: string): Promise<Row> {
  const row = await db.selectFrom('evaluation_reports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new StorageError('NOT_FOUND', `evaluation report ${id} not found`, { reportId: id });
  return row;
}

export const findEvaluationReport = (db: Kysely<Database>, planId: string, kind: Row['kind'], year: number) =>
  db
    .selectFrom('evaluation_reports')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('kind', '=', kind)
    .where('year', '=', year)
    .executeTakeFirst();

export const listEvaluationReports = (db: Kysely<Database>, planId: string) =>
  db
    .selectFrom('evaluation_reports')
    .select([
      'id',
      'plan_id',
      'kind',
      'year',
      'status',
      'frozen_version',
      'created_at',
      'updated_at',
      'version',
    ])
    .where('plan_id', '=', planId)
    .orderBy('year', 'desc')
    .orderBy('kind')
    .execute();

export async function createEvaluationReport(
  db: Kysely<Database>,
  actor: Actor,
  input: { planId: string; kind: Row['kind']; year: number; content: string },
): Promise<Row> {
  return write(db, actor, async ({ trx, at, record }) => {
    const existing = await findEvaluationReport(trx, input.planId, input.kind, input.year);
    if (existing)
      throw new StorageError('ALREADY_EXISTS', `a ${input.kind} report for ${input.year} already exists`, {
        reportId: existing.id,
      });
    const row: Row = {
      id: newId(),
      plan_id: input.planId,
      kind: input.kind,
      year: input.year,
      status: 'draft',
      content: input.content,
      frozen_version: 0,
      created_by: actor.id,
      created_at: at,
      updated_at: at,
      version: 1,
    };
    await trx.insertInto('evaluation_reports').values(row).execute();
    record({
      action: 'evaluation_report.create',
      entity: 'evaluation_report',
      entityId: row.id,
      planId: row.plan_id,
      before: null,
      after: row,
    });
    return row;
  });
}

const requireDraft = (row: Row) => {
  if (row.status !== 'draft')
    throw new StorageError('INVALID', `the report is ${row.status}: only a draft can be changed`, {
      status: row.status,
    });
};

/**
 * Replaces a draft's content. `change` is what the audit event keeps: the edited block before and after, or for a
 * regeneration the whole new content, so the trail can tell every version of the draft.
 */
export async function saveEvaluationReportContent(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  expected: number,
  content: string,
  change: { action: string; before: unknown; after: unknown },
): Promise<Row> {
  return write(db, actor, async ({ trx, at, record }) => {
    requireDraft(await getEvaluationReport(trx, id));
    const { after } = await updateVersioned(trx, 'evaluation_reports', id, expected, {
      content,
      updated_at: at,
    });
    record({ ...change, entity: 'evaluation_report', entityId: id, planId: after.plan_id });
    return after;
  });
}

const TRANSITIONS = {
  submit: { from: 'draft', to: 'submitted' },
  return: { from: 'submitted', to: 'draft' },
} as const;

/**
 * submit: draft → submitted (for approval); return: submitted → draft. A `comment` (the leader's reason for a
 * return) is added in the same transaction, so a return never lands without it.
 */
export async function moveEvaluationReport(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  expected: number,
  transition: keyof typeof TRANSITIONS,
  comment?: string,
): Promise<Row> {
  const { from, to } = TRANSITIONS[transition];
  return write(db, actor, async ({ trx, at, record }) => {
    const row = await getEvaluationReport(trx, id);
    if (row.status !== from)
      throw new StorageError('INVALID', `the report is ${row.status}; ${transition} needs ${from}`, {
        status: row.status,
      });
    const { before, after } = await updateVersioned(trx, 'evaluation_reports', id, expected, {
      status: to,
      updated_at: at,
    });
    record({
      action: `evaluation_report.${transition}`,
      entity: 'evaluation_report',
      entityId: id,
      planId: row.plan_id,
      before: head(before),
      after: head(after),
    });
    if (comment !== undefined)
      await insertComment(
        trx,
        at,
        record,
        actor,
        { reportId: id, blockId: null, body: comment },
        row.plan_id,
      );
    return after;
  });
}

/** Approves a submitted report: its content becomes frozen version N (N = 1, 2, …), kept in the trail in full. */
export async function approveEvaluationReport(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  expected: number,
): Promise<{ report: Row; version: EvaluationReportVersionsTable }> {
  return write(db, actor, async ({ trx, at, record }) => {
    const row = await getEvaluationReport(trx, id);
    if (row.status !== 'submitted')
      throw new StorageError(
        'INVALID',
        `the report is ${row.status}; only a submitted report can be approved`,
        {
          status: row.status,
        },
      );
    const number = row.frozen_version + 1;
    const { before, after } = await updateVersioned(trx, 'evaluation_reports', id, expected, {
      status: 'approved',
      frozen_version: number,
      updated_at: at,
    });
    const version: EvaluationReportVersionsTable = {
      id: newId(),
      report_id: id,
      plan_id: row.plan_id,
      number,
      content: row.content,
      approved_by: actor.id,
      approved_at: at,
      published_at: null,
    };
    await trx.insertInto('evaluation_report_versions').values(version).execute();
    record({
      action: 'evaluation_report.approve',
      entity: 'evaluation_report',
      entityId: id,
      planId: row.plan_id,
      before: head(before),
      after: { ...head(after), frozenContent: row.content },
    });
    return { report: after, version };
  });
}

/** Publishes the latest frozen version on the portal (the public sees published versions only). */
export async function publishEvaluationReport(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<EvaluationReportVersionsTable> {
  return write(db, actor, async ({ trx, at, record }) => {
    const row = await getEvaluationReport(trx, id);
    if (row.frozen_version === 0)
      throw new StorageError('INVALID', 'only an approved report can be published', { status: row.status });
    const version = await trx
      .selectFrom('evaluation_report_versions')
      .selectAll()
      .where('report_id', '=', id)
      .where('number', '=', row.frozen_version)
      .executeTakeFirstOrThrow();
    if (version.published_at) return version;
    await trx
      .updateTable('evaluation_report_versions')
      .set({ published_at: at })
      .where('id', '=', version.id)
      .execute();
    const after = { ...version, published_at: at };
    const { content: _c, ...brief } = after;
    record({
      action: 'evaluation_report.publish',
      entity: 'evaluation_report',
      entityId: id,
      planId: row.plan_id,
      before: null,
      after: brief,
    });
    return after;
  });
}

export const listEvaluationReportVersions = (db: Kysely<Database>, reportId: string) =>
  db
    .selectFrom('evaluation_report_versions')
    .select(['id', 'report_id', 'number', 'approved_by', 'approved_at', 'published_at'])
    .where('report_id', '=', reportId)
    .orderBy('number')
    .execute();

export async function getEvaluationReportVersion(
  db: Kysely<Database>,
  reportId: string,
  number: number,
): Promise<EvaluationReportVersionsTable> {
  const v = await db
    .selectFrom('evaluation_report_versions')
    .selectAll()
    .where('report_id', '=', reportId)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!v)
    throw new StorageError('NOT_FOUND', `version ${number} of report ${reportId} not found`, { number });
  return v;
}

/** The published reports of a plan, newest first, with their kind and year: what the portal lists. */
export const listPublishedEvaluationReports = (db: Kysely<Database>, planId: string) =>
  db
    .selectFrom('evaluation_report_versions as v')
    .innerJoin('evaluation_reports as r', 'r.id', 'v.report_id')
    .select(['v.id', 'v.report_id', 'v.number', 'v.published_at', 'r.kind', 'r.year'])
    .where('v.plan_id', '=', planId)
    .where('v.published_at', 'is not', null)
    .orderBy('r.year', 'desc')
    .orderBy('v.number', 'desc')
    .execute();

export async function addEvaluationReportComment(
  db: Kysely<Database>,
  actor: Actor,
  input: { reportId: string; blockId: string | null; body: string },
): Promise<EvaluationReportCommentsTable> {
  return write(db, actor, async ({ trx, at, record }) => {
    const report = await getEvaluationReport(trx, input.reportId);
    return insertComment(trx, at, record, actor, input, report.plan_id);
  });
}

async function insertComment(
  trx: WriteContext['trx'],
  at: string,
  record: WriteContext['record'],
  actor: Actor,
  input: { reportId: string; blockId: string | null; body: string },
  planId: string,
): Promise<EvaluationReportCommentsTable> {
  const row: EvaluationReportCommentsTable = {
    id: newId(),
    report_id: input.reportId,
    block_id: input.blockId,
    author_id: actor.id,
    author_name: actor.name,
    body: input.body,
    created_at: at,
  };
  await trx.insertInto('evaluation_report_comments').values(row).execute();
  record({
    action: 'evaluation_report.comment',
    entity: 'evaluation_report',
    entityId: input.reportId,
    planId,
    before: null,
    after: row,
  });
  return row;
}

export const listEvaluationReportComments = (db: Kysely<Database>, reportId: string) =>
  db
    .selectFrom('evaluation_report_comments')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('created_at')
    .execute();

/** Units' progress reports on a plan's tasks that are not returned, oldest period first (the last one per task wins). */
export const listTaskProgressReports = (db: Kysely<Database>, planId: string) =>
  db
    .selectFrom('reports')
    .select(['subject_id', 'unit_id', 'period', 'percent', 'done_text', 'status'])
    .where('plan_id', '=', planId)
    .where('subject_type', '=', 'task')
    .where('status', 'in', ['submitted', 'approved'])
    .orderBy('period')
    .orderBy('submitted_at')
    .execute();
