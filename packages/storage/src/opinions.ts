/**
 * Public opinions and their handling (办理). The opinion row never holds personal data: contact details, the
 * notify e-mail and the hashes of the private-link token and of the poster's address live in
 * `opinion_private`, written beside the row and left out of every audit event. Each handling step updates the
 * row (optimistic version) and appends an `opinion_records` row in the same audited transaction.
 */
import type { Kysely } from 'kysely';
import type { Actor } from './audit.ts';
import type {
  Database,
  HolidayCalendarsTable,
  OpinionHandlingState,
  OpinionPrivateTable,
  OpinionRecordsTable,
  OpinionsTable,
} from './schema.ts';
import { newId, StorageError, updateVersioned, write } from './write.ts';

const TARGET_TABLE = { indicator: 'indicators', node: 'outline_nodes', project: 'projects' } as const;

export interface NewOpinion {
  planId: string;
  targetType: OpinionsTable['target_type'];
  targetId: string | null;
  authorName: string | null;
  content: string;
  /** Personal data, kept in opinion_private. */
  contact: string | null;
  notifyEmail?: string | null;
  contactShared?: boolean;
  trackingCode?: string | null;
  tokenHash?: string | null;
  addressHash?: string | null;
  /** YYYY-MM-DD (Asia/Shanghai); defaults to the UTC date of the write. */
  postedOn?: string;
  /** Held for review by a sensitive word. */
  held?: boolean;
}

/** Stores a new opinion (pending, `received`) and its private data; the audit event has no personal data. */
export async function createOpinion(
  db: Kysely<Database>,
  actor: Actor,
  input: NewOpinion,
): Promise<OpinionsTable> {
  return write(db, actor, async ({ trx, at, record }) => {
    const plan = await trx
      .selectFrom('plans')
      .select(['id', 'published_version'])
      .where('id', '=', input.planId)
      .executeTakeFirst();
    if (!plan || plan.published_version === 0)
      throw new StorageError('NOT_FOUND', `plan ${input.planId} not found`, { planId: input.planId });
    if (input.targetType !== 'plan') {
      if (!input.targetId)
        throw new StorageError('INVALID', `a ${input.targetType} opinion needs its target`, {
          field: 'targetId',
        });
      const target = await trx
        .selectFrom(TARGET_TABLE[input.targetType])
        .select(['id', 'plan_id'])
        .where('id', '=', input.targetId)
        .executeTakeFirst();
      if (!target || target.plan_id !== input.planId)
        throw new StorageError('INVALID', `${input.targetType} ${input.targetId} is not part of this plan`, {
          field: 'targetId',
        });
    }
    const postedOn = input.postedOn ?? at.slice(0, 10);
    const row: OpinionsTable = {
      id: newId(),
      plan_id: input.planId,
      target_type: input.targetType,
      target_id: input.targetType === 'plan' ? null : input.targetId,
      author_name: input.authorName,
      contact: null,
      content: input.content,
      status: 'pending',
      created_at: at,
      moderated_by: null,
      version: 1,
      handling_state: 'received',
      tracking_code: input.trackingCode ?? null,
      held: input.held ? 1 : 0,
      contact_shared: input.contactShared ? 1 : 0,
      posted_on: postedOn,
      duplicate_of: null,
      public_reason: null,
      unit_id: null,
      assigned_at: null,
      deadline: null,
      answer_draft: null,
      answer: null,
      answered_at: null,
      published_at: null,
      reopen_count: 0,
      rating: null,
      rating_comment: null,
      rated_at: null,
      task_id: null,
    };
    await trx.insertInto('opinions').values(row).execute();
    const priv: OpinionPrivateTable = {
      opinion_id: row.id,
      contact: input.contact,
      notify_email: input.notifyEmail ?? null,
      token_hash: input.tokenHash ?? null,
      address_hash: input.addressHash ?? null,
      posted_on: postedOn,
    };
    await trx.insertInto('opinion_private').values(priv).execute();
    await insertRecord(trx, row, actor, at, { kind: 'receive', data: { held: row.held === 1 } });
    record({
      action: 'opinion.create',
      entity: 'opinion',
      entityId: row.id,
      planId: input.planId,
      before: null,
      // Whether there are contact details, never what they are.
      after: { ...row, has_contact: !!input.contact, has_notify_email: !!input.notifyEmail },
    });
    return row;
  });
}

type Trx = Parameters<Parameters<typeof write>[2]>[0]['trx'];

async function insertRecord(
  trx: Trx,
  row: OpinionsTable,
  actor: Actor,
  at: string,
  r: { kind: string; body?: string | null; data?: Record<string, unknown>; unitId?: string | null },
): Promise<OpinionRecordsTable> {
  const rec: OpinionRecordsTable = {
    id: newId(),
    opinion_id: row.id,
    plan_id: row.plan_id,
    kind: r.kind,
    state: row.handling_state,
    actor_id: actor.id,
    actor_name: actor.name,
    unit_id: r.unitId ?? null,
    body: r.body ?? null,
    data: JSON.stringify(r.data ?? {}),
    created_at: at,
  };
  await trx.insertInto('opinion_records').values(rec).execute();
  return rec;
}

export interface OpinionChange {
  id: string;
  /** The version the caller saw (If-Match); omitted for the visitor's rating, which reads the current one. */
  expectedVersion?: number;
  /** Column changes; `at` fills the timestamps named in `stamp`. */
  changes: Partial<Omit<OpinionsTable, 'id' | 'version' | 'plan_id' | 'contact'>>;
  stamp?: readonly ('assigned_at' | 'answered_at' | 'published_at' | 'rated_at')[];
  /** The time written into the `stamp` columns: the command's clock (default: the write's own time). */
  stampAt?: string;
  record: { kind: string; body?: string | null; data?: Record<string, unknown>; unitId?: string | null };
  /** Only when the row is still in one of these states (a second check inside the transaction). */
  fromStates?: readonly OpinionHandlingState[];
}

/** One handling step: the row changes, a record is appended, the audit event written — together. */
export async function changeOpinion(
  db: Kysely<Database>,
  actor: Actor,
  change: OpinionChange,
): Promise<{ before: OpinionsTable; after: OpinionsTable; record: OpinionRecordsTable }> {
  return write(db, actor, async ({ trx, at, record }) => {
    const current = await trx
      .selectFrom('opinions')
      .selectAll()
      .where('id', '=', change.id)
      .executeTakeFirst();
    if (!current) throw new StorageError('NOT_FOUND', `opinion ${change.id} not found`, { id: change.id });
    if (change.fromStates && !change.fromStates.includes(current.handling_state))
      throw new StorageError('VERSION_CONFLICT', `opinion ${change.id} is ${current.handling_state} now`, {
        current: current.version,
        expected: change.expectedVersion ?? current.version,
      });
    const changes: Partial<OpinionsTable> = { ...change.changes };
    for (const s of change.stamp ?? []) changes[s] = change.stampAt ?? at;
    const { before, after } = await updateVersioned(
      trx,
      'opinions',
      change.id,
      change.expectedVersion ?? current.version,
      changes,
    );
    const rec = await insertRecord(trx, after, actor, at, change.record);
    record({
      action: `opinion.${change.record.kind}`,
      entity: 'opinion',
      entityId: change.id,
      planId: after.plan_id,
      before,
      after,
    });
    return { before, after, record: rec };
  });
}

export const getOpinionRow = (db: Kysely<Database>, id: string) =>
  db.selectFrom('opinions').selectAll().where('id', '=', id).executeTakeFirst();

export const getOpinionByTrackingCode = (db: Kysely<Database>, code: string) =>
  db.selectFrom('opinions').selectAll().where('tracking_code', '=', code).executeTakeFirst();

/** Personal data of one opinion. Callers decide who may see it (commands' opinion-access rule). */
export const getOpinionPrivate = (db: Kysely<Database>, id: string) =>
  db.selectFrom('opinion_private').selectAll().where('opinion_id', '=', id).executeTakeFirst();

export async function getOpinionPrivates(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, OpinionPrivateTable>();
  const rows = await db.selectFrom('opinion_private').selectAll().where('opinion_id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.opinion_id, r]));
}

/** Opinions posted from one (hashed) address on one day, for the daily cap. */
export async function countOpinionsFromAddress(
  db: Kysely<Database>,
  addressHash: string,
  postedOn: string,
): Promise<number> {
  const row = await db
    .selectFrom('opinion_private')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('address_hash', '=', addressHash)
    .where('posted_on', '=', postedOn)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Opinions on one target since a day, for duplicate detection (declined and merged ones do not count). */
export const listRecentOpinionsOnTarget = (
  db: Kysely<Database>,
  q: { planId: string; targetType: OpinionsTable['target_type']; targetId: string | null; sinceDay: string },
) => {
  let query = db
    .selectFrom('opinions')
    .select(['id', 'tracking_code', 'content', 'posted_on', 'target_type', 'target_id'])
    .where('plan_id', '=', q.planId)
    .where('target_type', '=', q.targetType)
    .where('posted_on', '>=', q.sinceDay)
    .where('handling_state', 'not in', ['declined', 'merged']);
  query =
    q.targetId === null ? query.where('target_id', 'is', null) : query.where('target_id', '=', q.targetId);
  return query.orderBy('created_at', 'desc').limit(500).execute();
};

export const listOpinionRecords = (db: Kysely<Database>, opinionId: string) =>
  db
    .selectFrom('opinion_records')
    .selectAll()
    .where('opinion_id', '=', opinionId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

/** Opinions for the handling screens: by plan, by unit, by state. */
export const listOpinionRows = (
  db: Kysely<Database>,
  q: {
    planId?: string;
    unitId?: string;
    states?: readonly OpinionHandlingState[];
    targetType?: OpinionsTable['target_type'];
    targetId?: string;
  },
) => {
  let query = db.selectFrom('opinions').selectAll();
  if (q.planId) query = query.where('plan_id', '=', q.planId);
  if (q.unitId) query = query.where('unit_id', '=', q.unitId);
  if (q.states) query = query.where('handling_state', 'in', [...q.states]);
  if (q.targetType) query = query.where('target_type', '=', q.targetType);
  if (q.targetId) query = query.where('target_id', '=', q.targetId);
  return query.orderBy('created_at', 'desc').execute();
};

/** The old moderation list (approved only for the public). */
export const listOpinions = (db: Kysely<Database>, planId: string, opts: { approvedOnly: boolean }) => {
  let q = db.selectFrom('opinions').selectAll().where('plan_id', '=', planId);
  if (opts.approvedOnly) q = q.where('status', '=', 'approved');
  return q.orderBy('created_at', 'desc').execute();
};

/** Approving is accepting (the text becomes public); rejecting is declining. Kept for the moderation screen. */
export async function moderateOpinion(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  expected: number,
  status: 'approved' | 'rejected',
) {
  return write(db, actor, async ({ trx, at, record }) => {
    const { before, after } = await updateVersioned(trx, 'opinions', id, expected, {
      status,
      moderated_by: actor.id,
      ...(status === 'approved'
        ? { handling_state: 'accepted' as const, held: 0 }
        : { handling_state: 'declined' as const }),
    });
    if (!['received', 'accepted', 'declined'].includes(before.handling_state))
      throw new StorageError('INVALID', `opinion ${id} is being handled (${before.handling_state})`, { id });
    await insertRecord(trx, after, actor, at, { kind: status === 'approved' ? 'accept' : 'decline' });
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

/** The holiday calendars an administrator added (the shipped ones come from @gangmu/domain). */
export const listStoredHolidayCalendars = (db: Kysely<Database>) =>
  db.selectFrom('holiday_calendars').selectAll().orderBy('year').execute();

/** Adds or replaces one year's calendar (replacing needs the version seen). */
export async function saveHolidayCalendar(
  db: Kysely<Database>,
  actor: Actor,
  input: {
    year: number;
    offDays: readonly (readonly [string, string])[];
    workDays: readonly string[];
    source: string;
    expectedVersion?: number;
  },
): Promise<HolidayCalendarsTable> {
  return write(db, actor, async ({ trx, at, record }) => {
    const before = await trx
      .selectFrom('holiday_calendars')
      .selectAll()
      .where('year', '=', input.year)
      .executeTakeFirst();
    const fields = {
      off_days: JSON.stringify(input.offDays),
      work_days: JSON.stringify(input.workDays),
      source: input.source,
    };
    let after: HolidayCalendarsTable;
    if (!before) {
      after = { year: input.year, ...fields, created_by: actor.id, created_at: at, version: 1 };
      await trx.insertInto('holiday_calendars').values(after).execute();
    } else {
      if (input.expectedVersion !== before.version)
        throw new StorageError('VERSION_CONFLICT', `the ${input.year} calendar was changed`, {
          current: before.version,
          expected: input.expectedVersion ?? null,
        });
      after = { ...before, ...fields, version: before.version + 1 };
      const result = await trx
        .updateTable('holiday_calendars')
        .set({ ...fields, version: after.version })
        .where('year', '=', input.year)
        .where('version', '=', before.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1)
        throw new StorageError('VERSION_CONFLICT', `the ${input.year} calendar was changed`, {});
    }
    record({
      action: before ? 'holiday_calendar.update' : 'holiday_calendar.create',
      entity: 'holiday_calendar',
      entityId: String(input.year),
      planId: null,
      before: before ?? null,
      after,
    });
    return after;
  });
}

/** Opinions a unit owes an answer whose deadline is before `today` (YYYY-MM-DD), for the sweep. */
export const listOverdueOpinions = (db: Kysely<Database>, today: string) =>
  db
    .selectFrom('opinions')
    .select(['id', 'plan_id', 'unit_id', 'tracking_code', 'handling_state', 'deadline', 'content'])
    .where('handling_state', 'in', ['assigned', 'returned'])
    .where('deadline', '<', today)
    .execute();
