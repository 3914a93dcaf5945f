/** @gangmu/domain — the plan model and the evaluation engine. Pure: no I/O, no clock, no environment. */
export * from './plan/plan-draft.ts';
export * from './indicator/attribute.ts';
export * from './indicator/target-spec.ts';
export * from './indicator/to-indicator-def.ts';
export * from './diagnostics/diagnostic.ts';
export * from './evaluation/index.ts';
export * from './supervision/index.ts';
export * from './account/password-policy.ts';
export * from './spreadsheet/spreadsheet-text.ts';
export * from './plan-system/index.ts';
export * from './participation/index.ts';
export * from './policies/index.ts';
