/** @gangmu/api — the HTTP API (Fastify). */
export { createServer, type App, type ServerOptions } from './server.ts';
export { startServer } from './start.ts';
export { loadConfig, ConfigError } from './config.ts';
export { bootstrap, EXAMPLE_PLAN } from './bootstrap.ts';
export { LIMITS, isPlainText } from './schemas.ts';
export type { RegisteredRoute, Access } from './security.ts';
export { WEB_DIST } from './web.ts';
// The scheduler (a timer over the commands run-sweep, queue-notices and deliver-notices), for the screenshot script.
export { Scheduler } from './supervision/scheduler.ts';
