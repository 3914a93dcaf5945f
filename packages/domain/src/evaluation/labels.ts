/**
 * One label everywhere (SPEC §2.6, §2.7 R3–R4): the table, the summary and the reason all name an
 * assessment by its status read together with its flags, so "快于预期" in one place is never "进度符合预期"
 * in another.
 */
import type { Flag, Status } from './types.ts';

export type Locale = 'zh-CN' | 'en';

/** A status as read with its flags. */
export type LabelKey =
  | Status
  | 'ACHIEVED_EARLY' // ACHIEVED before the target year (提前实现)
  | 'FASTER' // ON_TRACK with AHEAD or ABOVE_RANGE (快于预期)
  | 'LIKELY' // FINAL_DATA_PENDING on ACHIEVED or ON_TRACK (预计能完成)
  | 'UNLIKELY'; // FINAL_DATA_PENDING on AT_RISK or OFF_TRACK (预计难以完成)

export const LABELS: Readonly<Record<Locale, Readonly<Record<LabelKey, string>>>> = {
  'zh-CN': {
    ACHIEVED: '已完成',
    ACHIEVED_EARLY: '提前实现',
    ON_TRACK: '进度符合预期',
    FASTER: '快于预期',
    AT_RISK: '进度滞后',
    OFF_TRACK: '进度严重滞后',
    NEARLY_ACHIEVED: '基本完成',
    NOT_ACHIEVED: '未完成',
    NOT_ASSESSABLE: '暂无法评估',
    LIKELY: '预计能完成',
    UNLIKELY: '预计难以完成',
  },
  en: {
    ACHIEVED: 'achieved',
    ACHIEVED_EARLY: 'achieved early',
    ON_TRACK: 'on track',
    FASTER: 'faster than expected',
    AT_RISK: 'at risk',
    OFF_TRACK: 'off track',
    NEARLY_ACHIEVED: 'nearly achieved',
    NOT_ACHIEVED: 'not achieved',
    NOT_ASSESSABLE: 'not assessable',
    LIKELY: 'likely to be met',
    UNLIKELY: 'unlikely to be met',
  },
};

/** Which label an assessment carries. */
export function labelKey(status: Status, flags: readonly Flag[]): LabelKey {
  if (flags.includes('FINAL_DATA_PENDING')) {
    if (status === 'ACHIEVED' || status === 'ON_TRACK') return 'LIKELY';
    if (status === 'AT_RISK' || status === 'OFF_TRACK') return 'UNLIKELY';
  }
  if (status === 'ACHIEVED' && flags.includes('PROVISIONAL')) return 'ACHIEVED_EARLY';
  if (status === 'ON_TRACK' && (flags.includes('AHEAD') || flags.includes('ABOVE_RANGE'))) return 'FASTER';
  return status;
}

/** The label of a status with its flags, e.g. `statusLabel('ON_TRACK', ['ABOVE_RANGE'])` → 快于预期. */
export function statusLabel(status: Status, flags: readonly Flag[], locale: Locale = 'zh-CN'): string {
  return LABELS[locale][labelKey(status, flags)];
}

/** The labels of the statuses alone (a status with no flags), for legends. */
export const STATUS_LABELS: Readonly<Record<Locale, Readonly<Record<Status, string>>>> = {
  'zh-CN': LABELS['zh-CN'],
  en: LABELS.en,
};
