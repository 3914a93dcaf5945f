import { describe, expect, it } from 'vitest';
import { SHIPPED_HOLIDAY_CALENDARS as CN, type HolidayCalendar } from './holiday-calendars.ts';
import {
  addWorkingDays,
  dayOfWeek,
  isWorkingDay,
  previousDay,
  nextDay,
  validateHolidayCalendar,
  workingDaysBetween,
} from './working-days.ts';

// Date is the reference here (tests may use it): the domain code itself never does.
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('the shipped calendars', () => {
  it('cover 2020 to 2026 and each passes the checks of the add-a-year screen', () => {
    expect(CN.map((c) => c.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const c of CN) expect(validateHolidayCalendar(c), String(c.year)).toEqual([]);
  });

  it.each([
    // 2024 Spring Festival: off 10–17 February, make-up Sunday 4 and Sunday 18 February.
    ['2024-02-04', true, 'make-up Sunday before the Spring Festival'],
    ['2024-02-09', true, 'Friday, 除夕 is a working day in 2024'],
    ['2024-02-10', false, 'first day off'],
    ['2024-02-12', false, 'Monday inside the holiday'],
    ['2024-02-16', false, 'Friday inside the holiday'],
    ['2024-02-17', false, 'last day off (a Saturday)'],
    ['2024-02-18', true, 'make-up Sunday after the Spring Festival'],
    ['2024-02-19', true, 'Monday after'],
    ['2024-02-24', false, 'an ordinary Saturday'],
    // 2024 National Day: off 1–7 October, make-up Sunday 29 September and Saturday 12 October.
    ['2024-09-29', true, 'make-up Sunday before National Day'],
    ['2024-09-30', true, 'Monday before'],
    ['2024-10-01', false, 'National Day'],
    ['2024-10-04', false, 'Friday inside the holiday'],
    ['2024-10-07', false, 'last day off (a Monday)'],
    ['2024-10-08', true, 'Tuesday after'],
    ['2024-10-12', true, 'make-up Saturday after National Day'],
    ['2024-10-13', false, 'an ordinary Sunday'],
    // Other years spot-checked against the notices.
    ['2022-12-31', false, '元旦 2023 began on a Saturday of 2022'],
    ['2023-01-02', false, '元旦 2023, Monday'],
    ['2020-01-31', false, '2020 Spring Festival, extended'],
    ['2020-02-03', true, '2020: the Monday after the extension is an ordinary working day'],
    ['2026-02-14', true, '2026 make-up Saturday'],
    ['2026-02-23', false, '2026 Spring Festival, last day off (Monday)'],
    ['2026-09-20', true, '2026 make-up Sunday before National Day'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, CN)).toBe(expected);
  });

  it('counts 2024 as 251 working days (366 − 104 weekend days − 19 weekdays off + 8 make-up days)', () => {
    expect(workingDaysBetween('2023-12-31', '2024-12-31', CN)).toEqual({ value: 251, missingYears: [] });
  });
});

describe('addWorkingDays and workingDaysBetween', () => {
  it.each([
    // Across the 2024 Spring Festival.
    ['2024-02-08', 1, '2024-02-09'],
    ['2024-02-08', 2, '2024-02-18'],
    ['2024-02-09', 1, '2024-02-18'],
    ['2024-02-02', 1, '2024-02-04'],
    ['2024-02-01', 15, '2024-02-27'],
    // Across 2024 National Day.
    ['2024-09-27', 1, '2024-09-29'],
    ['2024-09-29', 1, '2024-09-30'],
    ['2024-09-30', 1, '2024-10-08'],
    ['2024-09-30', 5, '2024-10-12'],
    ['2024-09-20', 15, '2024-10-16'],
    // Backwards, and zero.
    ['2024-02-18', -1, '2024-02-09'],
    ['2024-10-08', -2, '2024-09-29'],
    ['2024-10-03', 0, '2024-10-03'],
  ])('%s + %i working days = %s', (from, n, expected) => {
    const result = addWorkingDays(from, n, CN);
    expect(result).toEqual({ value: expected, missingYears: [] });
    expect(workingDaysBetween(from, expected, CN).value).toBe(n);
  });

  it('counts the working days of each week around the holidays', () => {
    expect(workingDaysBetween('2024-02-03', '2024-02-10', CN).value).toBe(6); // 4 Feb (Sun) + 5–9 Feb
    expect(workingDaysBetween('2024-02-10', '2024-02-17', CN).value).toBe(0);
    expect(workingDaysBetween('2024-02-17', '2024-02-24', CN).value).toBe(6); // 18 Feb (Sun) + 19–23 Feb
    expect(workingDaysBetween('2024-09-28', '2024-10-13', CN).value).toBe(7); // 29, 30 Sep; 8–12 Oct
  });

  it('counts Monday–Friday in a year without a calendar and names the year', () => {
    expect(addWorkingDays('2027-01-29', 1, CN)).toEqual({ value: '2027-02-01', missingYears: [2027] });
    expect(workingDaysBetween('2026-12-30', '2027-01-06', CN)).toEqual({ value: 5, missingYears: [2027] });
    // With no calendars at all, every weekday counts.
    expect(addWorkingDays('2024-09-30', 1, [])).toEqual({ value: '2024-10-01', missingYears: [2024] });
  });

  it('agrees with a Monday–Friday count through Date when there are no calendars (property over 2 years)', () => {
    const start = Date.UTC(2030, 0, 1);
    let weekdays = 0;
    for (let i = 1; i < 730; i += 1) {
      const d = new Date(start + i * 86_400_000);
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) weekdays += 1;
      const day = iso(d.getTime());
      expect(dayOfWeek(day)).toBe(d.getUTCDay());
      expect(nextDay(iso(d.getTime() - 86_400_000))).toBe(day);
      expect(previousDay(iso(d.getTime() + 86_400_000))).toBe(day);
    }
    expect(workingDaysBetween('2030-01-01', iso(start + 729 * 86_400_000), []).value).toBe(weekdays);
  });

  it('refuses what is not a date', () => {
    expect(() => addWorkingDays('2024-02-30', 1, CN)).toThrow(RangeError);
    expect(() => workingDaysBetween('2024-1-1', '2024-02-01', CN)).toThrow(RangeError);
  });
});

describe('validateHolidayCalendar', () => {
  const base: HolidayCalendar = {
    year: 2027,
    offDays: [['2027-10-01', '2027-10-07']],
    workDays: [],
    source: 'x',
  };
  it.each<[string, Partial<HolidayCalendar>, string[]]>([
    ['a good year', {}, []],
    ['a bad year', { year: 1800 }, ['BAD_YEAR']],
    ['nothing in it', { offDays: [], workDays: [] }, ['EMPTY']],
    ['a date of another year', { workDays: ['2028-01-08'] }, ['OUTSIDE_YEAR']],
    ['a make-up day on a Wednesday', { workDays: ['2027-09-29'] }, ['WORKDAY_NOT_WEEKEND']],
    ['a day both off and working', { workDays: ['2027-10-02'] }, ['BOTH_OFF_AND_WORK']],
    ['an impossible date', { offDays: [['2027-02-30', '2027-03-01']] }, ['BAD_DATE']],
    ['a range backwards', { offDays: [['2027-10-07', '2027-10-01']] }, ['BAD_DATE']],
    ['元旦 starting in the previous December', { offDays: [['2026-12-31', '2027-01-02']] }, []],
  ])('%s', (_, change, codes) => {
    expect(validateHolidayCalendar({ ...base, ...change }).map((p) => p.code)).toEqual(codes);
  });
});
