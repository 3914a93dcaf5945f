export * from './unit-scope.ts';
export * from './task-state.ts';
