/**
 * Checks an indicator's definition and data before any rule runs: every problem is reported with the field
 * it concerns, so the person who must fix it sees all of them at once. Never throws.
 */
import { DEFAULT_CONSTANTS } from './constants.ts';
import {
  KINDS,
  QUALIFIERS,
  STATUSES,
  type EvaluationConstants,
  type IndicatorDef,
  type Observation,
  type Stage,
  type TargetValues,
} from './types.ts';

/** One problem with an indicator's definition or data, named for the person who must fix it. */
export interface InputProblem {
  readonly code:
    | 'UNKNOWN_KIND'
    | 'MISSING_TARGET'
    | 'INVALID_TARGET'
    | 'INVALID_VALUE'
    | 'INVALID_QUALIFIER'
    | 'YEAR_OUTSIDE_PLAN'
    | 'INVALID_YEAR'
    | 'INVALID_STAGE'
    | 'INVALID_MANUAL_STATUS'
    | 'INVALID_ANNUAL_TARGET'
    | 'INVALID_TARGET_HISTORY'
    | 'INVALID_LEVEL_BASIS';
  readonly field: string;
  readonly params: Readonly<Record<string, string | number>>;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isYear = (v: unknown): v is number => isNum(v) && Number.isInteger(v);
const STAGES: readonly Stage[] = ['not_started', 'in_progress', 'applied', 'done'];

/** How many numbers a target object gives, or -1 when one of them is not a finite number (no allocation: hot path). */
function targetNumbers(t: TargetValues | undefined): number {
  if (!t || typeof t !== 'object') return 0;
  let n = 0;
  for (const v of [t.lo, t.hi, t.value]) {
    if (v === undefined || v === null) continue;
    if (!isNum(v)) return -1;
    n++;
  }
  return n;
}

function checkObservation(
  o: Observation,
  i: number,
  kind: string,
  B: number,
  T: number,
  problems: InputProblem[],
): void {
  if (!isYear(o.year)) {
    problems.push({
      code: 'INVALID_YEAR',
      field: `observations[${i}].year`,
      params: { value: String(o.year) },
    });
  } else if (o.year < B || o.year > T) {
    problems.push({
      code: 'YEAR_OUTSIDE_PLAN',
      field: `observations[${i}].year`,
      params: { year: o.year, baseYear: B, targetYear: T },
    });
  }
  const { value, pct } = o;
  if (value === undefined && pct === undefined) {
    problems.push({ code: 'INVALID_VALUE', field: `observations[${i}]`, params: { value: 'none' } });
  }
  if (value !== undefined && !isNum(value)) {
    problems.push({
      code: 'INVALID_VALUE',
      field: `observations[${i}].value`,
      params: { value: String(value) },
    });
  }
  if (pct !== undefined && (!isNum(pct) || pct <= -100 || (kind === 'cumulative_change' && pct >= 100))) {
    problems.push({ code: 'INVALID_VALUE', field: `observations[${i}].pct`, params: { value: String(pct) } });
  }
  if (o.qualifier !== undefined && !QUALIFIERS.includes(o.qualifier)) {
    problems.push({
      code: 'INVALID_QUALIFIER',
      field: `observations[${i}].qualifier`,
      params: { value: String(o.qualifier) },
    });
  }
}

function checkRevisions(def: IndicatorDef, problems: InputProblem[]): void {
  const { annualTargets, targetHistory } = def;
  if (annualTargets !== undefined && !Array.isArray(annualTargets))
    problems.push({ code: 'INVALID_ANNUAL_TARGET', field: 'annualTargets', params: {} });
  else if (annualTargets)
    annualTargets.forEach((a, i) => {
      if (!a || !isYear(a.year) || targetNumbers(a) <= 0)
        problems.push({ code: 'INVALID_ANNUAL_TARGET', field: `annualTargets[${i}]`, params: {} });
    });
  if (targetHistory !== undefined && !Array.isArray(targetHistory))
    problems.push({ code: 'INVALID_TARGET_HISTORY', field: 'targetHistory', params: {} });
  else if (targetHistory)
    targetHistory.forEach((r, i) => {
      if (!r || !isYear(r.from) || targetNumbers(r.target) <= 0)
        problems.push({ code: 'INVALID_TARGET_HISTORY', field: `targetHistory[${i}]`, params: {} });
    });
  if (def.levelBasis !== undefined && def.levelBasis !== 'current' && def.levelBasis !== 'comparable')
    problems.push({
      code: 'INVALID_LEVEL_BASIS',
      field: 'levelBasis',
      params: { value: String(def.levelBasis) },
    });
}

/** Checks what the rules rely on; every problem is reported, not just the first. */
export function validateIndicator(
  def: IndicatorDef,
  observations: readonly Observation[],
  stage?: string,
  c: EvaluationConstants = DEFAULT_CONSTANTS,
): InputProblem[] {
  const problems: InputProblem[] = [];
  const kindDef = def.kind === 'linked' && def.linked?.resolved ? { ...def, ...def.linked.resolved } : def;
  if (!KINDS.includes(def.kind) || !KINDS.includes(kindDef.kind)) {
    problems.push({ code: 'UNKNOWN_KIND', field: 'kind', params: { kind: String(kindDef.kind) } });
  }
  const B = def.baseYear ?? c.BASE_YEAR;
  const T = def.targetYear ?? c.TARGET_YEAR;
  if (!isYear(B) || !isYear(T) || T <= B) {
    problems.push({
      code: 'INVALID_YEAR',
      field: 'targetYear',
      params: { baseYear: String(B), targetYear: String(T) },
    });
  }
  const t = kindDef.target;
  if (kindDef.kind !== 'linked' && kindDef.kind !== 'qualitative') {
    const numbers = targetNumbers(t);
    if (numbers === 0)
      problems.push({ code: 'MISSING_TARGET', field: 'target', params: { kind: kindDef.kind } });
    else if (numbers < 0) problems.push({ code: 'INVALID_TARGET', field: 'target', params: {} });
    else if (kindDef.kind === 'level_band' && isNum(t?.lo) && isNum(t?.hi) && t.lo > t.hi)
      problems.push({ code: 'INVALID_TARGET', field: 'target', params: { lo: t.lo, hi: t.hi } });
  }
  for (let i = 0; i < observations.length; i++)
    checkObservation(observations[i]!, i, kindDef.kind, B, T, problems);
  checkRevisions(def, problems);
  if (stage !== undefined && !STAGES.includes(stage as Stage)) {
    problems.push({ code: 'INVALID_STAGE', field: 'stage', params: { value: String(stage) } });
  }
  if (def.manual && !STATUSES.includes(def.manual.status)) {
    problems.push({
      code: 'INVALID_MANUAL_STATUS',
      field: 'manual.status',
      params: { value: String(def.manual.status) },
    });
  }
  return problems;
}
