/** Request schemas of the outline edits. */
import { Type } from 'typebox';
import { Id, LIMITS, SafeText, strict } from '../../schemas.ts';

export const NodeParams = strict({ nodeId: Id });

export const NodeChange = strict({
  title: Type.Optional(SafeText(LIMITS.titleChars, 1)),
  body: Type.Optional(SafeText(LIMITS.textChars)),
  no: Type.Optional(Type.Integer({ minimum: 1, maximum: 999 })),
});

export const NodeMove = strict({
  parentId: Type.Union([Id, Type.Null()]),
  index: Type.Integer({ minimum: 0, maximum: 10_000 }),
});

export const NodeSplit = strict({
  offset: Type.Integer({ minimum: 0, maximum: LIMITS.textChars }),
  title: SafeText(LIMITS.titleChars, 1),
});
