/**
 * The year a bulletin reports on. A bulletin's title names it (2021年成都市国民经济和社会发展统计公报); a government
 * work report reviews the year before its own (2026年政府工作报告 → 2025); otherwise the first paragraph opens with
 * it (2022年，全县上下…).
 */
import type { CleanLine } from './clean-text.ts';

const BULLETIN_TITLE = /((?:19|20)\d{2})\s*年[^，,。]{0,20}?(?:国民经济和社会发展|统计公报)/;
const WORK_REPORT_TITLE = /((?:19|20)\d{2})\s*年[^，,。]{0,12}?政府工作报告/;
const OPENING = /^\s*((?:19|20)\d{2})\s*年\s*[，,是]/;
const LEAD_LINES = 15;

export function bulletinYear(lines: readonly CleanLine[]): number | null {
  const lead = lines.slice(0, LEAD_LINES);
  for (const l of lead) {
    const report = WORK_REPORT_TITLE.exec(l.text);
    if (report) return Number(report[1]) - 1;
    const title = BULLETIN_TITLE.exec(l.text);
    if (title) return Number(title[1]);
  }
  for (const l of lead) {
    const opening = OPENING.exec(l.text);
    if (opening) return Number(opening[1]);
  }
  return mostNamedYear(lines);
}

/** Without a title or an opening year (a page that starts with 初步核算…), the year the text names most often. */
function mostNamedYear(lines: readonly CleanLine[]): number | null {
  const counts = new Map<number, number>();
  for (const l of lines) {
    for (const m of l.text.matchAll(/((?:19|20)\d{2})\s*年/g)) {
      if (/[比较由从与至到]$/.test(l.text.slice(0, m.index))) continue;
      counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = year;
  return best;
}
