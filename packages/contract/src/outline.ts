/** A node of a plan's outline after an edit (rename, move, merge, split), as the API sends it. */
import { Type, type Static } from 'typebox';

export const OutlineNodeJson = Type.Object({
  id: Type.String(),
  planId: Type.String(),
  parentId: Type.Union([Type.String(), Type.Null()]),
  kind: Type.Union([
    Type.Literal('part'),
    Type.Literal('chapter'),
    Type.Literal('section'),
    Type.Literal('item'),
  ]),
  no: Type.Number(),
  title: Type.String(),
  body: Type.String(),
  /** The node's place in the plan's reading order. */
  position: Type.Number(),
  version: Type.Number(),
});
export type OutlineNodeJson = Static<typeof OutlineNodeJson>;
