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

/** The numbers of a target object, or undefined when one of them is not a finite number. */
function targetNumbers(t: TargetValues | undefined): number[] | undefined {
  if (!t || typeof t !== 'object') return [];
  const numbers = [t.lo, t.hi, t.value].filter((v) => v !== undefined && v !== null);
  return numbers.every(isNum) ? numbers : undefined;
}

function checkObservation(
  o: Observation,
  i: number,
  kind: string,
  years: { B: number; T: number },
  problems: InputProblem[],
): void {
  const field = `observations[${i}]`;
  if (!isYear(o.year)) {
    problems.push({ code: 'INVALID_YEAR', field: `${field}.year`, params: { value: String(o.year) } });
  } else if (o.year < years.B || o.year > years.T) {
    problems.push({
      code: 'YEAR_OUTSIDE_PLAN',
      field: `${field}.year`,
      params: { year: o.year, baseYear: years.B, targetYear: years.T },
    });
  }
  const { value, pct } = o;
  if (value === undefined && pct === undefined) {
    problems.push({ code: 'INVALID_VALUE', field, params: { value: 'none' } });
  }
  if (value !== undefined && !isNum(value)) {
    problems.push({ code: 'INVALID_VALUE', field: `${field}.value`, params: { value: String(value) } });
  }
  if (pct !== undefined && (!isNum(pct) || pct <= -100 || (kind === 'cumulative_change' && pct >= 100))) {
    problems.push({ code: 'INVALID_VALUE', field: `${field}.pct`, params: { value: String(pct) } });
  }
  if (o.qualifier !== undefined && !QUALIFIERS.includes(o.qualifier)) {
    problems.push({
      code: 'INVALID_QUALIFIER',
      field: `${field}.qualifier`,
      params: { value: String(o.qualifier) },
    });
  }
}

function checkRevisions(def: IndicatorDef, problems: InputProblem[]): void {
  (def.annualTargets ?? []).forEach((a, i) => {
    const numbers = targetNumbers(a);
    if (!a || !isYear(a.year) || !numbers || numbers.length === 0)
      problems.push({ code: 'INVALID_ANNUAL_TARGET', field: `annualTargets[${i}]`, params: {} });
  });
  (def.targetHistory ?? []).forEach((r, i) => {
    const numbers = targetNumbers(r?.target);
    if (!r || !isYear(r.from) || !numbers || numbers.length === 0)
      problems.push({ code: 'INVALID_TARGET_HISTORY', field: `targetHistory[${i}]`, params: {} });
  });
  if (def.annualTargets !== undefined && !Array.isArray(def.annualTargets))
    problems.push({ code: 'INVALID_ANNUAL_TARGET', field: 'annualTargets', params: {} });
  if (def.targetHistory !== undefined && !Array.isArray(def.targetHistory))
    problems.push({ code: 'INVALID_TARGET_HISTORY', field: 'targetHistory', params: {} });
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
  if (!['linked', 'qualitative'].includes(kindDef.kind)) {
    const numbers = targetNumbers(t);
    if (numbers && numbers.length === 0)
      problems.push({ code: 'MISSING_TARGET', field: 'target', params: { kind: kindDef.kind } });
    else if (!numbers) problems.push({ code: 'INVALID_TARGET', field: 'target', params: {} });
    else if (kindDef.kind === 'level_band' && isNum(t?.lo) && isNum(t?.hi) && t.lo > t.hi)
      problems.push({ code: 'INVALID_TARGET', field: 'target', params: { lo: t.lo, hi: t.hi } });
  }
  observations.forEach((o, i) => checkObservation(o, i, kindDef.kind, { B, T }, problems));
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
