/**
 * Who may do what with a plan of the plan system: a government's staff work on their government's plans; the
 * staff of a government above read (never edit) the plans below it; everyone else sees what is published, as
 * the public does. Rows without a government (a single-government installation, before issue 15) keep the
 * old rule: staff work on every plan.
 */

/** edit: the working copy, to change; read: the working copy, to look at; public: published versions only. */
export type PlanAccess = 'edit' | 'read' | 'public';

/**
 * @param callerGovernment the signed-in staff member's government (null: not scoped)
 * @param planGovernment the plan's government (null: not scoped)
 * @param parentOf the government above a government (null at the top)
 */
export function planAccess(
  callerGovernment: string | null,
  planGovernment: string | null,
  parentOf: (governmentId: string) => string | null,
): PlanAccess {
  if (callerGovernment === null || planGovernment === null) return 'edit';
  if (callerGovernment === planGovernment) return 'edit';
  const seen = new Set<string>();
  for (let g = parentOf(planGovernment); g !== null && !seen.has(g); g = parentOf(g)) {
    if (g === callerGovernment) return 'read';
    seen.add(g);
  }
  return 'public';
}
