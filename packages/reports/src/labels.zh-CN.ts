/** Report wording in zh-CN: kinds, statuses as printed in a report, numbers (STYLE habit 24: the core emits codes). */
import { statusLabel as engineLabel, type Flag, type Status } from '@gangmu/domain';
import type { Approval, ReportKind } from './model/report-input.ts';

export const KIND_NAMES: Record<ReportKind, string> = {
  annual: '年度监测报告',
  midterm: '中期评估报告',
  final: '总结评估报告',
};

/** The 评估结论 of a row: the engine's one label of status and flags (SPEC §2.7 R3–R4 — one label everywhere). */
export function statusLabel(status: Status | 'INVALID', flags: readonly string[]): string {
  if (status === 'INVALID') return '定义或数据有误';
  return engineLabel(status, flags as readonly Flag[]);
}

export const APPROVAL_NAMES: Record<Approval, string> = {
  approved: '已审核',
  recorded: '已填报未审核',
  computed: '据监测数据测算',
};

export const ATTRIBUTE_NAMES = { expected: '预期性', binding: '约束性' } as const;

const CN_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 21 → 二十一 (enough for section and chapter numbers). */
export function chineseNumber(n: number): string {
  if (n <= 10) return CN_NUMERALS[n] ?? String(n);
  if (n < 20) return `十${CN_NUMERALS[n - 10]}`;
  if (n < 100) return `${CN_NUMERALS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : CN_NUMERALS[n % 10]}`;
  return String(n);
}

/** A number as a report prints it: at most two decimals, no trailing zeros. */
export function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}

export const pct = (share: number): string => `${num(share * 100)}%`;

export const withUnit = (value: number, unit: string | null): string => `${num(value)}${unit ?? ''}`;

export const STAGE_NAMES: Record<string, string> = {
  not_started: '未开工',
  in_progress: '推进中',
  applied: '已申报',
  done: '已完成',
};

/** Names joined as a Chinese list: 甲、乙和丙. */
export function listNames(names: readonly string[], limit = names.length): string {
  const shown = names.slice(0, limit).map((n) => `“${n}”`);
  const more = names.length > limit ? `等${names.length}项` : '';
  if (shown.length <= 1) return `${shown.join('')}${more}`;
  return more ? `${shown.join('、')}${more}` : `${shown.slice(0, -1).join('、')}和${shown.at(-1)}`;
}
