/** @gangmu/api — the HTTP API (Fastify). */
export { createServer, type App, type ServerOptions } from './server.ts';
export { startServer } from './start.ts';
export { loadConfig, ConfigError } from './config.ts';
export { bootstrap, generatePassword, EXAMPLE_PLAN } from './bootstrap.ts';
export { LIMITS, isPlainText } from './schemas.ts';
export type { RegisteredRoute, Access } from './security.ts';
export { WEB_DIST } from './web.ts';
// The supervision jobs, for the benchmarks and the screenshot script (they move to commands with issue 9).
export { Scheduler } from './supervision/scheduler.ts';
export { sweep } from './supervision/sweep.ts';
