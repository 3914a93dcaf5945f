/**
 * What a report is drafted from: plain data gathered by the caller (storage + evaluation), so drafting stays
 * pure — no database, no clock (`draftedOn` is passed in).
 */
import type { Attribute, Status } from '@gangmu/domain';

export type ReportKind = 'annual' | 'midterm' | 'final';
export const REPORT_KINDS: readonly ReportKind[] = ['annual', 'midterm', 'final'];

/**
 * Where a figure comes from, so an auditor can trace it: recorded = entered, not yet approved; approved = checked
 * by the plan office; computed = derived by the evaluation engine from such values.
 */
export type Approval = 'approved' | 'recorded' | 'computed';

/** One figure with its source. */
export interface SourcedValue {
  readonly value: number;
  readonly year: number;
  readonly unit: string | null;
  readonly approval: Approval;
  /** The indicator (or task, project) the figure belongs to. */
  readonly sourceId: string;
  /** 'Y' for a level, 'pct' for a published growth/reduction rate. */
  readonly measure: 'level' | 'pct';
}

export interface ReportIndicator {
  readonly id: string;
  readonly category: string | null;
  readonly name: string;
  readonly unit: string | null;
  readonly attribute: Attribute;
  /** The engine's target kind (growth_rate, level_min, …). */
  readonly kind: string;
  /** The printed target (目标值) as in the plan. */
  readonly targetText: string | null;
  readonly base: SourcedValue | null;
  /** The latest level and the latest published rate, when there are. */
  readonly latest: SourcedValue | null;
  readonly latestPct: SourcedValue | null;
  readonly status: Status | 'INVALID';
  /** Engine flags (SPEC §2.1, §2.7); kept as strings so flags added to the engine flow through. */
  readonly flags: readonly string[];
  readonly timeShare: number | null;
  readonly taskShare: number | null;
  readonly paceRatio: number | null;
  /** growth_rate: the average annual growth so far (ā of SPEC §2.4 A), when computed. */
  readonly averageGrowthPct: number | null;
  /** The engine's reason, one sentence in Chinese. */
  readonly reason: string;
}

/** The counts object of SPEC §2.7 R3 (names normative), with the summary sentence. */
export type ReportSummary =
  | {
      readonly form: 'midterm';
      readonly total: number;
      readonly achieved: number;
      readonly ahead: number;
      readonly onTrack: number;
      readonly behind: number;
      readonly behindBinding: number;
      readonly notAssessable: number;
      readonly sentence: string;
    }
  | {
      readonly form: 'final';
      readonly total: number;
      readonly achieved: number;
      readonly nearlyAchieved: number;
      readonly notAchieved: number;
      readonly pending: number;
      readonly pendingLikely: number;
      readonly pendingUnlikely: number;
      readonly notAssessable: number;
      readonly sentence: string;
    };

export interface ReportTask {
  readonly id: string;
  readonly title: string;
  /** The chapter (第N章) the task belongs to, for grouping; null when it hangs on no chapter. */
  readonly chapterNo: number | null;
  readonly leadUnit: string | null;
  /** YYYY-MM-DD */
  readonly deadline: string | null;
  readonly status: 'open' | 'done';
  readonly progress: number;
  readonly latestReport: {
    readonly unit: string | null;
    readonly period: string;
    readonly percent: number | null;
    readonly text: string;
    readonly approval: 'approved' | 'submitted';
  } | null;
}

export interface ReportProject {
  readonly id: string;
  readonly boxTitle: string;
  readonly name: string;
  readonly chapterNo: number | null;
  readonly stage: string | null;
  readonly plannedInvestment: number | null;
  readonly completedInvestment: number | null;
  readonly unit: string | null;
}

export interface ReportWarning {
  readonly id: string;
  readonly level: 'red' | 'yellow';
  readonly kind: string;
  readonly reason: string;
}

export interface ReportInput {
  readonly kind: ReportKind;
  /** The evaluation year (data up to and including it). */
  readonly year: number;
  /** YYYY-MM-DD: the day the draft is made (the document's date line, and "overdue" for tasks). */
  readonly draftedOn: string;
  readonly plan: {
    readonly id: string;
    readonly title: string;
    readonly issuer: string | null;
    readonly periodStart: number;
    readonly periodEnd: number;
    readonly chapters: readonly { readonly no: number; readonly title: string }[];
  };
  readonly summary: ReportSummary;
  readonly indicators: readonly ReportIndicator[];
  readonly tasks: readonly ReportTask[];
  readonly projects: readonly ReportProject[];
  readonly warnings: readonly ReportWarning[];
}
