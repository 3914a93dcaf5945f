/** Request schemas of the plan routes, and the copy of a plan a query asks for. */
import { Type, type Static } from 'typebox';
import { ApiError } from '../../errors.ts';
import { Id, IsoTime, SafeText, strict } from '../../schemas.ts';

export const PlanParams = strict({ planId: Id });
export const NodeTextParams = strict({ planId: Id, nodeId: Id });

const VersionNumber = Type.String({ pattern: '^[1-9]\\d{0,5}$' });
export const ImportQuery = strict({ title: Type.Optional(SafeText(200, 1)) });
export const PlanQuery = strict({ version: Type.Optional(VersionNumber), asOf: Type.Optional(IsoTime) });
export const NodeTextQuery = strict({ version: Type.Optional(VersionNumber) });

/** ?version=N and ?asOf=time as the commands take them; a time the pattern lets through but no calendar has is refused. */
export function copyAsked(q: Static<typeof PlanQuery>): { version?: number; asOf?: string } {
  if (q.asOf !== undefined && Number.isNaN(new Date(q.asOf).getTime()))
    throw new ApiError('VALIDATION_FAILED', 'asOf must be an ISO-8601 time');
  return {
    ...(q.version !== undefined ? { version: Number(q.version) } : {}),
    ...(q.asOf !== undefined ? { asOf: q.asOf } : {}),
  };
}
