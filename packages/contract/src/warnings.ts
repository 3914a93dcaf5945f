/** Warnings (预警) as the API sends them. */
import { Type, type Static } from 'typebox';

export const WarningStatus = Type.Union([
  Type.Literal('open'),
  Type.Literal('acknowledged'),
  Type.Literal('assigned'),
  Type.Literal('resolved'),
]);
export type WarningStatus = Static<typeof WarningStatus>;

export const WarningJson = Type.Object({
  id: Type.String(),
  planId: Type.Union([Type.String(), Type.Null()]),
  level: Type.Union([Type.Literal('red'), Type.Literal('yellow')]),
  /** TASK_OVERDUE, MILESTONE_OVERDUE, REPORT_MISSED, PROJECT_STALLED, INDICATOR_OFF_TRACK, INDICATOR_AT_RISK. */
  kind: Type.String(),
  subjectType: Type.String(),
  subjectId: Type.String(),
  unitId: Type.Union([Type.String(), Type.Null()]),
  reason: Type.String(),
  reasonEn: Type.String(),
  status: WarningStatus,
  assignedTo: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type WarningJson = Static<typeof WarningJson>;

export const WarningListJson = Type.Object({ warnings: Type.Array(WarningJson) });
export type WarningListJson = Static<typeof WarningListJson>;

export const QueuedJson = Type.Object({ queued: Type.Integer() });
export type QueuedJson = Static<typeof QueuedJson>;
