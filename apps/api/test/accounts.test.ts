/**
 * Accounts under attack: parallel guesses share one atomic failure count, unknown names lock like known ones
 * (same answers), every password set through the API meets the policy, and the first administrator's
 * one-time password opens nothing but the screen that changes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, createServer, type App } from '../src/index.ts';
import { freshDatabase, type TestDb } from '@gangmu/storage/testing';
import { as, DRIVERS, PASSWORD, startFixture, type Fixture } from './helpers.ts';

const signIn = (app: App, username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });

for (const driver of DRIVERS) {
  describe(`${driver}: sign-in lockout`, () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await startFixture(driver, { loginRateLimit: 10_000, lockAfterFailures: 5 });
    });
    afterAll(() => f.close());

    it('should check no more than the allowed guesses when they arrive in parallel', async () => {
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => signIn(f.app, 'leader', 'wrong password 1')),
      );
      const codes = answers.map((r) => r.json().error.code);
      expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(5);
      expect(codes.filter((c) => c === 'ACCOUNT_LOCKED').length).toBeGreaterThanOrEqual(7);
      // Locked, so even the right password is refused now.
      expect((await signIn(f.app, 'leader', PASSWORD)).statusCode).toBe(423);
    });

    it('should answer an unknown name exactly as a known one, lock included', async () => {
      const sequence = async (username: string) => {
        const out: string[] = [];
        for (let i = 0; i < 7; i++) {
          const res = await signIn(f.app, username, 'wrong password 2');
          out.push(`${res.statusCode} ${res.json().error.code} ${Object.keys(res.json().error).join(',')}`);
        }
        return out;
      };
      const known = await sequence('auditor');
      const unknown = await sequence('no-such-user');
      expect(unknown).toEqual(known);
      expect(known.slice(-1)[0]).toMatch(/^423 ACCOUNT_LOCKED/);
    });

    it('should forget the failures of a name after a successful sign-in', async () => {
      for (let i = 0; i < 4; i++) await signIn(f.app, 'supervisor', 'wrong password 3');
      expect((await signIn(f.app, 'supervisor', PASSWORD)).statusCode).toBe(200);
      for (let i = 0; i < 4; i++)
        expect((await signIn(f.app, 'supervisor', 'wrong password 3')).statusCode).toBe(401);
    });
  });

  describe(`${driver}: password policy`, () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await startFixture(driver);
    });
    afterAll(() => f.close());

    it.each([
      ['aaaaaaaaaaaa', 'one_class'],
      ['1234567890', 'too_short'],
      ['          ', 'too_short'],
      ['Password1234', 'common'],
      ['newclerk2024!', 'contains_username'],
    ])('should refuse %j when an administrator creates a user', async (password, problem) => {
      const res = await f.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: as(f.sessions.admin),
        payload: { username: 'newclerk', displayName: '新用户', password, role: 'leader' },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'WEAK_PASSWORD', details: { field: 'password' } });
      expect(res.json().error.details.problems).toContain(problem);
    });

    it('should apply the policy to a password change too', async () => {
      const session = await f.login('auditor');
      const weak = await f.app.inject({
        method: 'POST',
        url: '/api/session/password',
        headers: as(session),
        payload: { currentPassword: PASSWORD, newPassword: 'auditorauditor1' },
      });
      expect(weak.json().error.code).toBe('WEAK_PASSWORD');
      const wrongCurrent = await f.app.inject({
        method: 'POST',
        url: '/api/session/password',
        headers: as(session),
        payload: { currentPassword: 'not my password', newPassword: 'a much better one 9' },
      });
      expect(wrongCurrent.statusCode).toBe(401);
    });
  });

  describe(`${driver}: the first administrator's one-time password`, () => {
    let t: TestDb;
    let app: App;
    let oneTime: string;
    beforeAll(async () => {
      t = await freshDatabase(driver);
      oneTime = (await bootstrap(t.db, { loadExample: false })).adminPassword!;
      app = await createServer({ db: t.db, web: false, loginRateLimit: 10_000 });
    }, 60_000);
    afterAll(async () => {
      await app.close();
      await t.drop();
    });

    it('should open nothing but the password change until the password is changed', async () => {
      const first = await signIn(app, 'admin', oneTime);
      expect(first.statusCode).toBe(200);
      expect(first.json().mustChangePassword).toBe(true);
      const session = {
        cookie: String(first.headers['set-cookie']).split(';')[0]!,
        csrf: first.json().csrfToken,
        userId: first.json().user.id,
      };
      const blocked = await app.inject({ method: 'GET', url: '/api/units', headers: as(session) });
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      const me = await app.inject({ method: 'GET', url: '/api/session', headers: as(session) });
      expect(me.json().mustChangePassword).toBe(true);

      const changed = await app.inject({
        method: 'POST',
        url: '/api/session/password',
        headers: as(session),
        payload: { currentPassword: oneTime, newPassword: 'the office 2025 plan' },
      });
      expect(changed.statusCode).toBe(204);
      expect((await app.inject({ method: 'GET', url: '/api/units', headers: as(session) })).statusCode).toBe(
        200,
      );
      // The one-time password, wherever it was printed, no longer opens anything.
      expect((await signIn(app, 'admin', oneTime)).statusCode).toBe(401);
      const again = await signIn(app, 'admin', 'the office 2025 plan');
      expect(again.json().mustChangePassword).toBe(false);
    });

    it('should not create or print a password on a later start', async () => {
      expect((await bootstrap(t.db, { loadExample: false })).adminPassword).toBeUndefined();
    });
  });
}
