/** Request schemas of the audit routes. */
import { Type } from 'typebox';
import { Id, strict } from '../../schemas.ts';

export const AuditQuery = strict({
  planId: Type.Optional(Id),
  before: Type.Optional(Type.String({ pattern: '^\\d{1,12}$' })),
  limit: Type.Optional(Type.String({ pattern: '^\\d{1,3}$' })),
});
