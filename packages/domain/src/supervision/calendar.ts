/**
 * Calendar arithmetic on YYYY-MM-DD strings without the `Date` object: the domain is pure (no clock), and
 * counting days this way cannot be shifted by a time zone.
 */
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const parts = (s: string) => [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))] as const;

/** A real calendar day written YYYY-MM-DD (2024-02-30 is not). */
export function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = parts(s);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days from `a` to `b` (YYYY-MM-DD), negative when b is earlier; NaN when either is not a date. */
export function daysBetween(a: string, b: string): number {
  if (!isDate(a) || !isDate(b)) return Number.NaN;
  return dayNumber(...parts(b)) - dayNumber(...parts(a));
}
