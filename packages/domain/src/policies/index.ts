export * from './unit-scope.ts';
export * from './task-state.ts';
/** Rules shared by the API, the commands, the sweep and the CLI: pure, tested once. */
export * from './evaluation-year.ts';
export * from './plan-visibility.ts';
