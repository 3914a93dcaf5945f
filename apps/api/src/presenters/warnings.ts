/** Warnings as the API shows them: camelCase, without the internal de-duplication key. */
import type { WarningJson } from '@gangmu/contract';
import type { WarningsTable } from '@gangmu/storage';

export const presentWarning = (w: WarningsTable): WarningJson => ({
  id: w.id,
  planId: w.plan_id,
  level: w.level,
  kind: w.kind,
  subjectType: w.subject_type,
  subjectId: w.subject_id,
  unitId: w.unit_id,
  reason: w.reason,
  reasonEn: w.reason_en,
  status: w.status,
  assignedTo: w.assigned_to,
  createdAt: w.created_at,
  updatedAt: w.updated_at,
  version: w.version,
});
