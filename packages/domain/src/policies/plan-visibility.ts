/**
 * Plan visibility: who sees which copy of a plan. Staff (administrators, supervisors, leaders, auditors) see the
 * working copy and, for tracing, the plan as it was at any past moment; everyone else — the public and reporters —
 * sees published versions only, and a plan never published does not exist for them. Any published version may be
 * asked for by number by anyone. One rule for the plan, its indicators, its evaluation and its open data.
 */

/** The roles that see working copies and past moments. */
export const STAFF_ROLES = ['admin', 'supervisor', 'leader', 'auditor'] as const;

/** True for a role that sees working copies (null: the public). */
export const isStaffRole = (role: string | null | undefined): boolean =>
  role !== null && role !== undefined && (STAFF_ROLES as readonly string[]).includes(role);

/** What is asked for: nothing (the current copy), a published version by number, or a past moment. */
export interface PlanCopyRequest {
  readonly version?: number | undefined;
  readonly asOf?: string | undefined;
}

/** The copy a viewer gets, or why not. */
export type PlanCopy =
  | { readonly kind: 'working' }
  | { readonly kind: 'published'; readonly version: number }
  | { readonly kind: 'as-of'; readonly at: string }
  | { readonly kind: 'refused'; readonly reason: 'NOT_PUBLISHED' | 'AS_OF_FOR_STAFF' };

/**
 * Which copy of a plan a viewer with `role` gets for `request`, given the plan's latest published version
 * (0 when it was never published).
 *
 * @example
 * planCopyFor(null, 2, {}) // { kind: 'published', version: 2 }
 * planCopyFor('leader', 2, {}) // { kind: 'working' }
 * planCopyFor('reporter', 0, {}) // { kind: 'refused', reason: 'NOT_PUBLISHED' }
 */
export function planCopyFor(
  role: string | null | undefined,
  publishedVersion: number,
  request: PlanCopyRequest = {},
): PlanCopy {
  const staff = isStaffRole(role);
  if (request.asOf !== undefined)
    return staff ? { kind: 'as-of', at: request.asOf } : { kind: 'refused', reason: 'AS_OF_FOR_STAFF' };
  if (request.version !== undefined) return { kind: 'published', version: request.version };
  if (staff) return { kind: 'working' };
  return publishedVersion > 0
    ? { kind: 'published', version: publishedVersion }
    : { kind: 'refused', reason: 'NOT_PUBLISHED' };
}

/** Whether a viewer with `role` may see a plan at all (in lists, evaluations, open data). */
export const mayListPlan = (role: string | null | undefined, publishedVersion: number): boolean =>
  isStaffRole(role) || publishedVersion > 0;
