/**
 * The plan office assigns an accepted (or reopened) opinion to the responsible unit with a deadline: by
 * default 15 working days from today under the State Council's holiday calendars. It is then a supervised
 * item: the unit's workspace lists it, and the sweep warns and urges when it is overdue.
 */
import { addWorkingDays, DEFAULT_ANSWER_WORKING_DAYS, isDate } from '@gangmu/domain';
import { changeOpinion, type OpinionsTable } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { holidayCalendars, loadOpinion, officeOrUnit, shanghaiDate, step } from './opinion-common.ts';

export interface AssignOpinionOptions {
  readonly id: string;
  readonly expectedVersion: number;
  readonly unitId: string;
  /** YYYY-MM-DD; default: 15 working days from today. */
  readonly deadline?: string;
}

export interface AssignOpinionResult {
  readonly opinion: OpinionsTable;
  readonly deadline: string;
  /** Years the default deadline crossed without a holiday calendar (counted Monday–Friday): a warning. */
  readonly calendarMissingYears: readonly number[];
}

export async function assignOpinion(
  ctx: CommandContext,
  o: AssignOpinionOptions,
): Promise<AssignOpinionResult> {
  const opinion = await loadOpinion(ctx, o.id);
  const unit = await ctx.db.kysely
    .selectFrom('units')
    .select('id')
    .where('id', '=', o.unitId)
    .executeTakeFirst();
  if (!unit)
    throw new CommandError(
      'INVALID',
      `unit ${o.unitId} not found`,
      { field: 'unitId' },
      {
        zh: '请选择承办单位',
        en: 'Choose the answering unit',
      },
    );
  const today = shanghaiDate(ctx.now());
  let deadline = o.deadline;
  let missing: readonly number[] = [];
  if (deadline === undefined) {
    const due = addWorkingDays(today, DEFAULT_ANSWER_WORKING_DAYS, await holidayCalendars(ctx.db));
    [deadline, missing] = [due.value, due.missingYears];
  } else if (!isDate(deadline) || deadline < today)
    throw new CommandError(
      'INVALID',
      `bad deadline ${deadline}`,
      { field: 'deadline' },
      {
        zh: '办理期限须为今天或以后的日期',
        en: 'The deadline must be today or later',
      },
    );
  step(opinion, { type: 'assign', unitId: o.unitId, deadline }, officeOrUnit(ctx.caller, opinion));
  const { after } = await changeOpinion(ctx.db.kysely, ctx.caller.actor, {
    id: o.id,
    expectedVersion: o.expectedVersion,
    changes: { handling_state: 'assigned', unit_id: o.unitId, deadline },
    stamp: ['assigned_at'],
    stampAt: ctx.now().toISOString(),
    record: { kind: 'assign', unitId: o.unitId, data: { deadline, calendarMissingYears: missing } },
    fromStates: ['accepted', 'assigned', 'returned', 'reopened'],
  });
  return { opinion: after, deadline, calendarMissingYears: missing };
}
