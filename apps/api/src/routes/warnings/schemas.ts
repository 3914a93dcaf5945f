/** Request schemas of the warning routes. */
import { Type } from 'typebox';
import { WarningStatus } from '@gangmu/contract';
import { Id, LIMITS, SafeText, strict } from '../../schemas.ts';

export const WarningParams = strict({ warningId: Id });

export const WarningQuery = strict({
  status: Type.Optional(WarningStatus),
  level: Type.Optional(Type.Union([Type.Literal('red'), Type.Literal('yellow')])),
  planId: Type.Optional(Id),
});

export const WarningChange = strict({
  status: WarningStatus,
  assignedTo: Type.Optional(Type.Union([Id, Type.Null()])),
});

export const UrgeBody = strict({ message: Type.Optional(SafeText(LIMITS.opinionChars)) });
