export * from './holiday-calendars.ts';
export * from './working-days.ts';
export * from './opinion-lifecycle.ts';
export * from './abuse-rules.ts';
export * from './opinion-warnings.ts';
