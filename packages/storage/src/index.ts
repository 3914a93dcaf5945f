/** @gangmu/storage — persistence on SQLite or PostgreSQL through Kysely; every write audited. */
export * from './schema.ts';
export { rowsPerStatement, MAX_PARAMETERS_PER_STATEMENT } from './batch.ts';
export * from './database.ts';
export * from './availability.ts';
export { migrateToLatest, MIGRATIONS } from './migrations.ts';
export * from './audit.ts';
export {
  StorageError,
  newId,
  nowIso,
  write,
  WRITE_ATTEMPTS,
  updateVersioned,
  type StorageErrorCode,
  type WriteContext,
} from './write.ts';
export * from './users.ts';
export * from './login-throttle.ts';
export * from './plans.ts';
export * from './plan-tree.ts';
export * from './nodes.ts';
export * from './indicators.ts';
export { planYearlyObservationsAsOf } from './yearly-observations.ts';
export * from './opinions.ts';
export { backupDatabase, restoreDatabase, BACKUP_FORMAT } from './backup.ts';
export * from './tasks.ts';
export * from './projects.ts';
export * from './supervision-reads.ts';
export * from './reports.ts';
export * from './warnings.ts';
export * from './outbox.ts';
export * from './webhooks.ts';
export * from './evaluation-reports.ts';
export * from './governments.ts';
export * from './plan-links.ts';
export * from './revisions.ts';
export { DEFAULT_GOVERNMENT } from './migration-0006-plan-system.ts';
export * from './portfolio.ts';
