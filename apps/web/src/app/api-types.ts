/**
 * The staff app's names for the API's JSON, in one place: every one is a type of @gangmu/contract (the schemas
 * the API validates its responses with), under the name the pages use.
 */
import type {
  AuditEventJson,
  ChainReportJson,
  DiagnosticJson,
  ImportedPlanJson,
  IndicatorJson,
  ObservationListJson,
  PlanListItemJson,
  UnitIndicatorListJson,
  UnitJson,
  UserJson,
} from '@gangmu/contract';

/** A unit (GET /api/units). */
export type Unit = UnitJson;

/** Tasks and progress reports come from the contract (camelCase, as the API sends them). */
export type { ReportJson as Report, TaskJson as Task } from '@gangmu/contract';

/** A plan the caller may see (GET /api/plans). */
export type PlanListItem = PlanListItemJson;

/** An indicator of the signed-in unit with its plan's title (GET /api/units/:unitId/indicators). */
export type UnitIndicator = UnitIndicatorListJson['indicators'][number];

/** A value as listed with who entered it (GET /api/indicators/:indicatorId/observations). */
export type Observation = ObservationListJson['observations'][number];

/** An indicator with its evaluation definition (GET /api/indicators/:indicatorId). */
export type IndicatorDetail = IndicatorJson;

/** An importer's finding about the document (in an import's answer and GET /api/plans/:planId/source). */
export type Diagnostic = DiagnosticJson;

/** What POST /api/plans/import answers. */
export type ImportResult = ImportedPlanJson;

/** A user as administrators see it (GET /api/users). */
export type UserRow = UserJson;

/** An audit event (GET /api/audit). */
export type AuditEvent = AuditEventJson;

/** Whether the audit chain is whole (GET /api/audit/verify). */
export type ChainCheck = ChainReportJson;
