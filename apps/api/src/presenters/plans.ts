/** Plans as the API shows them: camelCase, only what a client needs, in the shapes of @gangmu/contract. */
import type { ImportPlanResult } from '@gangmu/commands';
import type { ImportedPlanJson, NodeTextJson, OutlineHeadingJson, PublicPlanJson } from '@gangmu/contract';
import type { OutlineNodeView, PlanView } from '@gangmu/storage';

export const presentImportedPlan = (r: ImportPlanResult): ImportedPlanJson => ({
  id: r.id,
  title: r.title,
  counts: r.counts,
  diagnostics: r.diagnostics.map((d) => ({ ...d, params: { ...d.params } })),
});

/** The public read of a published version: headings without text, the indicator table, the projects. */
export function presentPublicPlan(view: PlanView & { publishedAt: string }): PublicPlanJson {
  const heading = (n: OutlineNodeView): OutlineHeadingJson => ({
    id: n.id,
    kind: n.kind,
    no: n.no,
    title: n.title,
    children: n.children.map(heading),
  });
  return {
    id: view.id,
    title: view.title,
    issuer: view.issuer,
    period: view.period,
    baseYear: view.baseYear,
    status: view.status,
    publishedVersion: view.publishedVersion,
    publishedAt: view.publishedAt,
    outline: view.outline.map(heading),
    indicators: view.indicators.map((i) => ({
      id: i.id,
      position: i.position,
      category: i.category,
      name: i.name,
      unit: i.unit,
      attribute: i.attribute,
      kind: i.kind,
      previousPeriod: i.previousPeriod,
      target: i.target,
    })),
    projects: view.projects.map((p) => ({
      id: p.id,
      boxNo: p.boxNo,
      boxTitle: p.boxTitle,
      no: p.no,
      name: p.name,
      description: p.description,
      chapterNo: p.chapterNo,
      sectionNo: p.sectionNo,
    })),
  };
}

/** One outline node with its text and its descendants' text. */
export const presentNodeText = (n: OutlineNodeView): NodeTextJson => ({
  id: n.id,
  kind: n.kind,
  no: n.no,
  title: n.title,
  body: n.body,
  children: n.children.map(presentNodeText),
});
