import { describe, expect, it } from 'vitest';
import { evaluationYear, shanghaiDate } from './evaluation-year.ts';

const P = { start: 2021, end: 2025 };

describe('evaluationYear', () => {
  it.each([
    ['the last full year inside the period', undefined, '2024-03-01', P, 2023],
    ['the last full year on 1 January', undefined, '2024-01-01', P, 2023],
    ['the last full year on 31 December', undefined, '2024-12-31', P, 2023],
    ['the target year once the period is over', undefined, '2027-06-30', P, 2025],
    ['the target year in the year after it', undefined, '2026-01-01', P, 2025],
    ['the first year before the period starts', undefined, '2021-05-01', P, 2021],
    ['the first year of a plan imported years early', undefined, '2018-05-01', P, 2021],
    ['the asked year, even outside the period', 2019, '2024-03-01', P, 2019],
    ['the asked year without a period', 2022, '2024-03-01', undefined, 2022],
    ['the last full year without a period', undefined, '2024-03-01', undefined, 2023],
    ['the last full year with an open end', undefined, '2031-03-01', { start: 2021, end: null }, 2030],
    ['the end when only the end is known', undefined, '2031-03-01', { start: null, end: 2025 }, 2025],
    [
      'the last full year when only the start is known',
      undefined,
      '2024-03-01',
      { start: 2021, end: null },
      2023,
    ],
    [
      'the start when only the start is known and later',
      undefined,
      '2024-03-01',
      { start: 2026, end: null },
      2026,
    ],
    ['the asked year when it is null: the default', null, '2024-03-01', P, 2023],
  ] as const)('should give %s', (_, requested, today, period, expected) => {
    expect(evaluationYear({ requested, today, period })).toBe(expected);
  });
});

describe('shanghaiDate', () => {
  it.each([
    ['2023-12-31T15:59:59.999Z', '2023-12-31'],
    ['2023-12-31T16:00:00.000Z', '2024-01-01'],
    ['2024-02-28T16:00:00.000Z', '2024-02-29'],
    ['2024-03-01T02:00:00.000Z', '2024-03-01'],
    ['1970-01-01T00:00:00.000Z', '1970-01-01'],
    ['2100-12-31T23:00:00.000Z', '2101-01-01'],
  ])('should read %s as %s at UTC+8', (iso, expected) => {
    expect(shanghaiDate(Date.parse(iso))).toBe(expected);
  });

  it('should agree with the Intl calendar of Asia/Shanghai over a span of days', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
    for (
      let t = Date.parse('1999-12-25T00:00:00Z');
      t < Date.parse('2001-03-10T00:00:00Z');
      t += 7 * 3_600_000
    )
      expect(shanghaiDate(t)).toBe(fmt.format(t));
  });
});
