/**
 * Unit scope (一单位一责): a reporter acts for its own unit only; every other staff role acts plan-wide (what each
 * role may do at all is the route's access rule, not this). On a task, the lead unit and the co-units are
 * involved: each writes its own report; a co-unit may read the lead unit's report (without the review's comment,
 * which is addressed to the lead) but not write it. A reporter without a unit matches nothing.
 */

/** Who asks, as far as unit scope is concerned. */
export interface ScopeCaller {
  readonly role: string | null;
  readonly unitId: string | null;
}

/** The units a subject belongs to: a task's lead and co-units, or a project's or indicator's one unit. */
export interface SubjectUnits {
  readonly leadUnitId: string | null;
  readonly coUnitIds: readonly string[];
}

/** What a list shows a caller: everything, or one unit's rows (none at all for a reporter without a unit). */
export type UnitScope = { readonly all: true } | { readonly all: false; readonly unitId: string | null };

export const isUnitBound = (caller: ScopeCaller): boolean => caller.role === 'reporter';

export const unitScope = (caller: ScopeCaller): UnitScope =>
  isUnitBound(caller) ? { all: false, unitId: caller.unitId } : { all: true };

/** Whether the caller may see a unit's lists (its tasks, warnings, reports). */
export function maySeeUnit(caller: ScopeCaller, unitId: string | null): boolean {
  if (!isUnitBound(caller)) return true;
  return caller.unitId !== null && caller.unitId === unitId;
}

/** Whether a unit leads or co-operates on a subject. */
export const involvesUnit = (subject: SubjectUnits, unitId: string | null): boolean =>
  unitId !== null && (subject.leadUnitId === unitId || subject.coUnitIds.includes(unitId));

/** Whether the caller may see a subject and report on it (as its own unit). */
export const mayActOn = (caller: ScopeCaller, subject: SubjectUnits): boolean =>
  !isUnitBound(caller) || involvesUnit(subject, caller.unitId);

/** The unit a new report is filed for: a reporter's own unit; staff file for the subject's lead unit. */
export const reportingUnit = (caller: ScopeCaller, subject: SubjectUnits): string | null =>
  isUnitBound(caller) ? caller.unitId : subject.leadUnitId;

/** `own`: read and write; `read`: read without the review (a co-unit reading the lead's); `none`. */
export type ReportAccess = 'own' | 'read' | 'none';

/**
 * What the caller may do with a report filed by `report.unitId` on a subject; `task` is the task when the
 * subject is one (only a task has co-units).
 */
export function reportAccess(
  caller: ScopeCaller,
  report: { readonly unitId: string | null },
  task: SubjectUnits | null,
): ReportAccess {
  if (!isUnitBound(caller)) return 'own';
  const unitId = caller.unitId;
  if (unitId === null) return 'none';
  if (report.unitId === unitId) return 'own';
  if (task && report.unitId === task.leadUnitId && involvesUnit(task, unitId)) return 'read';
  return 'none';
}
