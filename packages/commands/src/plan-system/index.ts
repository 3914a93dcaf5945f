/** The plan system's use-cases (issue 15). */
export * from './access.ts';
export * from './setup.ts';
export * from './suggest-links.ts';
export * from './decide-link.ts';
export * from './record-quota.ts';
export * from './revisions.ts';
export * from './consistency-report.ts';
export * from './portfolio.ts';
export type { EvaluatedCell } from './evaluate-row.ts';
