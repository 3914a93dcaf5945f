/** An assessment as the CLI and the API present it: every field present (null when not computed), reasons in both languages. */
import { formatReason } from './reasons.ts';
import type { Assessment } from './types.ts';

export function presentAssessment(a: Assessment) {
  return {
    status: a.status,
    flags: a.flags,
    latestYear: a.latestYear ?? null,
    timeShare: a.timeShare ?? null,
    taskShare: a.taskShare ?? null,
    paceRatio: a.paceRatio ?? null,
    projectedValue: a.projectedValue ?? null,
    ...(a.projectedValueOls !== undefined ? { projectedValueOls: a.projectedValueOls } : {}),
    projectedMeetsTarget: a.projectedMeetsTarget ?? null,
    requiredRemainingPerYear: a.requiredRemainingPerYear ?? null,
    trendOnly: a.trendOnly ?? null,
    reasonCode: a.reason.code,
    reason: formatReason(a.reason, 'zh-CN'),
    reasonEn: formatReason(a.reason, 'en'),
  };
}
export type PresentedAssessment = ReturnType<typeof presentAssessment>;
