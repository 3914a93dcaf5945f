export * from './schedule.ts';
export * from './warning-rules.ts';
