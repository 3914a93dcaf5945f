/** Plans as the API shows them: camelCase, only what a client needs, in the shapes of @gangmu/contract. */
import type {
  ImportPlanResult,
  PlanCopyView,
  PlanListItem,
  PlanSource,
  PublishedVersionItem,
} from '@gangmu/commands';
import type {
  ImportedPlanJson,
  NodeTextJson,
  OutlineHeadingJson,
  PlanJson,
  PlanListItemJson,
  PlanNodeJson,
  PlanSourceJson,
  PlanVersionListJson,
  PublicPlanJson,
} from '@gangmu/contract';
import type { OutlineNodeView, PlanView } from '@gangmu/storage';

export const presentPlanListItem = (p: PlanListItem): PlanListItemJson => ({
  id: p.id,
  title: p.title,
  issuer: p.issuer,
  period: { start: p.period.start, end: p.period.end },
  baseYear: p.baseYear,
  status: p.status,
  publishedVersion: p.publishedVersion,
  version: p.version,
  updatedAt: p.updatedAt,
});

export const presentVersions = (versions: readonly PublishedVersionItem[]): PlanVersionListJson => ({
  versions: versions.map((v) => ({
    number: v.number,
    publishedAt: v.publishedAt,
    publishedBy: v.publishedBy,
  })),
});

export const presentSource = (s: PlanSource): PlanSourceJson => ({
  format: s.format,
  text: s.text,
  diagnostics: s.diagnostics.map((d) => ({ ...d, params: { ...d.params } })),
});

const presentNode = (n: OutlineNodeView): PlanNodeJson => ({
  id: n.id,
  kind: n.kind,
  no: n.no,
  title: n.title,
  body: n.body,
  version: n.version,
  children: n.children.map(presentNode),
});

/**
 * A whole plan with its text: the working copy, a published version or a past moment. Fields a published
 * snapshot written before they existed may lack are sent as null.
 */
export const presentPlan = (view: PlanCopyView): PlanJson => ({
  id: view.id,
  title: view.title,
  issuer: view.issuer,
  period: { start: view.period.start, end: view.period.end, vision: view.period.vision ?? null },
  baseYear: view.baseYear,
  status: view.status,
  publishedVersion: view.publishedVersion,
  version: view.version,
  ...(view.publishedAt !== undefined ? { publishedAt: view.publishedAt } : {}),
  outline: view.outline.map(presentNode),
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
    definition: i.definition,
    unitId: i.unitId ?? null,
    version: i.version,
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
    unitId: p.unitId ?? null,
    plannedInvestment: p.plannedInvestment ?? null,
    completedInvestment: p.completedInvestment ?? null,
    stage: p.stage ?? null,
    progress: p.progress ?? null,
    version: p.version,
  })),
});

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
