/** Evaluation reports (issue 14, docs/reports.md): draft, edit, regenerate, review, publish, export. */
export * from './gather-report-input.ts';
export * from './draft-evaluation-report.ts';
export * from './read-evaluation-report.ts';
export * from './edit-report-paragraph.ts';
export * from './regenerate-evaluation-report.ts';
export * from './comment-on-evaluation-report.ts';
export * from './submit-evaluation-report.ts';
export * from './return-evaluation-report.ts';
export * from './approve-evaluation-report.ts';
export * from './publish-evaluation-report.ts';
export * from './export-evaluation-report.ts';
export * from './published-reports.ts';
export { REPORT_READERS, REPORT_WRITERS, REPORT_APPROVERS, REPORT_PUBLISHERS } from './report-access.ts';
