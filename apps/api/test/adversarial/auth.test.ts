/**
 * Adversarial: sign-in (issue 12). Guesses sent in parallel share one atomic failure count, an unknown name is
 * answered and locked as a known one, and a locked name stays locked for the right password. Every guess is
 * an attempt in the ledger (tally.ts): it must be refused with nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, PASSWORD, startFixture, type Fixture } from '../helpers.ts';
import { Tally } from './tally.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const driver of DRIVERS) {
  describe(`${driver}: adversarial sign-in`, () => {
    let f: Fixture;
    const tally = new Tally(`auth-${driver}`);
    beforeAll(async () => {
      f = await startFixture(driver, { loginRateLimit: 10_000, lockAfterFailures: 5 });
      await tally.begin(f.t.db);
    });
    afterAll(() => f.close());

    const signIn = (username: string, password: string) =>
      f.app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });

    it.each([
      ['a known name', 'leader'],
      ['an unknown name', 'nobody-here'],
    ])(
      'should check at most 5 of 20 parallel guesses for %s, then lock it even for the right password',
      async (_n, name) => {
        const answers = await tally.probeAll(
          f.t.db.kysely,
          `20 parallel guesses for ${name}`,
          () => Promise.all(Array.from({ length: 20 }, (_, i) => signIn(name, `wrong password ${i}`))),
          { mayAudit: ['user.locked'] },
        );
        const codes = answers.map((r) => r.json().error.code as string);
        expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(5);
        expect(codes.filter((c) => c === 'ACCOUNT_LOCKED').length).toBeGreaterThanOrEqual(15);
        const right = await tally.probe(f.t.db.kysely, `${name}: the right password while locked`, () =>
          signIn(name, PASSWORD),
        );
        expect(right.statusCode).toBe(423);
      },
    );

    it('should answer a known and an unknown name alike, in words, statuses and time', async () => {
      const guess = async (username: string, i: number) => {
        const started = performance.now();
        const res = await tally.probe(
          f.t.db.kysely,
          `enumeration: ${username} #${i + 1}`,
          () => signIn(username, 'wrong password x'),
          { mayAudit: ['user.locked'] },
        );
        return { ms: performance.now() - started, out: `${res.statusCode} ${JSON.stringify(res.json())}` };
      };
      const known = { out: [] as string[], ms: [] as number[] };
      const unknown = { out: [] as string[], ms: [] as number[] };
      // Taken in turns, so a busy moment of the machine weighs on both alike.
      for (let i = 0; i < 7; i++)
        for (const [name, into] of [
          ['auditor', known],
          ['auditor-not-a-user', unknown],
        ] as const) {
          const { ms, out } = await guess(name, i);
          into.ms.push(ms);
          into.out.push(out);
        }
      expect(unknown.out).toEqual(known.out);
      expect(known.out.at(-1)).toMatch(/^423 /);
      // The password is hashed either way (the first 5, before the lock): an unknown name is not answered faster.
      const checkedKnown = median(known.ms.slice(0, 5));
      const checkedUnknown = median(unknown.ms.slice(0, 5));
      expect(checkedUnknown / checkedKnown).toBeGreaterThan(0.33);
    });

    it('should lose nothing (ledger, and every table as it was)', async () => {
      expect(await tally.end(f.t.db)).toEqual([]);
      expect(tally.attempts.length).toBeGreaterThan(40);
    });
  });
}
