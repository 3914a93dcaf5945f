/**
 * The staff app's types of the API's JSON, in one place (the pages used to declare `Task` three times).
 * They give way to the contract package's types when it lands (issue 9).
 */
import type { AuditEventJson, ObservationListJson, UnitIndicatorListJson, UserJson } from '@gangmu/contract';

export interface Unit {
  id: string;
  code: string;
  name: string;
}

/** Tasks and progress reports come from the contract (camelCase, as the API sends them). */
export type { ReportJson as Report, TaskJson as Task } from '@gangmu/contract';

export interface PlanListItem {
  id: string;
  title: string;
  status: string;
  publishedVersion: number;
  period: { start: number | null; end: number | null };
}

/** An indicator of the signed-in unit with its plan's title (GET /api/units/:unitId/indicators). */
export type UnitIndicator = UnitIndicatorListJson['indicators'][number];

/** A value as listed with who entered it (GET /api/indicators/:indicatorId/observations). */
export type Observation = ObservationListJson['observations'][number];

export interface IndicatorDetail {
  name: string;
  unit: string | null;
  target: string | null;
  kind: string;
  definition: { target?: { lo?: number; hi?: number; value?: number }; targetYear?: number };
}

export interface Diagnostic {
  code: string;
  severity: string;
  line: number;
  /** The page of the line, where the source has pages (PDF). */
  page?: number;
  message: string;
  messageEn: string;
  excerpt: string;
}

export interface ImportResult {
  id: string;
  title: string;
  counts: { chapters: number; indicators: number; projects: number };
  diagnostics: Diagnostic[];
}

/** A user as administrators see it (GET /api/users). */
export type UserRow = UserJson;

/** An audit event (GET /api/audit). */
export type AuditEvent = AuditEventJson;

export interface ChainCheck {
  ok: boolean;
  events: number;
  first?: { seq: number; problem: string };
}
