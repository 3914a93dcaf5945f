/** The audit trail as the API sends it: events (camelCase) and the chain's verification. */
import { Type, type Static } from 'typebox';

export const AuditEventJson = Type.Object({
  seq: Type.Number(),
  at: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.String(),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.String(),
  planId: Type.Union([Type.String(), Type.Null()]),
  /** The row before and after the change, as recorded (null for a creation or a deletion). */
  before: Type.Unknown(),
  after: Type.Unknown(),
  prevHash: Type.String(),
  hash: Type.String(),
});
export type AuditEventJson = Static<typeof AuditEventJson>;
export const AuditEventListJson = Type.Object({ events: Type.Array(AuditEventJson) });
export type AuditEventListJson = Static<typeof AuditEventListJson>;

/** GET /api/audit/verify: whether the hash chain is whole, and the first event where it is not. */
export const ChainReportJson = Type.Object({
  ok: Type.Boolean(),
  events: Type.Number(),
  first: Type.Optional(
    Type.Object({
      seq: Type.Number(),
      /** altered, missing, broken_link, truncated; with anchors also rewritten, rewound. */
      problem: Type.String(),
    }),
  ),
});
export type ChainReportJson = Static<typeof ChainReportJson>;
