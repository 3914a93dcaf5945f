/**
 * @gangmu/commands — the use-cases, one per file, shared by the API, the CLI, the first run and the tests.
 * Each takes (context, options), runs its writes in one audited transaction (storage's `write`), and returns a
 * typed result or throws a CommandError. Rules come from @gangmu/domain; rows from @gangmu/storage.
 */
export * from './context.ts';
export * from './command-error.ts';
export * from './check-readiness.ts';
export * from './evaluation-reports/index.ts';
export * from './import-plan.ts';
export * from './plan-system/index.ts';
export {
  IMPORT_WORKER_LIMITS,
  importTimeLimitMs,
  type ImportWorkerLimits,
} from './import-worker/read-in-worker.ts';
export * from './participation/index.ts';
export * from './plans/index.ts';
export * from './indicators/index.ts';
export * from './accounts/index.ts';
export * from './outline/index.ts';
export * from './audit/index.ts';
export * from './calendar.ts';
export * from './outline-places.ts';
export * from './build-dashboard.ts';
export * from './list-warnings.ts';
export * from './handle-warning.ts';
export * from './urge-warning.ts';
export * from './list-inbox.ts';
export * from './mark-message-read.ts';
export * from './list-webhooks.ts';
export * from './create-webhook.ts';
export * from './list-outbox.ts';
export * from './audit-anchor.ts';
export * from './tasks/index.ts';
export * from './reports/index.ts';
export * from './sweep/index.ts';
