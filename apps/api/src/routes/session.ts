/** Sign in and out. Passwords are argon2id; repeated failures lock the account for a while; sign-in is rate-limited per address. */
import { hash, verify } from '@node-rs/argon2';
import { Type } from 'typebox';
import {
  beginSignInAttempt,
  createSession,
  deleteSession,
  findUserByUsername,
  recordSignInFailure,
} from '@gangmu/storage';
import { ApiError } from '../errors.ts';
import { passwordChangeRoute } from './password.ts';
import { actorOf, SESSION_COOKIE } from '../security.ts';
import { strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';

const SESSION_TTL_MS = 12 * 3600 * 1000;
// Verifying against a real hash when the user does not exist keeps the response time the same either way.
const DUMMY_HASH = hash('gangmu-dummy-password');

export function sessionRoutes(app: App, { db, now, options }: RouteContext): void {
  const policy = { maxFailures: options.lockAfterFailures ?? 5, lockMs: options.lockMs ?? 15 * 60 * 1000 };
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
      const t = now();
      // Known and unknown names take the same steps (count, look up, verify a hash) and get the same answers.
      const attempt = await beginSignInAttempt(db.kysely, username, policy, t);
      if (!attempt.allowed) throw new ApiError('ACCOUNT_LOCKED', undefined, { until: attempt.lockedUntil });
      const user = await findUserByUsername(db.kysely, username);
      const ok = await verify(user?.password_hash ?? (await DUMMY_HASH), password);
      if (!user || !ok) {
        await recordSignInFailure(db.kysely, username, attempt, policy, t, user?.id ?? null);
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
        mustChangePassword: Boolean(user.must_change_password),
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      };
    },
  );
  app.get(
    '/api/session',
    {
      config: { access: 'authenticated', beforePasswordChange: true },
      schema: { tags: ['session'], summary: '当前用户 Who am I' },
    },
    async (req) => {
      const u = req.user!;
      return {
        user: { id: u.id, username: u.username, displayName: u.displayName, role: u.role, unitId: u.unitId },
        mustChangePassword: u.mustChangePassword,
        csrfToken: u.csrfToken,
      };
    },
  );
  app.delete(
    '/api/session',
    {
      config: { access: 'authenticated', beforePasswordChange: true },
      schema: { tags: ['session'], summary: '退出 Sign out' },
    },
    async (req, reply) => {
      await deleteSession(db.kysely, req.cookies[SESSION_COOKIE]!, actorOf(req));
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );
  passwordChangeRoute(app, { db });
}
