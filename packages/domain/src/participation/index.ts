export * from './holiday-calendars.ts';
export * from './working-days.ts';
