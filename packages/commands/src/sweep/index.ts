/** The supervision sweep (预警扫描) and its notices: run-sweep, queue-notices, deliver-notices. */
export * from './run-sweep.ts';
export * from './queue-notices.ts';
export * from './deliver-notices.ts';
