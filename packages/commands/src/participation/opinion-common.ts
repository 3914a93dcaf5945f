/**
 * What the participation commands share: the plan offices' date (Asia/Shanghai), the holiday calendars in
 * force (shipped years plus those added on the screen), the personal-data rule, and the lifecycle step that
 * turns a domain refusal into a CommandError with a message for people.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  SHIPPED_HOLIDAY_CALENDARS,
  transition,
  type HolidayCalendar,
  type OpinionActor,
  type OpinionEvent,
  type OpinionFacts,
  type OpinionRefusal,
} from '@gangmu/domain';
import { getOpinionRow, listStoredHolidayCalendars, type Db, type OpinionsTable } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { Caller, CommandContext } from '../context.ts';

/** The plan offices' calendar day: dates are taken at UTC+8, as the supervision rules do. */
export const shanghaiDate = (now: Date): string =>
  new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The calendars in force: a year added by an administrator replaces the shipped one of that year. */
export async function holidayCalendars(db: Db): Promise<HolidayCalendar[]> {
  const stored = (await listStoredHolidayCalendars(db.kysely)).map((r): HolidayCalendar => ({
    year: r.year,
    offDays: JSON.parse(r.off_days) as [string, string][],
    workDays: JSON.parse(r.work_days) as string[],
    source: r.source,
  }));
  const years = new Set(stored.map((c) => c.year));
  return [...SHIPPED_HOLIDAY_CALENDARS.filter((c) => !years.has(c.year)), ...stored].sort(
    (a, b) => a.year - b.year,
  );
}

/**
 * Who may see an opinion's contact details: the plan office (admin) and supervisors always; a reporter of the
 * unit it is assigned to only when the visitor agreed; leaders, auditors and the public never.
 */
export function maySeeContacts(
  caller: Caller,
  opinion: Pick<OpinionsTable, 'unit_id' | 'contact_shared'>,
): boolean {
  if (caller.role === 'admin' || caller.role === 'supervisor') return true;
  return (
    caller.role === 'reporter' &&
    caller.unitId !== null &&
    opinion.unit_id === caller.unitId &&
    opinion.contact_shared === 1
  );
}

/** Who may read an opinion's handling at all (the record, drafts, review comments). */
export function mayReadHandling(caller: Caller, opinion: Pick<OpinionsTable, 'unit_id'>): boolean {
  if (caller.role === 'reporter') return caller.unitId !== null && opinion.unit_id === caller.unitId;
  return caller.role !== null;
}

/** The lifecycle actor a caller acts as: the plan office (admin, supervisor) or the assigned unit. */
export function officeOrUnit(caller: Caller, opinion: Pick<OpinionsTable, 'unit_id'>): OpinionActor | null {
  if (caller.role === 'admin' || caller.role === 'supervisor') return 'office';
  if (caller.role === 'reporter' && caller.unitId !== null && caller.unitId === opinion.unit_id)
    return 'unit';
  return null;
}

const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'; // no 0/O, 1/I/L: read aloud and typed by hand

/** A tracking code like `GM-7KQ4-M2XP`: 8 characters of 31 (≈ 40 bits), easy to read out on the phone. */
export function newTrackingCode(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => TRACKING_ALPHABET[b % TRACKING_ALPHABET.length]!);
  return `GM-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** The private link's token (shown once) and the hash kept of it. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The poster's address, hashed so that the daily cap works without keeping addresses. */
export const hashAddress = (address: string): string =>
  createHash('sha256').update(`gangmu-opinion-address:${address}`).digest('hex');

export const factsOf = (o: OpinionsTable): OpinionFacts => ({
  state: o.handling_state,
  unitId: o.unit_id,
  deadline: o.deadline,
  reopenCount: o.reopen_count,
  rating: o.rating,
  taskId: o.task_id,
});

const REFUSALS: Record<OpinionRefusal, { zh: string; en: string }> = {
  WRONG_STATE: {
    zh: '该意见当前所处环节不能进行此操作，请刷新后查看',
    en: 'This step does not apply to the opinion at its current stage; reload to see it',
  },
  NOT_ALLOWED: { zh: '没有权限办理此意见', en: 'You may not handle this opinion' },
  REASON_REQUIRED: { zh: '请填写理由或意见', en: 'Please give a reason or comment' },
  ALREADY_RATED: { zh: '该答复已评价过', en: 'This answer has already been rated' },
};

/** Loads an opinion or refuses with NOT_FOUND. */
export async function loadOpinion(ctx: CommandContext, id: string): Promise<OpinionsTable> {
  const row = await getOpinionRow(ctx.db.kysely, id);
  if (!row)
    throw new CommandError(
      'NOT_FOUND',
      `opinion ${id} not found`,
      { id },
      { zh: '未找到该意见', en: 'Opinion not found' },
    );
  return row;
}

/** Runs the domain's transition and returns the next facts, or throws the refusal as a CommandError. */
export function step(opinion: OpinionsTable, event: OpinionEvent, actor: OpinionActor | null) {
  if (!actor)
    throw new CommandError('FORBIDDEN', `not allowed on opinion ${opinion.id}`, {}, REFUSALS.NOT_ALLOWED);
  const result = transition(factsOf(opinion), event, actor);
  if (!result.ok) {
    const code = result.refusal === 'NOT_ALLOWED' ? 'FORBIDDEN' : 'INVALID';
    throw new CommandError(
      code,
      `${event.type} refused on opinion ${opinion.id} (${opinion.handling_state}): ${result.refusal}`,
      { refusal: result.refusal, state: opinion.handling_state },
      REFUSALS[result.refusal],
    );
  }
  return result;
}
