/**
 * Plan types of the 规划体系 and the "implements" relation between plans (a special plan implements the
 * outline; the district outline implements the city's). Codes only: the words are the web app's and reports'.
 */

/** 纲要 · 专项规划 · 区域规划 · 年度计划. */
export type PlanType = 'outline' | 'special' | 'regional' | 'annual';
export const PLAN_TYPES: readonly PlanType[] = ['outline', 'special', 'regional', 'annual'];

/**
 * A guess from the title, for an imported plan whose type nobody chose yet. Checked from the most specific
 * word: 年度计划 titles also say 国民经济和社会发展; a 专项规划 never calls itself 纲要.
 */
export function guessPlanType(title: string): PlanType {
  const t = title.replace(/\s+/g, '');
  if (/(\d{4}年)?(国民经济和社会发展)?(年度)?计划(草案)?$/.test(t) && !/规划/.test(t)) return 'annual';
  if (/纲要/.test(t)) return 'outline';
  if (/区域|片区|城市群|经济带|都市圈|一体化/.test(t)) return 'regional';
  return 'special';
}

export interface PlanEdge {
  readonly planId: string;
  readonly parentId: string;
}

export type EdgeCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: 'SELF' | 'DUPLICATE' | 'CYCLE';
      readonly path?: readonly string[];
    };

/**
 * Whether `planId` may implement `parentId` given the edges already there: never itself, never twice, and
 * never a plan that already (through any chain) implements `planId` — the relation stays a DAG. On a cycle
 * the path parent → … → plan is returned, to show people which links close it.
 */
export function checkImplements(edges: readonly PlanEdge[], planId: string, parentId: string): EdgeCheck {
  if (planId === parentId) return { ok: false, reason: 'SELF' };
  if (edges.some((e) => e.planId === planId && e.parentId === parentId))
    return { ok: false, reason: 'DUPLICATE' };
  const parentsOf = new Map<string, string[]>();
  for (const e of edges) parentsOf.set(e.planId, [...(parentsOf.get(e.planId) ?? []), e.parentId]);
  // Depth-first from the new parent upwards: reaching planId means planId is already above parentId.
  const stack: { id: string; path: string[] }[] = [{ id: parentId, path: [parentId] }];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const { id, path } = stack.pop()!;
    if (id === planId) return { ok: false, reason: 'CYCLE', path };
    if (seen.has(id)) continue;
    seen.add(id);
    for (const p of parentsOf.get(id) ?? []) stack.push({ id: p, path: [...path, p] });
  }
  return { ok: true };
}
