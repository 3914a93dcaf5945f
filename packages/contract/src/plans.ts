/** Plans: what an import returns. */
import { Type, type Static } from 'typebox';
import { DiagnosticJson } from './diagnostics.ts';

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
