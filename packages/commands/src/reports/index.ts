/** The report use-cases (报送与审核): submit, list, read with history, review, add and read evidence. */
export * from './submit-report.ts';
export * from './list-reports.ts';
export * from './read-report.ts';
export * from './review-report.ts';
export * from './add-evidence.ts';
export * from './read-evidence.ts';
export { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES } from './evidence-files.ts';
