/**
 * Serves the built web app (apps/web/dist): the public portal at / and the staff app at /app. Unknown
 * paths outside /api get the page of their side, so deep links work (any other unknown path gets the
 * portal with status 404, which shows a "page not found" page, not JSON); /api 404s stay JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './server.ts';

export const WEB_DIST = resolve(import.meta.dirname, '../../web/dist');

export async function registerWeb(app: App, dist = WEB_DIST): Promise<boolean> {
  if (!existsSync(join(dist, 'index.html'))) return false;
  const portal = readFileSync(join(dist, 'index.html'));
  const staff = existsSync(join(dist, 'app.html')) ? readFileSync(join(dist, 'app.html')) : portal;
  await app.register(fastifyStatic, {
    root: join(dist, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    maxAge: '365d',
    immutable: true,
  });
  const page =
    (html: Buffer) =>
    async (_req: unknown, reply: { header: (k: string, v: string) => { send: (b: Buffer) => unknown } }) =>
      reply.header('content-type', 'text/html; charset=utf-8').send(html);
  for (const url of ['/', '/plans/*', '/indicators/*', '/reports/*', '/track', '/track/*'])
    app.get(url, { config: { access: 'public' }, schema: { hide: true } }, page(portal));
  for (const url of ['/app', '/app/*'])
    app.get(url, { config: { access: 'public' }, schema: { hide: true } }, page(staff));
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) =>
    req.url.startsWith('/api/') || req.url === '/api'
      ? reply.callNotFound()
      : reply.status(404).header('content-type', 'text/html; charset=utf-8').send(portal),
  );
  return true;
}
