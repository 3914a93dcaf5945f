/**
 * A report with its history (every audited step) and its evidence. A task's co-unit reading the lead unit's
 * report gets it without the review's comment and reviewer, which are addressed to the lead — in the history too.
 */
import { listEvidence, reportHistory, type EvidenceTable, type ReportsTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { loadReport } from './report-subject.ts';

/** A report as its reader may see it: the review's comment and reviewer only for the unit it is addressed to. */
export type ReportState = Omit<ReportsTable, 'review_comment' | 'reviewed_by'> &
  Partial<Pick<ReportsTable, 'review_comment' | 'reviewed_by'>>;

export interface ReportStep {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly state: ReportState | null;
}

export interface ReportDetail {
  readonly report: ReportState;
  readonly history: ReportStep[];
  readonly evidence: EvidenceTable[];
}

export interface ReadReportOptions {
  readonly reportId: string;
}

const withoutReview = (state: ReportsTable): ReportState => {
  const { review_comment: _comment, reviewed_by: _reviewer, ...rest } = state;
  return rest;
};

export async function readReport(ctx: CommandContext, o: ReadReportOptions): Promise<ReportDetail> {
  const { report, access } = await loadReport(ctx, o.reportId, 'read');
  const k = ctx.db.kysely;
  const [history, evidence] = await Promise.all([reportHistory(k, report.id), listEvidence(k, report.id)]);
  const shown = (s: ReportsTable): ReportState => (access === 'read' ? withoutReview(s) : s);
  return {
    report: shown(report),
    history: history.map((h) => ({ ...h, state: h.state ? shown(h.state as ReportsTable) : null })),
    evidence,
  };
}
