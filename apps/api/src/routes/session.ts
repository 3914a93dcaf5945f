/** Sign in and out. Passwords are argon2id; repeated failures lock the account for a while; sign-in is rate-limited per address. */
import { hash, verify } from '@node-rs/argon2';
import { Type } from 'typebox';
import { createSession, deleteSession, findUserByUsername, recordLoginFailure } from '@gangmu/storage';
import { ApiError } from '../errors.ts';
import { actorOf, SESSION_COOKIE } from '../security.ts';
import { strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';

const SESSION_TTL_MS = 12 * 3600 * 1000;
// Verifying against a real hash when the user does not exist keeps the response time the same either way.
const DUMMY_HASH = hash('gangmu-dummy-password');

export function sessionRoutes(app: App, { db, now, options }: RouteContext): void {
  const maxFailures = options.lockAfterFailures ?? 5;
  const lockMs = options.lockMs ?? 15 * 60 * 1000;
  app.post(
    '/api/session',
    {
      config: { access: 'public', rateLimit: { max: options.loginRateLimit ?? 10, timeWindow: 60_000 } },
      schema: {
        tags: ['session'],
        summary: '登录 Sign in',
        body: strict({
          username: Type.String({ minLength: 1, maxLength: 64 }),
          password: Type.String({ minLength: 1, maxLength: 256 }),
        }),
      },
    },
    async (req, reply) => {
      const { username, password } = req.body as { username: string; password: string };
      const user = await findUserByUsername(db.kysely, username);
      const t = now();
      if (user?.locked_until && user.locked_until > t.toISOString())
        throw new ApiError('ACCOUNT_LOCKED', undefined, { until: user.locked_until });
      const ok = await verify(user?.password_hash ?? (await DUMMY_HASH), password);
      if (!user || !ok) {
        if (user) await recordLoginFailure(db.kysely, user, maxFailures, lockMs, t);
        throw new ApiError('INVALID_CREDENTIALS');
      }
      const session = await createSession(db.kysely, user, SESSION_TTL_MS, t);
      void reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https',
        path: '/',
        expires: new Date(session.expiresAt),
      });
      return {
        user: {
          id: user.id,
          username: user.username,
          displayName: user.display_name,
          role: user.role,
          unitId: user.unit_id,
        },
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      };
    },
  );
  app.get(
    '/api/session',
    { config: { access: 'authenticated' }, schema: { tags: ['session'], summary: '当前用户 Who am I' } },
    async (req) => {
      const u = req.user!;
      return {
        user: { id: u.id, username: u.username, displayName: u.displayName, role: u.role, unitId: u.unitId },
        csrfToken: u.csrfToken,
      };
    },
  );
  app.delete(
    '/api/session',
    { config: { access: 'authenticated' }, schema: { tags: ['session'], summary: '退出 Sign out' } },
    async (req, reply) => {
      await deleteSession(db.kysely, req.cookies[SESSION_COOKIE]!, actorOf(req));
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );
}
