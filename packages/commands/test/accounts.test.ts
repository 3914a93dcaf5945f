import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSession, findUserByUsername, verifyAuditChain } from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import {
  changePassword,
  createUnit,
  createUser,
  generatePassword,
  hashPassword,
  listUnits,
  listUsers,
  signIn,
  signOut,
  SYSTEM_CALLER,
  verifyPassword,
  type Caller,
  type CommandContext,
  type CommandError,
} from '../src/index.ts';

const policy = { maxFailures: 3, lockMs: 15 * 60 * 1000 };
const SESSION_TTL_MS = 3600 * 1000;
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as CommandError,
  );

describe('passwords', () => {
  it('should verify a password against its argon2id hash, and nothing against no hash', async () => {
    const stored = await hashPassword('Correct-Horse-9');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, 'Correct-Horse-9')).toBe(true);
    expect(await verifyPassword(stored, 'correct-horse-9')).toBe(false);
    expect(await verifyPassword(undefined, 'gangmu-dummy-password')).toBe(false);
  });

  it('should generate passwords the policy accepts, different each time', () => {
    const a = generatePassword('admin');
    expect(a).toHaveLength(16);
    expect(generatePassword('admin')).not.toBe(a);
  });
});

for (const driver of DRIVERS) {
  describe(`${driver}: account commands`, () => {
    let t: TestDb;
    let clock = new Date('2024-03-01T02:00:00Z');
    const ctx = (caller: Caller = SYSTEM_CALLER): CommandContext => ({ db: t.db, now: () => clock, caller });
    const callerOf = (s: { user: { id: string; username: string } }): Caller => ({
      actor: { id: s.user.id, name: s.user.username },
      role: 'leader',
      unitId: null,
    });
    beforeAll(async () => {
      t = await freshDatabase(driver);
    });
    afterAll(() => t.drop());

    it('should create units and users, keeping only a hash of the password', async () => {
      const unit = await createUnit(ctx(), { code: 'FGW', name: '发改委' });
      expect((await refusal(createUnit(ctx(), { code: 'FGW', name: '又一个' })))?.message).toMatch(/exists/);
      const user = await createUser(ctx(), {
        username: 'leader1',
        displayName: '领导',
        password: 'Plan-Office-2024',
        role: 'leader',
        unitId: unit.id,
      });
      expect(user).not.toHaveProperty('password_hash');
      const row = await findUserByUsername(t.db.kysely, 'leader1');
      expect(row?.password_hash).toMatch(/^\$argon2id\$/);
      expect(row?.password_hash).not.toContain('Plan-Office-2024');
      expect((await listUsers(ctx())).map((u) => u.username)).toEqual(['leader1']);
      expect((await listUnits(ctx())).map((u) => u.code)).toEqual(['FGW']);
    });

    it('should refuse a weak password, naming every rule it breaks in both languages', async () => {
      const error = await refusal(
        createUser(ctx(), { username: 'weak', displayName: '弱', password: 'weak', role: 'reporter' }),
      );
      expect(error?.code).toBe('WEAK_PASSWORD');
      expect(error?.details).toMatchObject({ field: 'password' });
      expect((error?.details as { problems: string[] }).problems.length).toBeGreaterThan(0);
      expect(error?.userMessage?.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(error?.userMessage?.en).toMatch(/[a-z]/);
      expect(await findUserByUsername(t.db.kysely, 'weak')).toBeUndefined();
    });

    it('should sign in with the right password and answer a wrong one and an unknown name alike', async () => {
      const wrong = await refusal(
        signIn(ctx(), { username: 'leader1', password: 'nope', policy, sessionTtlMs: 1 }),
      );
      const unknown = await refusal(
        signIn(ctx(), { username: 'ghost', password: 'nope', policy, sessionTtlMs: 1 }),
      );
      expect([wrong?.code, unknown?.code]).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS']);
      expect(wrong?.details).toEqual(unknown?.details);
      const s = await signIn(ctx(), {
        username: 'leader1',
        password: 'Plan-Office-2024',
        policy,
        sessionTtlMs: SESSION_TTL_MS,
      });
      expect(s.user).toMatchObject({ username: 'leader1', displayName: '领导', role: 'leader' });
      expect(s.mustChangePassword).toBe(false);
      expect(s.expiresAt).toBe('2024-03-01T03:00:00.000Z');
      expect((await findSession(t.db.kysely, s.token, clock))?.csrf_token).toBe(s.csrfToken);
      await signOut(ctx(callerOf(s)), { sessionToken: s.token });
      expect(await findSession(t.db.kysely, s.token, clock)).toBeUndefined();
    });

    it('should lock a name after the allowed failures, even for the right password, until the lock runs out', async () => {
      await createUser(ctx(), {
        username: 'locked',
        displayName: '锁',
        password: 'Plan-Office-2024',
        role: 'auditor',
      });
      for (let i = 0; i < policy.maxFailures; i++)
        expect(
          (await refusal(signIn(ctx(), { username: 'locked', password: 'x', policy, sessionTtlMs: 1 })))
            ?.code,
        ).toBe('INVALID_CREDENTIALS');
      const right = {
        username: 'locked',
        password: 'Plan-Office-2024',
        policy,
        sessionTtlMs: SESSION_TTL_MS,
      };
      const locked = await refusal(signIn(ctx(), right));
      expect(locked?.code).toBe('ACCOUNT_LOCKED');
      expect(locked?.details).toEqual({ until: '2024-03-01T02:15:00.000Z' });
      clock = new Date('2024-03-01T02:16:00Z');
      expect((await signIn(ctx(), right)).user.username).toBe('locked');
    });

    it('should change a password only with the current one, end the other sessions and keep this one', async () => {
      await createUser(ctx(), {
        username: 'first',
        displayName: '首次',
        password: 'Chosen-By-Admin-1',
        role: 'leader',
        mustChangePassword: true,
      });
      const login = {
        username: 'first',
        password: 'Chosen-By-Admin-1',
        policy,
        sessionTtlMs: SESSION_TTL_MS,
      };
      const here = await signIn(ctx(), login);
      const elsewhere = await signIn(ctx(), login);
      expect(here.mustChangePassword).toBe(true);
      const as = ctx(callerOf(here));
      const change = {
        currentPassword: 'Chosen-By-Admin-1',
        newPassword: 'My-Own-Secret-22',
        keepSessionToken: here.token,
      };
      const wrong = await refusal(changePassword(as, { ...change, currentPassword: 'Wrong-Current-1' }));
      expect(wrong).toMatchObject({ code: 'INVALID_CREDENTIALS', details: { field: 'currentPassword' } });
      const same = await refusal(changePassword(as, { ...change, newPassword: change.currentPassword }));
      expect(same).toMatchObject({ code: 'WEAK_PASSWORD', details: { field: 'newPassword' } });
      expect((await refusal(changePassword(as, { ...change, newPassword: 'short' })))?.code).toBe(
        'WEAK_PASSWORD',
      );
      await changePassword(as, change);
      expect(await findSession(t.db.kysely, here.token, clock)).toBeDefined();
      expect(await findSession(t.db.kysely, elsewhere.token, clock)).toBeUndefined();
      const again = await signIn(ctx(), { ...login, password: 'My-Own-Secret-22' });
      expect(again.mustChangePassword).toBe(false);
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
    });
  });
}
