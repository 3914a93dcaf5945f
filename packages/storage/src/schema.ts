/**
 * Table row types. One interface serves SQLite and PostgreSQL (STYLE habit 18): ids are text (UUIDs made by
 * the application), times are ISO-8601 text in UTC, JSON is text, so both dialects store and return the same values.
 */
import type { Generated } from 'kysely';
import type { GovernmentLevel, PlanType } from '@gangmu/domain';

export type Role = 'admin' | 'reporter' | 'supervisor' | 'leader' | 'auditor';
export const ROLES: readonly Role[] = ['admin', 'reporter', 'supervisor', 'leader', 'auditor'];
export type NodeKind = 'part' | 'chapter' | 'section' | 'item';

export interface UnitsTable {
  id: string;
  code: string;
  name: string;
  created_at: string;
  version: number;
  /** Since 0006: the government the unit (department) belongs to; null where there is one government only. */
  government_id?: string | null;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  unit_id: string | null;
  /** Unused since 0003: failures are counted in login_throttle. */
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  version: number;
  email?: string | null;
  /** 1 while the password is one someone else chose (the first administrator's): nothing else is allowed. */
  must_change_password?: number;
  /** Since 0006: the government whose plans the user works on; null: not scoped (one government). */
  government_id?: string | null;
}

/** Sign-in failures per user name as typed, known or not. */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  locked_until: string | null;
  updated_at: string;
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
  /** Since 0006: the government the plan belongs to (null: not scoped), its type, and 1 for a made-up fixture. */
  government_id?: string | null;
  plan_type?: PlanType;
  synthetic?: number;
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
  /** Reporting schedule as JSON ({ frequency, dueDay }); null when the indicator is not reported on a schedule. */
  schedule?: string | null;
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
  planned_investment?: number | null;
  completed_investment?: number | null;
  start_date?: string | null;
  end_date?: string | null;
  stage?: string | null;
  progress?: number | null;
  schedule?: string | null;
}

/**
 * A public opinion and its handling (办理). `status` says whether its text is public (approved); the handling
 * state is the lifecycle of @gangmu/domain's opinion-lifecycle.ts. Personal data is never here: see
 * OpinionPrivateTable (`contact` is kept for old databases and always null since migration 0007).
 */
export interface OpinionsTable {
  id: string;
  plan_id: string;
  target_type: 'plan' | 'node' | 'indicator' | 'project';
  target_id: string | null;
  author_name: string | null;
  contact: string | null;
  content: string;
  status: 'pending' | 'approved' | 'rejected';
  created_at: string;
  moderated_by: string | null;
  version: number;
  handling_state: OpinionHandlingState;
  tracking_code: string | null;
  /** 1 when a sensitive word holds it for review (it is kept, not rejected). */
  held: number;
  /** 1 when the visitor agreed that the answering unit sees the contact details. */
  contact_shared: number;
  /** YYYY-MM-DD in Asia/Shanghai: the day the duplicate window and the daily cap count in. */
  posted_on: string | null;
  duplicate_of: string | null;
  /** Why it was declined, shown to the visitor. */
  public_reason: string | null;
  unit_id: string | null;
  assigned_at: string | null;
  /** YYYY-MM-DD, the last working day to answer (inclusive). */
  deadline: string | null;
  answer_draft: string | null;
  answer: string | null;
  /** When the unit submitted the answer that was published (on time when on or before the deadline). */
  answered_at: string | null;
  published_at: string | null;
  reopen_count: number;
  rating: 'satisfied' | 'basically_satisfied' | 'unsatisfied' | null;
  rating_comment: string | null;
  rated_at: string | null;
  task_id: string | null;
}

export type OpinionHandlingState =
  | 'received'
  | 'accepted'
  | 'merged'
  | 'declined'
  | 'assigned'
  | 'answered'
  | 'returned'
  | 'approved'
  | 'published'
  | 'reopened';

/** The personal data of an opinion: read only by the rules of commands' opinion-access (admin, supervisors). */
export interface OpinionPrivateTable {
  opinion_id: string;
  contact: string | null;
  notify_email: string | null;
  /** sha256 of the private link's token (the token itself is shown once, to the visitor). */
  token_hash: string | null;
  /** sha256 of the poster's network address with a server secret, for the daily cap. */
  address_hash: string | null;
  posted_on: string | null;
}

/** One step of an opinion's handling: screening, assignment, answer, review, publication, rating, reopening. */
export interface OpinionRecordsTable {
  id: string;
  opinion_id: string;
  plan_id: string;
  kind: string;
  /** The handling state after this step. */
  state: string;
  actor_id: string | null;
  actor_name: string;
  unit_id: string | null;
  /** The text of the step: an answer, a review comment, a public reason, a rating comment. */
  body: string | null;
  /** JSON: deadline, rating, duplicate_of, task_id… */
  data: string;
  created_at: string;
}

/** A holiday calendar added by an administrator (the shipped years are in @gangmu/domain). */
export interface HolidayCalendarsTable {
  year: number;
  /** JSON array of [from, to] inclusive ranges. */
  off_days: string;
  /** JSON array of YYYY-MM-DD. */
  work_days: string;
  source: string;
  created_by: string | null;
  created_at: string;
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

/** Reporting schedule, stored as JSON: how often a unit reports, and the day of the month after the period when it is due. */
export interface ScheduleJson {
  frequency: 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';
  dueDay: number;
}

export interface MilestoneJson {
  title: string;
  dueDate: string;
  doneAt?: string | null;
}

export interface TasksTable {
  id: string;
  plan_id: string;
  node_id: string | null;
  title: string;
  lead_unit_id: string | null;
  /** JSON array of unit ids (配合单位). */
  co_unit_ids: string;
  /** YYYY-MM-DD */
  deadline: string | null;
  /** JSON array of MilestoneJson. */
  milestones: string;
  expected_result: string | null;
  indicator_ids: string;
  project_ids: string;
  schedule: string | null;
  status: 'open' | 'done';
  progress: number;
  position: number;
  created_at: string;
  version: number;
}

export interface ReportsTable {
  id: string;
  plan_id: string;
  subject_type: 'task' | 'project' | 'indicator';
  subject_id: string;
  unit_id: string | null;
  /** The reporting period: 2024, 2024-H1, 2024-Q2 or 2024-M06. */
  period: string;
  percent: number | null;
  done_text: string;
  problems: string | null;
  next_steps: string | null;
  status: 'submitted' | 'returned' | 'approved';
  revision: number;
  submitted_by: string | null;
  submitted_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_comment: string | null;
  version: number;
}

export interface EvidenceTable {
  id: string;
  report_id: string;
  file_name: string;
  stored_name: string;
  content_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: string;
}

export interface WarningsTable {
  id: string;
  /** What makes a warning the same warning: kind, subject and period. Unique, so a sweep never raises it twice. */
  key: string;
  plan_id: string | null;
  level: 'red' | 'yellow';
  kind: string;
  subject_type: string;
  subject_id: string;
  unit_id: string | null;
  reason: string;
  reason_en: string;
  status: 'open' | 'acknowledged' | 'assigned' | 'resolved';
  assigned_to: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface WebhooksTable {
  id: string;
  url: string;
  secret: string;
  preset: 'json' | 'wecom' | 'dingtalk';
  events: string;
  active: number;
  created_at: string;
  version: number;
}

export interface OutboxTable {
  id: string;
  /** One notice, one key: inserting a key twice is a no-op, across restarts and app servers. */
  key: string;
  channel: 'inbox' | 'email' | 'webhook';
  recipient: string;
  event: string;
  subject: string;
  body: string;
  data: string;
  status: 'pending' | 'sending' | 'sent' | 'dead';
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  read_at: string | null;
}

/** A report's working copy (draft → submitted → approved); `content` is the report model as JSON (@gangmu/reports). */
export interface EvaluationReportsTable {
  id: string;
  plan_id: string;
  kind: 'annual' | 'midterm' | 'final';
  year: number;
  status: 'draft' | 'submitted' | 'approved';
  content: string;
  /** Number of the latest frozen (approved) version; 0 before the first approval. */
  frozen_version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A frozen version: written once at approval, never changed except for its publication time. */
export interface EvaluationReportVersionsTable {
  id: string;
  report_id: string;
  plan_id: string;
  number: number;
  content: string;
  approved_by: string | null;
  approved_at: string;
  published_at: string | null;
}

export interface EvaluationReportCommentsTable {
  id: string;
  report_id: string;
  /** The paragraph or table commented on; null for the report as a whole. */
  block_id: string | null;
  author_id: string | null;
  author_name: string;
  body: string;
  created_at: string;
}

/** A government of the administrative hierarchy (国家 › 省 › 市 › 县/区 › 乡镇/街道), by its division code. */
export interface GovernmentsTable {
  id: string;
  code: string;
  name: string;
  level: GovernmentLevel;
  parent_id: string | null;
  created_at: string;
  version: number;
}

/** plan_id implements parent_plan_id (a district outline the city's; a special plan its outline). */
export interface PlanRelationsTable {
  id: string;
  plan_id: string;
  parent_plan_id: string;
  created_by: string | null;
  created_at: string;
}

export type LinkStatus = 'suggested' | 'confirmed' | 'rejected';

/** A lower plan's indicator implementing an upper plan's: suggested with a score, confirmed or rejected by a person. */
export interface IndicatorLinksTable {
  id: string;
  plan_id: string;
  indicator_id: string;
  upper_plan_id: string;
  upper_indicator_id: string;
  status: LinkStatus;
  score: number;
  /** The score's parts as JSON ({ name, unit, attribute }). */
  score_parts: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
  version: number;
}

/** A lower plan's item (outline node) implementing an upper plan's item. */
export interface ItemLinksTable {
  id: string;
  plan_id: string;
  node_id: string;
  upper_plan_id: string;
  upper_node_id: string;
  status: LinkStatus;
  decided_by: string | null;
  created_at: string;
  version: number;
}

/** 分解下达: an upper indicator's quota (target as JSON) or an upper item assigned to a lower government, by a document. */
export interface AssignmentsTable {
  id: string;
  upper_plan_id: string;
  upper_indicator_id: string | null;
  upper_node_id: string | null;
  government_id: string;
  target: string | null;
  document_no: string;
  document_date: string | null;
  created_by: string | null;
  created_at: string;
  version: number;
}

/** 规划调整: a proposed target, approved by a named body with its document, in force from the effective year. */
export interface TargetRevisionsTable {
  id: string;
  plan_id: string;
  indicator_id: string;
  status: 'proposed' | 'approved' | 'rejected';
  /** The new target as JSON ({ lo?, hi?, value? }). */
  target: string;
  reason: string;
  effective_year: number;
  proposed_by: string | null;
  proposed_at: string;
  approving_body: string | null;
  document_no: string | null;
  document_date: string | null;
  decided_by: string | null;
  decided_at: string | null;
  version: number;
}

export interface Database {
  governments: GovernmentsTable;
  plan_relations: PlanRelationsTable;
  indicator_links: IndicatorLinksTable;
  item_links: ItemLinksTable;
  assignments: AssignmentsTable;
  target_revisions: TargetRevisionsTable;
  units: UnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  outline_nodes: OutlineNodesTable;
  indicators: IndicatorsTable;
  observations: ObservationsTable;
  projects: ProjectsTable;
  opinions: OpinionsTable;
  opinion_private: OpinionPrivateTable;
  opinion_records: OpinionRecordsTable;
  holiday_calendars: HolidayCalendarsTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  tasks: TasksTable;
  reports: ReportsTable;
  evidence: EvidenceTable;
  warnings: WarningsTable;
  webhooks: WebhooksTable;
  outbox: OutboxTable;
  evaluation_reports: EvaluationReportsTable;
  evaluation_report_versions: EvaluationReportVersionsTable;
  evaluation_report_comments: EvaluationReportCommentsTable;
}

/** Row types as read. */
export type Generatedless<T> = { [K in keyof T]: T[K] extends Generated<infer U> ? U : T[K] };
