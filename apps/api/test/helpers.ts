/**
 * A real server on a real database (SQLite, or PostgreSQL when DATABASE_URL is set), driven in-process with
 * app.inject: the example plan is loaded, and there is one user of every role, two reporters in two units.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUnit, createUser, getPlan, updateIndicator, SYSTEM_ACTOR, type Role } from '@gangmu/storage';
import { bootstrap, createServer, type App, type ServerOptions } from '../src/index.ts';
import { freshDatabase, type TestDb } from '@gangmu/storage/testing';
import { hashPassword } from '@gangmu/commands';

export { DRIVERS, PG_URL } from '@gangmu/storage/testing';

export interface Session {
  readonly cookie: string;
  readonly csrf: string;
  readonly userId: string;
}

export interface Fixture {
  readonly app: App & { routeTable: { method: string; url: string; access: unknown }[] };
  readonly t: TestDb;
  readonly planId: string;
  readonly unitA: string;
  readonly unitB: string;
  /** The first indicator belongs to unit A, the second to unit B. */
  readonly indicatorA: string;
  readonly indicatorB: string;
  readonly sessions: Record<Role | 'reporterB', Session>;
  login(username: string, password?: string): Promise<Session>;
  close(): Promise<void>;
}

export const PASSWORD = 'correct horse battery';

export async function startFixture(
  driver: 'sqlite' | 'postgres',
  options: Partial<ServerOptions> = {},
): Promise<Fixture> {
  const t = await freshDatabase(driver);
  const boot = await bootstrap(t.db, { loadExample: true });
  const planId = boot.examplePlanId!;
  const a = await createUnit(t.db.kysely, SYSTEM_ACTOR, { code: 'JTJ', name: '教体局' });
  const b = await createUnit(t.db.kysely, SYSTEM_ACTOR, { code: 'WJW', name: '卫健委' });
  const passwordHash = await hashPassword(PASSWORD);
  const users: [string, Role, string | null][] = [
    ['admin2', 'admin', null],
    ['reporter', 'reporter', a.id],
    ['reporterB', 'reporter', b.id],
    ['supervisor', 'supervisor', null],
    ['leader', 'leader', null],
    ['auditor', 'auditor', null],
  ];
  for (const [username, role, unitId] of users)
    await createUser(t.db.kysely, SYSTEM_ACTOR, {
      username,
      displayName: username,
      passwordHash,
      role,
      unitId,
    });
  const plan = await getPlan(t.db.kysely, planId);
  const [i1, i2] = plan.indicators;
  await updateIndicator(t.db.kysely, SYSTEM_ACTOR, i1!.id, i1!.version, { unitId: a.id });
  await updateIndicator(t.db.kysely, SYSTEM_ACTOR, i2!.id, i2!.version, { unitId: b.id });
  const app = (await createServer({
    db: t.db,
    now: () => new Date('2024-06-30T08:00:00Z'),
    loginRateLimit: 10_000,
    dataDir: mkdtempSync(join(tmpdir(), 'gangmu-data-')),
    web: false,
    ...options,
  })) as Fixture['app'];
  const login = async (username: string, password = PASSWORD): Promise<Session> => {
    const res = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    return { cookie, csrf: res.json().csrfToken, userId: res.json().user.id };
  };
  const sessions = {
    admin: await login('admin2'),
    reporter: await login('reporter'),
    reporterB: await login('reporterB'),
    supervisor: await login('supervisor'),
    leader: await login('leader'),
    auditor: await login('auditor'),
  };
  return {
    app,
    t,
    planId,
    unitA: a.id,
    unitB: b.id,
    indicatorA: i1!.id,
    indicatorB: i2!.id,
    sessions,
    login,
    close: async () => {
      await app.close();
      await t.drop();
    },
  };
}

/** Headers for a write as a signed-in user: cookie, CSRF token and, when given, If-Match. */
export const as = (s: Session | null, version?: number): Record<string, string> => ({
  ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}),
  ...(version !== undefined ? { 'if-match': `"${version}"` } : {}),
});
