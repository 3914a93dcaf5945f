/**
 * Reporting schedules: a unit reports monthly, quarterly, half-yearly or yearly, and each report is due on
 * a given day of the month after its period ends (e.g. the 10th). Dates are YYYY-MM-DD strings in the
 * plan office's calendar; `today` is always an argument.
 */
import { daysInMonth } from './calendar.ts';

export type Frequency = 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';
export const FREQUENCIES: readonly Frequency[] = ['monthly', 'quarterly', 'half-yearly', 'yearly'];

export interface Schedule {
  readonly frequency: Frequency;
  /** Day of the month after the period's end on which the report is due (1–28). */
  readonly dueDay: number;
}

export interface ReportingPeriod {
  /** 2024, 2024-H1, 2024-Q2 or 2024-M06 */
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly due: string;
}

const MONTHS: Record<Frequency, number> = { monthly: 1, quarterly: 3, 'half-yearly': 6, yearly: 12 };
const pad = (n: number) => String(n).padStart(2, '0');

function label(freq: Frequency, year: number, index: number): string {
  switch (freq) {
    case 'monthly':
      return `${year}-M${pad(index + 1)}`;
    case 'quarterly':
      return `${year}-Q${index + 1}`;
    case 'half-yearly':
      return `${year}-H${index + 1}`;
    case 'yearly':
      return String(year);
  }
}

/** The period that starts in `year` at `index` (0-based within the year). */
export function periodAt(schedule: Schedule, year: number, index: number): ReportingPeriod {
  const months = MONTHS[schedule.frequency];
  const startMonth = index * months + 1;
  const endMonth = startMonth + months - 1;
  const dueYear = endMonth === 12 ? year + 1 : year;
  const dueMonth = endMonth === 12 ? 1 : endMonth + 1;
  const day = Math.min(Math.max(1, schedule.dueDay), 28);
  return {
    label: label(schedule.frequency, year, index),
    start: `${year}-${pad(startMonth)}-01`,
    end: `${year}-${pad(endMonth)}-${pad(daysInMonth(year, endMonth))}`,
    due: `${dueYear}-${pad(dueMonth)}-${pad(day)}`,
  };
}

/** Every period that has ended on or before `today`, from `fromYear` on, oldest first. */
export function endedPeriods(schedule: Schedule, fromYear: number, today: string): ReportingPeriod[] {
  const out: ReportingPeriod[] = [];
  const perYear = 12 / MONTHS[schedule.frequency];
  const lastYear = Number(today.slice(0, 4));
  for (let y = fromYear; y <= lastYear; y++) {
    for (let i = 0; i < perYear; i++) {
      const p = periodAt(schedule, y, i);
      if (p.end < today) out.push(p);
    }
  }
  return out;
}

/** The next report due on or after `today` (the one a reminder is about). */
export function nextDue(schedule: Schedule, fromYear: number, today: string): ReportingPeriod | undefined {
  const perYear = 12 / MONTHS[schedule.frequency];
  const year = Number(today.slice(0, 4));
  for (let y = Math.max(fromYear, year - 1); y <= year + 1; y++) {
    for (let i = 0; i < perYear; i++) {
      const p = periodAt(schedule, y, i);
      if (p.due >= today) return p;
    }
  }
  return undefined;
}
