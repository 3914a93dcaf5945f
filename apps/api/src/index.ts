/** @gangmu/api — the HTTP API (Fastify). */
export { createServer, type App, type ServerOptions } from './server.ts';
export { startServer } from './start.ts';
export { loadConfig, ConfigError } from './config.ts';
export { bootstrap, EXAMPLE_PLAN } from './bootstrap.ts';
export { LIMITS, isSafeText } from './schemas.ts';
export type { RegisteredRoute, Access } from './security.ts';
