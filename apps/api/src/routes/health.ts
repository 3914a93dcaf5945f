/** Liveness, readiness (the database answers) and the OpenAPI document generated from the route schemas. */
import { checkReadiness } from '@gangmu/commands';
import { LivenessJson, NotReadyJson, OpenApiDocumentJson, ReadyJson } from '@gangmu/contract';
import type { App } from '../server.ts';
import { RETRY_AFTER_S } from '../errors.ts';
import type { RouteContext } from './context.ts';

export function healthRoutes(app: App, { db }: RouteContext): void {
  app.get(
    '/healthz',
    { config: { access: 'public' }, schema: { hide: true, response: { 200: LivenessJson } } },
    async () => ({ status: 'ok' as const }),
  );
  // A load balancer takes the server out of rotation on 503 and back when the database answers again.
  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: { hide: true, response: { 200: ReadyJson, 503: NotReadyJson } },
    },
    async (_req, reply) => {
      const { ready, database, latencyMs } = await checkReadiness({ db });
      if (ready && latencyMs !== null) return { status: 'ready' as const, database, latencyMs };
      return reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_S))
        .send({ status: 'unavailable', database });
    },
  );
  app.get(
    '/api/openapi.json',
    { config: { access: 'public' }, schema: { hide: true, response: { 200: OpenApiDocumentJson } } },
    async () => app.swagger(),
  );
}
