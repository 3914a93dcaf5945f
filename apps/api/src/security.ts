/**
 * Who is asking, and may they? Sessions come from an HttpOnly cookie whose token is looked up by hash;
 * every route declares its access in `config.access` (a route without one cannot be registered); writes
 * made with a session cookie must carry the session's CSRF token in X-CSRF-Token.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findSession, type Db, type Role } from '@gangmu/storage';
import { ApiError, langOf, type Lang } from './errors.ts';

export type Access = 'public' | 'authenticated' | readonly Role[];

export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitId: string | null;
  readonly csrfToken: string;
  readonly mustChangePassword: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Open to a user who must still change the password someone else chose (sign-in, sign-out, the change). */
    beforePasswordChange?: boolean;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    lang: Lang;
  }
}

export const SESSION_COOKIE = 'gangmu_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  readonly access: Access;
}

/** The actor recorded in the audit trail for a request. */
export const actorOf = (req: FastifyRequest) =>
  req.user ? { id: req.user.id, name: req.user.username } : { id: null, name: 'public' };

export function isAllowed(access: Access, user: SessionUser | null): boolean {
  if (access === 'public') return true;
  if (!user) return false;
  return access === 'authenticated' || access.includes(user.role);
}

export function registerSecurity(
  app: FastifyInstance,
  db: Db,
  routes: RegisteredRoute[],
  now: () => Date,
): void {
  app.decorateRequest('user', null);
  app.decorateRequest('lang', 'zh');
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    // The built web app's files are public, like the pages that load them.
    if (route.url.startsWith('/assets/')) route.config = { ...(route.config as object), access: 'public' };
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (methods.every((m) => m === 'HEAD')) return;
    if (!access)
      throw new Error(`route ${methods.join(',')} ${route.url} has no access rule (config.access)`);
    for (const method of methods) if (method !== 'HEAD') routes.push({ method, url: route.url, access });
  });
  app.addHook('onRequest', async (req, reply) => {
    req.lang = langOf(req.headers['accept-language']);
    reply.header('x-request-id', req.id);
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const s = await findSession(db.kysely, token, now());
      if (s)
        req.user = {
          id: s.id,
          username: s.username,
          displayName: s.display_name,
          role: s.role,
          unitId: s.unit_id,
          csrfToken: s.csrf_token,
          mustChangePassword: Boolean(s.must_change_password),
        };
    }
    const access = req.routeOptions.config.access;
    if (!access) return; // 404s and the like: no route, nothing to protect
    if (!isAllowed(access, req.user)) throw new ApiError(req.user ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    if (req.user && UNSAFE.has(req.method) && req.headers['x-csrf-token'] !== req.user.csrfToken)
      throw new ApiError('CSRF_FAILED');
    if (req.user?.mustChangePassword && access !== 'public' && !req.routeOptions.config.beforePasswordChange)
      throw new ApiError('PASSWORD_CHANGE_REQUIRED');
  });
}

/** If-Match carries the version the client read; writes without it are refused (no blind overwrites). */
export function expectedVersion(req: FastifyRequest): number {
  const raw = req.headers['if-match'];
  if (raw === undefined) throw new ApiError('PRECONDITION_REQUIRED');
  const m = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(String(raw));
  if (!m) throw new ApiError('VALIDATION_FAILED', 'If-Match must be a version number, e.g. If-Match: "3"');
  return Number(m[1]);
}

export const STAFF: readonly Role[] = ['admin', 'supervisor', 'leader', 'auditor'];
export const ALL_ROLES: readonly Role[] = ['admin', 'reporter', 'supervisor', 'leader', 'auditor'];
