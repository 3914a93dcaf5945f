/**
 * The holiday calendars in force (the State Council's, shipped for 2020–2026, and the years an administrator
 * added), and adding or changing a year (PUT; If-Match when it replaces an added one). Working-day deadlines
 * of opinions are counted with them.
 */
import { useCallback, useEffect, useState } from 'react';
import { App } from 'antd';
import type { HolidayCalendarJson, HolidayCalendarsJson } from '@gangmu/contract';
import { api } from '../../../shared/api.ts';
import { t } from '../../i18n/index.ts';

export interface CalendarInput {
  year: number;
  offDays: [string, string][];
  workDays: string[];
  source: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The form's text as a calendar: one range a line for the days off ("2027-10-01 2027-10-07", or one date
 * for a single day), one date a line for the make-up working days; or the first line that is not a date.
 */
export function parseCalendarText(
  offText: string,
  workText: string,
): { offDays: [string, string][]; workDays: string[] } | { error: string } {
  const lines = (s: string) =>
    s
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  const offDays: [string, string][] = [];
  for (const [i, line] of lines(offText).entries()) {
    const parts = line.split(/\s*(?:\s|至|~|—|–|,|，)\s*/).filter(Boolean);
    const [from, to = from] = parts;
    if (!from || parts.length > 2 || !DATE.test(from) || !DATE.test(to!))
      return { error: t('badDateLine', { n: i + 1, line }) };
    offDays.push([from, to!]);
  }
  const workDays: string[] = [];
  for (const [i, line] of lines(workText).entries()) {
    if (!DATE.test(line)) return { error: t('badDateLine', { n: i + 1, line }) };
    workDays.push(line);
  }
  return { offDays, workDays };
}

export function useHolidays() {
  const { message } = App.useApp();
  const [calendars, setCalendars] = useState<HolidayCalendarJson[] | null>(null);
  const load = useCallback(async () => {
    setCalendars((await api<HolidayCalendarsJson>('/api/holiday-calendars')).calendars);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  /** Saves a year; true when it went through (the server checks the dates and says why not). */
  async function save(input: CalendarInput): Promise<boolean> {
    const existing = calendars?.find((c) => c.year === input.year);
    try {
      await api(`/api/holiday-calendars/${input.year}`, {
        method: 'PUT',
        body: { offDays: input.offDays, workDays: input.workDays, source: input.source },
        ...(existing?.origin === 'added' && existing.version !== null ? { ifMatch: existing.version } : {}),
      });
      message.success(t('saved'));
      await load();
      return true;
    } catch (e) {
      message.error((e as Error).message);
      return false;
    }
  }
  return { calendars, save };
}
