import { describe, expect, it } from 'vitest';
import { daysBetween, daysInMonth, isDate } from './calendar.ts';

// The calendar is written without Date (the domain has no clock); here Date is the reference it must agree with.
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('calendar arithmetic without Date', () => {
  it('agrees with Date on every day from 1999 to 2031', () => {
    const start = Date.UTC(1999, 0, 1);
    for (let i = 0; i < 33 * 366; i += 1) {
      const day = iso(start + i * 86_400_000);
      expect(daysBetween('1999-01-01', day)).toBe(i);
    }
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-1-10', false],
    ['2024-12-31', true],
  ])('isDate(%s) is %s', (s, expected) => expect(isDate(s)).toBe(expected));

  it('counts backwards and refuses non-dates', () => {
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1);
    expect(daysBetween('2025-02-30', '2025-03-01')).toBeNaN();
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 11)).toBe(30);
  });
});
