/** Plans: what an import returns. */
import { Type, type Static } from 'typebox';
import { DiagnosticJson } from './diagnostics.ts';
import { IndicatorDefinitionJson } from './indicators.ts';

export const ImportedPlanJson = Type.Object({
  id: Type.String(),
  title: Type.String(),
  counts: Type.Object({ chapters: Type.Number(), indicators: Type.Number(), projects: Type.Number() }),
  diagnostics: Type.Array(DiagnosticJson),
});
export type ImportedPlanJson = Static<typeof ImportedPlanJson>;

/** The levels of an outline: part › chapter › section › item (the schemas below nest no deeper). */
const OUTLINE_DEPTH = 4;
const NodeKind = Type.Union([
  Type.Literal('part'),
  Type.Literal('chapter'),
  Type.Literal('section'),
  Type.Literal('item'),
]);

function headingLevel(depth: number): ReturnType<typeof Type.Object> {
  return Type.Object({
    id: Type.String(),
    kind: NodeKind,
    no: Type.Number(),
    title: Type.String(),
    children: Type.Array(depth > 1 ? headingLevel(depth - 1) : Type.Never()),
  });
}
function textLevel(depth: number): ReturnType<typeof Type.Object> {
  return Type.Object({
    id: Type.String(),
    kind: NodeKind,
    no: Type.Number(),
    title: Type.String(),
    body: Type.String(),
    children: Type.Array(depth > 1 ? textLevel(depth - 1) : Type.Never()),
  });
}

/** A heading of the public outline: no text (that comes per node, on demand). */
export interface OutlineHeadingJson {
  readonly id: string;
  readonly kind: 'part' | 'chapter' | 'section' | 'item';
  readonly no: number;
  readonly title: string;
  readonly children: readonly OutlineHeadingJson[];
}
/** A node of the published outline with its text and its descendants' text. */
export interface NodeTextJson extends Omit<OutlineHeadingJson, 'children'> {
  readonly body: string;
  readonly children: readonly NodeTextJson[];
}

export const OutlineHeadingJson = headingLevel(OUTLINE_DEPTH);
export const NodeTextJson = textLevel(OUTLINE_DEPTH);

/** GET /api/plans/:planId/nodes/:nodeId/text: one node of a published version, with its text. */
export const PublishedNodeTextJson = Type.Object({
  planId: Type.String(),
  publishedVersion: Type.Number(),
  node: NodeTextJson,
});
export interface PublishedNodeTextJson {
  readonly planId: string;
  readonly publishedVersion: number;
  readonly node: NodeTextJson;
}

export const PublicIndicatorJson = Type.Object({
  id: Type.String(),
  position: Type.Number(),
  category: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  unit: Type.Union([Type.String(), Type.Null()]),
  attribute: Type.String(),
  kind: Type.String(),
  previousPeriod: Type.Union([Type.String(), Type.Null()]),
  target: Type.Union([Type.String(), Type.Null()]),
});
export type PublicIndicatorJson = Static<typeof PublicIndicatorJson>;

export const PublicProjectJson = Type.Object({
  id: Type.String(),
  boxNo: Type.Number(),
  boxTitle: Type.String(),
  no: Type.Number(),
  name: Type.String(),
  description: Type.String(),
  chapterNo: Type.Union([Type.Number(), Type.Null()]),
  sectionNo: Type.Union([Type.Number(), Type.Null()]),
});
export type PublicProjectJson = Static<typeof PublicProjectJson>;

/**
 * The public read of a published plan (the portal's page): headings, the indicator table and the projects,
 * without the outline's text — ≤ 40 KB for the example plan where the whole text made 110–260 KB per view.
 */
export const PublicPlanJson = Type.Object({
  id: Type.String(),
  title: Type.String(),
  issuer: Type.Union([Type.String(), Type.Null()]),
  period: Type.Object({
    start: Type.Union([Type.Number(), Type.Null()]),
    end: Type.Union([Type.Number(), Type.Null()]),
    vision: Type.Union([Type.Number(), Type.Null()]),
  }),
  baseYear: Type.Union([Type.Number(), Type.Null()]),
  status: Type.String(),
  publishedVersion: Type.Number(),
  publishedAt: Type.String(),
  outline: Type.Array(OutlineHeadingJson),
  indicators: Type.Array(PublicIndicatorJson),
  projects: Type.Array(PublicProjectJson),
});
export interface PublicPlanJson extends Omit<
  Static<typeof PublicPlanJson>,
  'outline' | 'indicators' | 'projects'
> {
  readonly outline: readonly OutlineHeadingJson[];
  readonly indicators: readonly PublicIndicatorJson[];
  readonly projects: readonly PublicProjectJson[];
}

/** GET /api/plans: the plans the caller may see (published ones for the public), newest change first. */
export const PlanListItemJson = Type.Object({
  id: Type.String(),
  title: Type.String(),
  issuer: Type.Union([Type.String(), Type.Null()]),
  period: Type.Object({
    start: Type.Union([Type.Number(), Type.Null()]),
    end: Type.Union([Type.Number(), Type.Null()]),
  }),
  baseYear: Type.Union([Type.Number(), Type.Null()]),
  status: Type.String(),
  publishedVersion: Type.Number(),
  version: Type.Number(),
  updatedAt: Type.String(),
});
export type PlanListItemJson = Static<typeof PlanListItemJson>;
export const PlanListJson = Type.Object({ plans: Type.Array(PlanListItemJson) });
export type PlanListJson = Static<typeof PlanListJson>;

function nodeLevel(depth: number): ReturnType<typeof Type.Object> {
  return Type.Object({
    id: Type.String(),
    kind: NodeKind,
    no: Type.Number(),
    title: Type.String(),
    body: Type.String(),
    version: Type.Number(),
    children: Type.Array(depth > 1 ? nodeLevel(depth - 1) : Type.Never()),
  });
}
/** A node of a plan's outline with its text and row version (the staff read, and published versions). */
export type PlanNodeJson = Omit<NodeTextJson, 'children'> & {
  readonly version: number;
  readonly children: PlanNodeJson[];
};
export const PlanNodeJson = nodeLevel(OUTLINE_DEPTH);

export const PlanIndicatorJson = Type.Object({
  ...PublicIndicatorJson.properties,
  /** The evaluation definition (toIndicatorDef): its shape depends on the kind. */
  definition: IndicatorDefinitionJson,
  unitId: Type.Union([Type.String(), Type.Null()]),
  version: Type.Number(),
});
export type PlanIndicatorJson = Static<typeof PlanIndicatorJson>;

export const PlanProjectJson = Type.Object({
  ...PublicProjectJson.properties,
  unitId: Type.Union([Type.String(), Type.Null()]),
  plannedInvestment: Type.Union([Type.Number(), Type.Null()]),
  completedInvestment: Type.Union([Type.Number(), Type.Null()]),
  stage: Type.Union([Type.String(), Type.Null()]),
  progress: Type.Union([Type.Number(), Type.Null()]),
  version: Type.Number(),
});
export type PlanProjectJson = Static<typeof PlanProjectJson>;

/**
 * GET /api/plans/:planId other than the public's plain read: the whole plan with its text — the working copy
 * (staff), a published version (`publishedAt` set) or the plan as it was at a past moment (staff).
 */
export const PlanJson = Type.Object({
  id: Type.String(),
  title: Type.String(),
  issuer: Type.Union([Type.String(), Type.Null()]),
  period: PublicPlanJson.properties.period,
  baseYear: Type.Union([Type.Number(), Type.Null()]),
  status: Type.String(),
  publishedVersion: Type.Number(),
  version: Type.Number(),
  publishedAt: Type.Optional(Type.String()),
  outline: Type.Array(PlanNodeJson),
  indicators: Type.Array(PlanIndicatorJson),
  projects: Type.Array(PlanProjectJson),
});
export interface PlanJson extends Omit<Static<typeof PlanJson>, 'outline' | 'indicators' | 'projects'> {
  readonly outline: PlanNodeJson[];
  readonly indicators: PlanIndicatorJson[];
  readonly projects: PlanProjectJson[];
}

/** GET /api/plans/:planId/versions, oldest first. */
export const PlanVersionListJson = Type.Object({
  versions: Type.Array(
    Type.Object({
      number: Type.Number(),
      publishedAt: Type.String(),
      publishedBy: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});
export type PlanVersionListJson = Static<typeof PlanVersionListJson>;

/** GET /api/plans/:planId/source (staff): the decoded text the plan was imported from, and the diagnostics. */
export const PlanSourceJson = Type.Object({
  format: Type.Union([Type.String(), Type.Null()]),
  text: Type.Union([Type.String(), Type.Null()]),
  diagnostics: Type.Array(DiagnosticJson),
});
export type PlanSourceJson = Static<typeof PlanSourceJson>;

/** POST /api/plans/:planId/publish: the number of the version published and the plan's new row version. */
export const PublishedPlanJson = Type.Object({ number: Type.Number(), version: Type.Number() });
export type PublishedPlanJson = Static<typeof PublishedPlanJson>;
