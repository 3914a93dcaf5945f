/** The evaluation report as the API sends it (docs/reports.md): the web app imports no server package. */
export interface SourcedValue {
  value: number;
  year: number;
  unit: string | null;
  approval: 'approved' | 'recorded' | 'computed';
}

export type TableRow =
  { kind: 'group'; text: string } | { kind: 'data'; cells: { text: string; source?: SourcedValue }[] };

export type ReportBlock =
  | { type: 'heading'; id: string; level: 2 | 3; text: string }
  | { type: 'paragraph'; id: string; text: string; sources: SourcedValue[]; edited?: boolean }
  | { type: 'table'; id: string; title: string; columns: string[]; widths: number[]; rows: TableRow[] };

export interface ReportContent {
  kind: 'annual' | 'midterm' | 'final';
  year: number;
  title: string;
  issuer: string | null;
  date: string;
  preamble: string;
  sections: { id: string; heading: string; blocks: ReportBlock[] }[];
}

export interface ReportHead {
  id: string;
  planId: string;
  kind: ReportContent['kind'];
  year: number;
  status: 'draft' | 'submitted' | 'approved';
  frozenVersion: number;
  updatedAt: string;
  version: number;
}

export interface ReportDetail extends ReportHead {
  content: ReportContent;
  comments: { id: string; blockId: string | null; author: string; body: string; createdAt: string }[];
  versions: { id: string; number: number; approvedAt: string; publishedAt: string | null }[];
}

export const KIND_LABELS: Record<ReportContent['kind'], [string, string]> = {
  annual: ['年度监测报告', 'Annual monitoring report'],
  midterm: ['中期评估报告', 'Mid-term evaluation'],
  final: ['总结评估报告', 'Final evaluation'],
};
