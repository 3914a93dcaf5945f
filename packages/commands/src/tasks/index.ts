/** The task use-cases (逐项分解): generate, list, read, assign or edit, the Excel template both ways, projects. */
export * from './generate-tasks.ts';
export * from './list-tasks.ts';
export * from './read-task.ts';
export * from './update-task.ts';
export * from './update-project.ts';
export * from './export-task-sheet.ts';
export * from './import-task-sheet.ts';
export { COLUMNS as TASK_SHEET_COLUMNS, MAX_ROWS as TASK_SHEET_MAX_ROWS } from './task-sheet.ts';
