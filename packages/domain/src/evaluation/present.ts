/** An assessment as the CLI and the API present it: every field present (null when not computed), label and reason in both languages. */
import { statusLabel } from './labels.ts';
import { formatReason } from './reasons.ts';
import type { Assessment } from './types.ts';

export function presentAssessment(a: Assessment) {
  return {
    status: a.status,
    label: statusLabel(a.status, a.flags),
    labelEn: statusLabel(a.status, a.flags, 'en'),
    flags: a.flags,
    latestYear: a.latestYear ?? null,
    timeShare: a.timeShare ?? null,
    taskShare: a.taskShare ?? null,
    paceRatio: a.paceRatio ?? null,
    projectedValue: a.projectedValue ?? null,
    ...(a.projectedValueOls !== undefined ? { projectedValueOls: a.projectedValueOls } : {}),
    projectedMeetsTarget: a.projectedMeetsTarget ?? null,
    requiredRemainingPerYear: a.requiredRemainingPerYear ?? null,
    recentPct: a.recentPct ?? null,
    trendOnly: a.trendOnly ?? null,
    ...(a.annual !== undefined ? { annual: a.annual } : {}),
    reasonCode: a.reason.code,
    reason: formatReason(a.reason, 'zh-CN'),
    reasonEn: formatReason(a.reason, 'en'),
  };
}
export type PresentedAssessment = ReturnType<typeof presentAssessment>;
