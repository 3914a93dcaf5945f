/**
 * Working days (工作日) under the State Council's holiday calendars: Monday–Friday, minus the published days
 * off, plus the make-up working days. Pure: dates are YYYY-MM-DD strings, counted with the calendar arithmetic
 * of supervision/calendar.ts (no Date, so no time zone can shift a day).
 */
import { dayNumber, daysInMonth, isDate } from '../supervision/calendar.ts';
import type { HolidayCalendar } from './holiday-calendars.ts';

/** The calendars flattened for lookups, built once per set of calendars. */
export interface WorkingDayIndex {
  readonly off: ReadonlySet<string>;
  readonly work: ReadonlySet<string>;
  readonly years: ReadonlySet<number>;
}

const indexCache = new WeakMap<readonly HolidayCalendar[], WorkingDayIndex>();

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const parts = (s: string) => [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))] as const;

/** The day after `date` (YYYY-MM-DD). */
export function nextDay(date: string): string {
  const [y, m, d] = parts(date);
  if (d < daysInMonth(y, m)) return `${pad(y, 4)}-${pad(m)}-${pad(d + 1)}`;
  if (m < 12) return `${pad(y, 4)}-${pad(m + 1)}-01`;
  return `${pad(y + 1, 4)}-01-01`;
}

/** The day before `date` (YYYY-MM-DD). */
export function previousDay(date: string): string {
  const [y, m, d] = parts(date);
  if (d > 1) return `${pad(y, 4)}-${pad(m)}-${pad(d - 1)}`;
  if (m > 1) return `${pad(y, 4)}-${pad(m - 1)}-${pad(daysInMonth(y, m - 1))}`;
  return `${pad(y - 1, 4)}-12-31`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: string): number {
  const n = dayNumber(...parts(date));
  return (((n + 4) % 7) + 7) % 7;
}

/** Every day of an inclusive range, in order (empty when `to` is before `from`). */
export function expandRange(from: string, to: string): string[] {
  const out: string[] = [];
  if (!isDate(from) || !isDate(to)) return out;
  for (let d = from; d <= to; d = nextDay(d)) out.push(d);
  return out;
}

/** Flattens calendars into sets (cached per array, so pass the same array to reuse it). */
export function indexCalendars(calendars: readonly HolidayCalendar[]): WorkingDayIndex {
  const cached = indexCache.get(calendars);
  if (cached) return cached;
  const off = new Set<string>();
  const work = new Set<string>();
  const years = new Set<number>();
  for (const c of calendars) {
    years.add(c.year);
    for (const [from, to] of c.offDays) for (const d of expandRange(from, to)) off.add(d);
    for (const d of c.workDays) work.add(d);
  }
  const index = { off, work, years };
  indexCache.set(calendars, index);
  return index;
}

/** Whether `date` is a working day: a make-up day always is, a day off never, else Monday–Friday. */
export function isWorkingDay(date: string, calendars: readonly HolidayCalendar[]): boolean {
  const { off, work } = indexCalendars(calendars);
  if (work.has(date)) return true;
  if (off.has(date)) return false;
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6;
}

/** A count or a date, with the years it crossed that have no calendar (counted Monday–Friday: a warning). */
export interface WorkingDayResult<T> {
  readonly value: T;
  /** Years touched by the computation without a published calendar, ascending; empty when all were known. */
  readonly missingYears: readonly number[];
}

const MAX_SPAN_DAYS = 366 * 20;

/**
 * The date `n` working days after `date` (the start day is not counted): a deadline of 15 working days from
 * acceptance on a Friday before the Spring Festival lands after the holiday. `n` = 0 gives `date` itself;
 * negative `n` counts backwards.
 *
 * @example addWorkingDays('2024-02-08', 2, SHIPPED_HOLIDAY_CALENDARS).value === '2024-02-18' // a make-up Sunday
 */
export function addWorkingDays(
  date: string,
  n: number,
  calendars: readonly HolidayCalendar[],
): WorkingDayResult<string> {
  if (!isDate(date) || !Number.isInteger(n) || Math.abs(n) > MAX_SPAN_DAYS)
    throw new RangeError(`addWorkingDays: bad input ${date}, ${n}`);
  const { years } = indexCalendars(calendars);
  const missing = new Set<number>();
  const step = n >= 0 ? nextDay : previousDay;
  let day = date;
  for (let left = Math.abs(n); left > 0;) {
    day = step(day);
    if (!years.has(Number(day.slice(0, 4)))) missing.add(Number(day.slice(0, 4)));
    if (isWorkingDay(day, calendars)) left -= 1;
  }
  return { value: day, missingYears: [...missing].sort((a, b) => a - b) };
}

/**
 * Working days after `from` up to and including `to` (so `addWorkingDays(a, n)` = b gives n back);
 * negative when `to` is before `from`.
 */
export function workingDaysBetween(
  from: string,
  to: string,
  calendars: readonly HolidayCalendar[],
): WorkingDayResult<number> {
  if (!isDate(from) || !isDate(to)) throw new RangeError(`workingDaysBetween: bad dates ${from}, ${to}`);
  if (to < from) {
    const back = workingDaysBetween(to, from, calendars);
    return { value: -back.value, missingYears: back.missingYears };
  }
  const { years } = indexCalendars(calendars);
  const missing = new Set<number>();
  let count = 0;
  for (let d = nextDay(from); d <= to; d = nextDay(d)) {
    if (!years.has(Number(d.slice(0, 4)))) missing.add(Number(d.slice(0, 4)));
    if (isWorkingDay(d, calendars)) count += 1;
  }
  return { value: count, missingYears: [...missing].sort((a, b) => a - b) };
}

/** Problem codes of a calendar entered on the screen (the shipped ones have none: tested). */
export type CalendarProblem =
  | { code: 'BAD_YEAR' }
  | { code: 'BAD_DATE'; date: string }
  | { code: 'OUTSIDE_YEAR'; date: string }
  | { code: 'BOTH_OFF_AND_WORK'; date: string }
  | { code: 'WORKDAY_NOT_WEEKEND'; date: string }
  | { code: 'EMPTY' };

/**
 * Checks a calendar typed in by an administrator: real dates, within its year (a day off may start in the
 * previous December, as 元旦 2023 did), no day both off and working, make-up days on a weekend.
 */
export function validateHolidayCalendar(c: HolidayCalendar): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  if (!Number.isInteger(c.year) || c.year < 2000 || c.year > 2100) return [{ code: 'BAD_YEAR' }];
  if (c.offDays.length === 0 && c.workDays.length === 0) problems.push({ code: 'EMPTY' });
  const inYear = (d: string) => Number(d.slice(0, 4)) === c.year || d.startsWith(`${c.year - 1}-12-`);
  const offs: string[] = [];
  for (const [from, to] of c.offDays) {
    for (const d of [from, to]) {
      if (!isDate(d)) problems.push({ code: 'BAD_DATE', date: d });
      else if (!inYear(d)) problems.push({ code: 'OUTSIDE_YEAR', date: d });
    }
    if (isDate(from) && isDate(to) && to < from) problems.push({ code: 'BAD_DATE', date: to });
    offs.push(...expandRange(from, to));
  }
  const offSet = new Set(offs);
  for (const d of c.workDays) {
    if (!isDate(d)) problems.push({ code: 'BAD_DATE', date: d });
    else if (!inYear(d)) problems.push({ code: 'OUTSIDE_YEAR', date: d });
    else if (offSet.has(d)) problems.push({ code: 'BOTH_OFF_AND_WORK', date: d });
    else if (dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6)
      problems.push({ code: 'WORKDAY_NOT_WEEKEND', date: d });
  }
  return problems;
}
