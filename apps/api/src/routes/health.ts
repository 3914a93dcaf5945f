/** Liveness, readiness (the database answers) and the OpenAPI document generated from the route schemas. */
import { sql } from 'kysely';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';

export function healthRoutes(app: App, { db }: RouteContext): void {
  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async () => ({
    status: 'ok',
  }));
  app.get('/readyz', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await sql`select 1`.execute(db.kysely);
      return { status: 'ready', database: db.driver };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: db.driver });
    }
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
