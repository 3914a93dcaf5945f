/**
 * @gangmu/contract — the API's JSON, as TypeBox schemas (the API validates and documents its responses with them)
 * and as the TypeScript types of those schemas (the web app imports these, type-only, instead of declaring its
 * own). One file per resource; nothing here does I/O.
 */
export * from './plans.ts';
export * from './evaluation-reports.ts';
export * from './health.ts';
export * from './diagnostics.ts';
export * from './plan-system.ts';
export * from './opinions.ts';
export * from './dashboard.ts';
export * from './warnings.ts';
export * from './notifications.ts';
export * from './tasks.ts';
export * from './reports.ts';
export * from './indicators.ts';
export * from './accounts.ts';
export * from './outline.ts';
export * from './audit.ts';
