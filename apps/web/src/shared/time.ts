/**
 * Times as the plan office reads them: local to Asia/Shanghai (UTC+8, no daylight saving), whatever the
 * browser's own zone, never the UTC ISO form the API sends.
 */
const SHANGHAI_MS = 8 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The Shanghai wall clock of an instant, as a Date whose UTC fields hold it. */
const shanghai = (instant: string | number | Date) => new Date(new Date(instant).getTime() + SHANGHAI_MS);

/** "2024-06-30 08:15" in Shanghai time; "—" for nothing. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '—';
  const d = shanghai(instant);
  if (Number.isNaN(d.getTime())) return instant;
  return `${formatDate(instant)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "2024-06-30": the Shanghai calendar day of an instant. */
export function formatDate(instant: string | null | undefined): string {
  if (!instant) return '—';
  const d = shanghai(instant);
  if (Number.isNaN(d.getTime())) return instant;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Today's date in Shanghai, YYYY-MM-DD (deadlines are Shanghai calendar days). */
export const todayInShanghai = (now: number = Date.now()): string => formatDate(new Date(now).toISOString());

/** A Shanghai wall-clock time typed in a form ("2024-06-30T08:15") as the instant it names. */
export const shanghaiInputToIso = (local: string): string =>
  new Date(new Date(`${local}:00Z`).getTime() - SHANGHAI_MS).toISOString();
