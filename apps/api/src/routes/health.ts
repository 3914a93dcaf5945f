/** Liveness, readiness (the database answers) and the OpenAPI document generated from the route schemas. */
import { sql } from 'kysely';
import type { App } from '../server.ts';
import { RETRY_AFTER_S } from '../errors.ts';
import type { RouteContext } from './context.ts';

export function healthRoutes(app: App, { db }: RouteContext): void {
  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async () => ({
    status: 'ok',
  }));
  // A load balancer takes the server out of rotation on 503 and back when the database answers again.
  app.get('/readyz', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    const started = performance.now();
    try {
      await sql`select 1`.execute(db.kysely);
      return { status: 'ready', database: db.driver, latencyMs: Math.round(performance.now() - started) };
    } catch {
      return reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_S))
        .send({ status: 'unavailable', database: db.driver });
    }
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
