/**
 * Table row types. One interface serves SQLite and PostgreSQL (STYLE habit 18): ids are text (UUIDs made by
 * the application), times are ISO-8601 text in UTC, JSON is text, so both dialects store and return the same values.
 */
import type { Generated } from 'kysely';

export type Role = 'admin' | 'reporter' | 'supervisor' | 'leader' | 'auditor';
export const ROLES: readonly Role[] = ['admin', 'reporter', 'supervisor', 'leader', 'auditor'];
export type NodeKind = 'part' | 'chapter' | 'section' | 'item';

export interface UnitsTable {
  id: string;
  code: string;
  name: string;
  created_at: string;
  version: number;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  unit_id: string | null;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  version: number;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a leaked table does not give working sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface PlansTable {
  id: string;
  title: string;
  issuer: string | null;
  period_start: number | null;
  period_end: number | null;
  vision_year: number | null;
  base_year: number | null;
  status: 'draft' | 'published';
  /** Number of the latest published version; 0 before the first publication. */
  published_version: number;
  source_format: string | null;
  source_text: string | null;
  diagnostics: string;
  created_at: string;
  updated_at: string;
  version: number;
  /** Bumped by every write to the plan's data (nodes, indicators, observations…): the key of read caches. */
  data_stamp: number;
}

export interface PlanVersionsTable {
  id: string;
  plan_id: string;
  number: number;
  snapshot: string;
  published_at: string;
  published_by: string | null;
}

export interface OutlineNodesTable {
  id: string;
  plan_id: string;
  parent_id: string | null;
  kind: NodeKind;
  no: number;
  title: string;
  body: string;
  position: number;
  version: number;
}

export interface IndicatorsTable {
  id: string;
  plan_id: string;
  position: number;
  category: string | null;
  name: string;
  unit: string | null;
  attribute: 'expected' | 'binding';
  kind: string;
  previous_period: string | null;
  target_text: string | null;
  /** The engine's IndicatorDef without its id, as JSON. */
  definition: string;
  unit_id: string | null;
  version: number;
}

export interface ObservationsTable {
  id: string;
  indicator_id: string;
  plan_id: string;
  year: number;
  /** 'Y' for a yearly value, 'Q1'…'Q4', 'M01'…'M12' for quarterly or monthly ones. */
  period: string;
  value: number | null;
  pct: number | null;
  note: string | null;
  entered_by: string | null;
  entered_at: string;
  version: number;
}

export interface ProjectsTable {
  id: string;
  plan_id: string;
  box_no: number;
  box_title: string;
  no: number;
  name: string;
  description: string;
  chapter_no: number | null;
  section_no: number | null;
  unit_id: string | null;
  version: number;
}

export interface OpinionsTable {
  id: string;
  plan_id: string;
  target_type: 'plan' | 'node' | 'indicator';
  target_id: string | null;
  author_name: string | null;
  contact: string | null;
  content: string;
  status: 'pending' | 'approved' | 'rejected';
  created_at: string;
  moderated_by: string | null;
  version: number;
}

export interface AuditEventsTable {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string;
  plan_id: string | null;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface Database {
  units: UnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  outline_nodes: OutlineNodesTable;
  indicators: IndicatorsTable;
  observations: ObservationsTable;
  projects: ProjectsTable;
  opinions: OpinionsTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
}

/** Row types as read. */
export type Generatedless<T> = { [K in keyof T]: T[K] extends Generated<infer U> ? U : T[K] };
