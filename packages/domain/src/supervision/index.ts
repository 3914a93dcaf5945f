export * from './schedule.ts';
export * from './warning-rules.ts';
export { daysBetween, isDate } from './calendar.ts';
