/**
 * The holiday-calendar screen: the calendars in force (shipped and added) and adding a year. A year typed in
 * is checked by the domain's rules before it is stored.
 */
import { validateHolidayCalendar, type CalendarProblem } from '@gangmu/domain';
import { listStoredHolidayCalendars, saveHolidayCalendar } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { holidayCalendars } from './opinion-common.ts';

export interface HolidayCalendarView {
  readonly year: number;
  readonly offDays: readonly (readonly [string, string])[];
  readonly workDays: readonly string[];
  readonly source: string;
  /** 'shipped' with the code, 'added' on this screen (then `version` is the row's). */
  readonly origin: 'shipped' | 'added';
  readonly version: number | null;
}

export async function listHolidayCalendars(ctx: CommandContext): Promise<readonly HolidayCalendarView[]> {
  const stored = new Map((await listStoredHolidayCalendars(ctx.db.kysely)).map((r) => [r.year, r.version]));
  return (await holidayCalendars(ctx.db)).map((c) => ({
    ...c,
    origin: stored.has(c.year) ? 'added' : 'shipped',
    version: stored.get(c.year) ?? null,
  }));
}

const PROBLEM_TEXT: Record<CalendarProblem['code'], { zh: string; en: string }> = {
  BAD_YEAR: { zh: '年份无效', en: 'The year is not valid' },
  BAD_DATE: { zh: '日期无效', en: 'A date is not valid' },
  OUTSIDE_YEAR: { zh: '日期不在该年度内', en: 'A date is outside the year' },
  BOTH_OFF_AND_WORK: { zh: '同一天不能既放假又上班', en: 'A day cannot be both off and working' },
  WORKDAY_NOT_WEEKEND: {
    zh: '调休上班日应为周六或周日',
    en: 'A make-up working day must be a Saturday or Sunday',
  },
  EMPTY: { zh: '请至少填写一个放假日期', en: 'Enter at least one day off' },
};

export interface SaveHolidayCalendarOptions {
  readonly year: number;
  readonly offDays: readonly (readonly [string, string])[];
  readonly workDays: readonly string[];
  readonly source: string;
  readonly expectedVersion?: number;
}

export async function addHolidayCalendar(
  ctx: CommandContext,
  o: SaveHolidayCalendarOptions,
): Promise<HolidayCalendarView> {
  if (ctx.caller.role !== 'admin') throw new CommandError('FORBIDDEN', 'admins only');
  const problems = validateHolidayCalendar(o);
  if (problems.length > 0) {
    const first = problems[0]!;
    const at = 'date' in first ? `（${first.date}）` : '';
    throw new CommandError(
      'INVALID',
      `calendar ${o.year}: ${first.code}`,
      { problems },
      {
        zh: `${PROBLEM_TEXT[first.code].zh}${at}`,
        en: `${PROBLEM_TEXT[first.code].en}${at ? ` (${'date' in first ? first.date : ''})` : ''}`,
      },
    );
  }
  const row = await saveHolidayCalendar(ctx.db.kysely, ctx.caller.actor, {
    year: o.year,
    offDays: o.offDays,
    workDays: o.workDays,
    source: o.source,
    ...(o.expectedVersion !== undefined ? { expectedVersion: o.expectedVersion } : {}),
  });
  return {
    year: o.year,
    offDays: o.offDays,
    workDays: o.workDays,
    source: o.source,
    origin: 'added',
    version: row.version,
  };
}
