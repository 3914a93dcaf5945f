/**
 * The evaluation year: the year an evaluation is "as of" when nobody asked for one. One definition for the API,
 * the warning sweep, the CLI and (through the API) the web app — docs/evaluation.md, "The default evaluation year".
 *
 * Rule: the asked year wins; otherwise the last full calendar year before today, with today taken at Asia/Shanghai
 * (the plans' time zone, as the supervision calendar), kept inside the plan's period [start, end] where the plan
 * gives one. A statistical year closes on 31 December, and its data is published in the following year, so the
 * year in progress is never the default; a plan not yet started is evaluated as of its first year, a plan past its
 * target year as of its target year (the final evaluation).
 */

/** The years of a plan's period; either end may be unknown. */
export interface PeriodYears {
  readonly start: number | null;
  readonly end: number | null;
}

export interface EvaluationYearInput {
  /** The year asked for (a query's ?year, a file's asOfYear); wins when given. */
  readonly requested?: number | null | undefined;
  /** Today as YYYY-MM-DD at Asia/Shanghai (see `shanghaiDate`). */
  readonly today: string;
  /** The plan's period; without it, or where an end is null, no clamping on that side. */
  readonly period?: PeriodYears | null | undefined;
}

/**
 * The year an evaluation is as of.
 *
 * @example
 * evaluationYear({ today: '2024-03-01', period: { start: 2021, end: 2025 } }) // 2023
 * evaluationYear({ today: '2027-06-30', period: { start: 2021, end: 2025 } }) // 2025
 * evaluationYear({ requested: 2022, today: '2024-03-01' }) // 2022
 */
export function evaluationYear({ requested, today, period }: EvaluationYearInput): number {
  if (requested !== undefined && requested !== null) return requested;
  const lastFullYear = Number(today.slice(0, 4)) - 1;
  const end = period?.end ?? lastFullYear;
  const start = period?.start ?? Math.min(lastFullYear, end);
  return Math.max(start, Math.min(lastFullYear, end));
}

/**
 * Today's date at Asia/Shanghai (UTC+8, no daylight saving) for a moment given in milliseconds since the epoch —
 * the caller reads its clock, the domain does not.
 */
export function shanghaiDate(epochMs: number): string {
  const days = Math.floor((epochMs + 8 * 3_600_000) / 86_400_000);
  return civilFromDays(days);
}

/** YYYY-MM-DD of a day number since 1970-01-01 (H. Hinnant's civil_from_days). */
function civilFromDays(z0: number): string {
  const z = z0 + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}
