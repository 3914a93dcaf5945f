/**
 * Concurrent writes through the API (issue 12): publishing while others write, and the same user created twice
 * at once, answer 2xx or 409 — never a 500 from a deadlock or a unique violation. Also run on SQLite, where
 * writes are serialised anyway.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPlan, getPlanRow, verifyAuditChain } from '@gangmu/storage';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';

for (const driver of DRIVERS) {
  describe(`${driver}: concurrent writes`, () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await startFixture(driver);
    });
    afterAll(() => f.close());

    it('should publish while values and outline edits are written, with no 500', async () => {
      const k = f.t.db.kysely;
      const plan = await getPlan(k, f.planId);
      const nodes = plan.outline.slice(0, 6);
      const indicators = plan.indicators;
      const version = (await getPlanRow(k, f.planId)).version;
      const publish = () =>
        f.app.inject({
          method: 'POST',
          url: `/api/plans/${f.planId}/publish`,
          headers: as(f.sessions.admin, version),
        });
      const observe = (indicatorId: string, year: number) =>
        f.app.inject({
          method: 'POST',
          url: `/api/indicators/${indicatorId}/observations`,
          headers: as(f.sessions.admin),
          payload: { year, value: 100 + year - 2020 },
        });
      const edit = (n: (typeof nodes)[number], i: number) =>
        f.app.inject({
          method: 'PATCH',
          url: `/api/nodes/${n.id}`,
          headers: as(f.sessions.admin, n.version),
          payload: { body: `${n.body}\n并发修改 ${i}` },
        });
      const requests: Promise<{ statusCode: number; body: string }>[] = [];
      for (let round = 0; round < 3; round++) {
        requests.push(publish());
        for (let y = 0; y < 4; y++) requests.push(observe(indicators[round * 4 + y]!.id, 2021 + round));
        requests.push(...nodes.map((n, i) => edit(n, round * 10 + i)));
      }
      const answers = await Promise.all(requests);
      const unexpected = answers.filter((a) => ![200, 201, 409].includes(a.statusCode));
      expect(unexpected.map((a) => `${a.statusCode} ${a.body}`)).toEqual([]);
      expect(answers.filter((a) => a.statusCode < 300).length).toBeGreaterThan(answers.length / 2);
      expect((await verifyAuditChain(k)).ok).toBe(true);
    });

    it('should create a user once when the same name is posted at once, and name the field in the 409', async () => {
      const create = () =>
        f.app.inject({
          method: 'POST',
          url: '/api/users',
          headers: { ...as(f.sessions.admin), 'accept-language': 'en' },
          payload: {
            username: 'twice',
            displayName: '同名用户',
            password: 'a long enough password',
            role: 'leader',
          },
        });
      const answers = await Promise.all(Array.from({ length: 6 }, create));
      expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      for (const a of answers.filter((x) => x.statusCode === 409)) {
        expect(a.json().error.code).toBe('ALREADY_EXISTS');
        expect(a.json().error.details.field).toBe('username');
      }
    });
  });
}
