/** Rows → the plan as the API presents it. Used for the live plan, published snapshots and "as of" rebuilds alike. */
import type { IndicatorsTable, OutlineNodesTable, PlansTable, ProjectsTable } from './schema.ts';

export interface OutlineNodeView {
  readonly id: string;
  readonly kind: OutlineNodesTable['kind'];
  readonly no: number;
  readonly title: string;
  readonly body: string;
  readonly version: number;
  readonly children: OutlineNodeView[];
}

export interface IndicatorView {
  readonly id: string;
  readonly position: number;
  readonly category: string | null;
  readonly name: string;
  readonly unit: string | null;
  readonly attribute: 'expected' | 'binding';
  readonly kind: string;
  readonly previousPeriod: string | null;
  readonly target: string | null;
  readonly definition: Record<string, unknown>;
  readonly unitId: string | null;
  readonly version: number;
}

export interface ProjectView {
  readonly id: string;
  readonly boxNo: number;
  readonly boxTitle: string;
  readonly no: number;
  readonly name: string;
  readonly description: string;
  readonly chapterNo: number | null;
  readonly sectionNo: number | null;
  readonly unitId: string | null;
  readonly plannedInvestment: number | null;
  readonly completedInvestment: number | null;
  readonly stage: string | null;
  readonly progress: number | null;
  readonly version: number;
}

export interface PlanView {
  readonly id: string;
  readonly title: string;
  readonly issuer: string | null;
  readonly period: { start: number | null; end: number | null; vision: number | null };
  readonly baseYear: number | null;
  readonly status: PlansTable['status'];
  readonly publishedVersion: number;
  readonly version: number;
  readonly outline: OutlineNodeView[];
  readonly indicators: IndicatorView[];
  readonly projects: ProjectView[];
}

export function indicatorView(r: IndicatorsTable): IndicatorView {
  return {
    id: r.id,
    position: r.position,
    category: r.category,
    name: r.name,
    unit: r.unit,
    attribute: r.attribute,
    kind: r.kind,
    previousPeriod: r.previous_period,
    target: r.target_text,
    definition: JSON.parse(r.definition) as Record<string, unknown>,
    unitId: r.unit_id,
    version: r.version,
  };
}

export function buildPlanView(
  plan: PlansTable,
  nodes: readonly OutlineNodesTable[],
  indicators: readonly IndicatorsTable[],
  projects: readonly ProjectsTable[],
): PlanView {
  const byParent = new Map<string | null, OutlineNodesTable[]>();
  for (const n of nodes) {
    const list = byParent.get(n.parent_id) ?? [];
    list.push(n);
    byParent.set(n.parent_id, list);
  }
  const build = (parent: string | null, depth: number): OutlineNodeView[] =>
    depth > 8
      ? []
      : (byParent.get(parent) ?? [])
          .sort((a, b) => a.position - b.position)
          .map((n) => ({
            id: n.id,
            kind: n.kind,
            no: n.no,
            title: n.title,
            body: n.body,
            version: n.version,
            children: build(n.id, depth + 1),
          }));
  return {
    id: plan.id,
    title: plan.title,
    issuer: plan.issuer,
    period: { start: plan.period_start, end: plan.period_end, vision: plan.vision_year },
    baseYear: plan.base_year,
    status: plan.status,
    publishedVersion: plan.published_version,
    version: plan.version,
    outline: build(null, 0),
    indicators: [...indicators].sort((a, b) => a.position - b.position).map(indicatorView),
    projects: [...projects]
      .sort((a, b) => a.box_no - b.box_no || a.no - b.no)
      .map((p) => ({
        id: p.id,
        boxNo: p.box_no,
        boxTitle: p.box_title,
        no: p.no,
        name: p.name,
        description: p.description,
        chapterNo: p.chapter_no,
        sectionNo: p.section_no,
        unitId: p.unit_id,
        plannedInvestment: p.planned_investment ?? null,
        completedInvestment: p.completed_investment ?? null,
        stage: p.stage ?? null,
        progress: p.progress ?? null,
        version: p.version,
      })),
  };
}
