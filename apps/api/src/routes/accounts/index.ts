/**
 * Accounts: sign in and out, who am I, changing one's own password (open to a user who must still change the
 * password someone else chose), and units (单位) and users, which only administrators create. Passwords are
 * argon2id (the commands' accounts/passwords.ts); repeated failures lock a name for a while; sign-in is
 * rate-limited per address.
 */
import {
  changePassword,
  createUnit,
  createUser,
  listUnits,
  listUsers,
  signIn,
  signOut,
} from '@gangmu/commands';
import { SessionJson, UnitJson, UnitListJson, UserJson, UserListJson } from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { presentSession, presentSignedIn, presentUnit, presentUser } from '../../presenters/accounts.ts';
import { SESSION_COOKIE } from '../../security.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { NewUnitBody, NewUserBody, PasswordChangeBody, SignInBody } from './schemas.ts';

const SESSION_TTL_MS = 12 * 3600 * 1000;

export function accountRoutes(app: App, ctx: RouteContext): void {
  sessionRoutes(app, ctx);
  adminRoutes(app, ctx);
}

function sessionRoutes(app: App, { db, now, options }: RouteContext): void {
  const policy = { maxFailures: options.lockAfterFailures ?? 5, lockMs: options.lockMs ?? 15 * 60 * 1000 };
  const beforeChange = { access: 'authenticated', beforePasswordChange: true } as const;
  app.post(
    '/api/session',
    {
      config: { access: 'public', rateLimit: { max: options.loginRateLimit ?? 10, timeWindow: 60_000 } },
      schema: {
        tags: ['session'],
        summary: '登录 Sign in',
        body: SignInBody,
        response: { 200: SessionJson },
      },
    },
    async (req, reply) => {
      const options = { ...req.body, policy, sessionTtlMs: SESSION_TTL_MS };
      const signedIn = await signIn(commandContext(req, db, now), options);
      void reply.setCookie(SESSION_COOKIE, signedIn.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https',
        path: '/',
        expires: new Date(signedIn.expiresAt),
      });
      return presentSignedIn(signedIn);
    },
  );
  app.get(
    '/api/session',
    {
      config: beforeChange,
      schema: { tags: ['session'], summary: '当前用户 Who am I', response: { 200: SessionJson } },
    },
    async (req) => presentSession(req.user!),
  );
  app.delete(
    '/api/session',
    { config: beforeChange, schema: { tags: ['session'], summary: '退出 Sign out' } },
    async (req, reply) => {
      await signOut(commandContext(req, db, now), { sessionToken: req.cookies[SESSION_COOKIE]! });
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/session/password',
    {
      config: beforeChange,
      schema: { tags: ['session'], summary: '修改密码 Change my password', body: PasswordChangeBody },
    },
    async (req, reply) => {
      const keepSessionToken = req.cookies[SESSION_COOKIE]!;
      await changePassword(commandContext(req, db, now), { ...req.body, keepSessionToken });
      return reply.status(204).send();
    },
  );
}

function adminRoutes(app: App, { db, now }: RouteContext): void {
  app.get(
    '/api/units',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['admin'], summary: '单位列表 Units', response: { 200: UnitListJson } },
    },
    async (req) => ({ units: (await listUnits(commandContext(req, db, now))).map(presentUnit) }),
  );
  app.post(
    '/api/units',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: '新建单位 Create a unit',
        body: NewUnitBody,
        response: { 201: UnitJson },
      },
    },
    async (req, reply) =>
      reply.status(201).send(presentUnit(await createUnit(commandContext(req, db, now), req.body))),
  );
  app.get(
    '/api/users',
    {
      config: { access: ['admin'] },
      schema: { tags: ['admin'], summary: '用户列表 Users', response: { 200: UserListJson } },
    },
    async (req) => ({ users: (await listUsers(commandContext(req, db, now))).map(presentUser) }),
  );
  app.post(
    '/api/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: '新建用户 Create a user',
        body: NewUserBody,
        response: { 201: UserJson },
      },
    },
    async (req, reply) =>
      reply.status(201).send(presentUser(await createUser(commandContext(req, db, now), req.body))),
  );
}
