/**
 * "达市标准": an indicator whose target is the upper government's standard resolves from the upper indicator it
 * is linked to, or from a quota the upper government assigned to this government (分解下达, by a document).
 * The result is written to the indicator's `linked` (SPEC §2.1), which the engine evaluates.
 */
import type { IndicatorDef, Kind, TargetValues } from '../evaluation/types.ts';

/** 达市标准 · 达到省定标准 · 完成市下达任务 · 达到国家要求: a target that is the upper level's. */
export function isUpperStandardTarget(targetText: string | null | undefined): boolean {
  const t = (targetText ?? '').replace(/\s+/g, '');
  return /(达到?|符合|完成)(市|省|国家|上级)(定|级)?(标准|要求|下达(的)?(任务|目标)?)/.test(t);
}

/** A target assigned by the upper government (分解下达), with the document that assigned it. */
export interface Quota {
  readonly target: TargetValues;
  readonly documentNo: string;
  /** The kind of target when no upper indicator is linked (a quota alone). */
  readonly kind?: Kind;
}

export type LinkedResolution =
  | {
      readonly ok: true;
      readonly source: 'quota' | 'link';
      readonly linked: NonNullable<IndicatorDef['linked']>;
    }
  | { readonly ok: false; readonly reason: 'NO_SOURCE' | 'NO_KIND' | 'UPPER_UNRESOLVED' };

type UpperDef = Pick<
  IndicatorDef,
  'kind' | 'target' | 'mode' | 'scale' | 'naturalLimit' | 'direction' | 'linked'
>;

/**
 * Resolves from the quota when there is one (it is what this government was told to reach), else from the
 * linked upper indicator's target. The kind comes from the upper indicator (itself resolved when it is linked
 * in turn: a city 达省标准 resolved from the province), else from the quota.
 */
export function resolveLinkedTarget(
  input: { readonly upper?: UpperDef; readonly upperPlan?: string; readonly quota?: Quota },
  note = '',
): LinkedResolution {
  const { upper, quota } = input;
  if (!upper && !quota) return { ok: false, reason: 'NO_SOURCE' };
  let shape: UpperDef | undefined = upper;
  if (upper?.kind === 'linked') {
    const r = upper.linked?.resolved;
    if (!r?.kind || r.kind === 'linked') {
      if (!quota?.kind) return { ok: false, reason: 'UPPER_UNRESOLVED' };
      shape = undefined;
    } else shape = { ...upper, ...r } as UpperDef;
  }
  const kind = shape?.kind ?? quota?.kind;
  if (!kind || kind === 'linked' || kind === 'qualitative') return { ok: false, reason: 'NO_KIND' };
  const target = quota ? quota.target : shape?.target;
  if (!target) return { ok: false, reason: 'NO_SOURCE' };
  const resolved: Partial<IndicatorDef> = {
    kind,
    target,
    ...(shape?.mode ? { mode: shape.mode } : {}),
    ...(shape?.scale ? { scale: shape.scale } : {}),
    ...(shape?.naturalLimit !== undefined ? { naturalLimit: shape.naturalLimit } : {}),
    ...(shape?.direction ? { direction: shape.direction } : {}),
  };
  const sourcePlan = quota ? quota.documentNo : (input.upperPlan ?? '');
  return {
    ok: true,
    source: quota ? 'quota' : 'link',
    linked: { sourcePlan, note, resolved },
  };
}
