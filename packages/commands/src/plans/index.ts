/** Plans: list, read (working copy, published versions, past moments), versions, source, publish. */
export * from './list-plans.ts';
export * from './read-plan.ts';
export * from './list-versions.ts';
export * from './read-source.ts';
export * from './publish-plan.ts';
