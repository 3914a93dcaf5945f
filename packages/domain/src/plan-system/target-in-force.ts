/**
 * The target in force (SPEC §2.9, 规划调整): a revision effective from year Y applies to evaluations as of Y and
 * later; as of an earlier year the original target holds. History is appended to, never rewritten.
 */
import type { IndicatorDef, TargetRevision, TargetValues } from '../evaluation/types.ts';

/** The latest revision with `from` ≤ `year`, or undefined when the original target is in force. */
export function revisionInForce(
  history: readonly TargetRevision[] | undefined,
  year: number,
): TargetRevision | undefined {
  let best: TargetRevision | undefined;
  for (const r of history ?? []) if (r.from <= year && (!best || r.from >= best.from)) best = r;
  return best;
}

/**
 * The target an evaluation as of `year` uses, and the revision it comes from (none: the original).
 *
 * @example
 * const def = { …, target: { value: 30 }, targetHistory: [{ from: 2023, target: { value: 32 } }] };
 * targetInForce(def, 2022).target // { value: 30 }
 * targetInForce(def, 2024).target // { value: 32 }
 */
export function targetInForce(
  def: Pick<IndicatorDef, 'target' | 'targetHistory'>,
  year: number,
): { readonly target: TargetValues | undefined; readonly revision: TargetRevision | undefined } {
  const revision = revisionInForce(def.targetHistory, year);
  return { target: revision ? revision.target : def.target, revision };
}

export type RevisionCheck =
  | { readonly ok: true; readonly history: readonly TargetRevision[] }
  | {
      readonly ok: false;
      readonly reason: 'OUTSIDE_PERIOD' | 'NOT_AFTER_LATEST' | 'EMPTY_TARGET';
      readonly latest?: number;
    };

/**
 * Appends an approved revision. It must take effect inside the plan period (after the base year, by the
 * target year) and later than every revision already recorded: an earlier `from` would change what past
 * evaluations said, which §2.9 forbids.
 */
export function appendRevision(
  history: readonly TargetRevision[] | undefined,
  revision: TargetRevision,
  period: { readonly baseYear: number; readonly targetYear: number },
): RevisionCheck {
  const { lo, hi, value } = revision.target;
  if (lo === undefined && hi === undefined && value === undefined)
    return { ok: false, reason: 'EMPTY_TARGET' };
  if (revision.from <= period.baseYear || revision.from > period.targetYear)
    return { ok: false, reason: 'OUTSIDE_PERIOD' };
  const latest = Math.max(-Infinity, ...(history ?? []).map((r) => r.from));
  if (revision.from <= latest) return { ok: false, reason: 'NOT_AFTER_LATEST', latest };
  return { ok: true, history: [...(history ?? []), revision] };
}
