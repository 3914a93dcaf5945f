/** Liveness, readiness and the OpenAPI document, as the API sends them. */
import { Type, type Static } from 'typebox';

const Driver = Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]);

export const LivenessJson = Type.Object({ status: Type.Literal('ok') });
export type LivenessJson = Static<typeof LivenessJson>;

export const ReadyJson = Type.Object({
  status: Type.Literal('ready'),
  database: Driver,
  latencyMs: Type.Integer(),
});
export type ReadyJson = Static<typeof ReadyJson>;

/** 503: the database does not answer (a restart or a failover); Retry-After says when to ask again. */
export const NotReadyJson = Type.Object({ status: Type.Literal('unavailable'), database: Driver });
export type NotReadyJson = Static<typeof NotReadyJson>;

/** The OpenAPI 3 document generated from the routes' schemas (sent whole). */
export const OpenApiDocumentJson = Type.Object({}, { additionalProperties: true });
