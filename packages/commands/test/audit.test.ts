import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnit, SYSTEM_ACTOR } from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import { listAudit, type Caller, type CommandContext, type CommandError } from '../src/index.ts';

const auditor: Caller = { actor: { id: 'u-aud', name: 'auditor' }, role: 'auditor', unitId: null };
const leader: Caller = { actor: { id: 'u-lead', name: 'leader' }, role: 'leader', unitId: null };

for (const driver of DRIVERS) {
  describe(`${driver}: listAudit`, () => {
    let t: TestDb;
    const ctx = (caller: Caller): CommandContext => ({ db: t.db, now: () => new Date(), caller });
    beforeAll(async () => {
      t = await freshDatabase(driver);
      for (const code of ['A', 'B', 'C', 'D', 'E'])
        await createUnit(t.db.kysely, SYSTEM_ACTOR, { code, name: `单位${code}` });
    });
    afterAll(() => t.drop());

    it('should page through the events newest first, with the recorded rows parsed', async () => {
      const all = await listAudit(ctx(auditor), {});
      const units = all.filter((e) => e.action === 'unit.create');
      expect(units.map((e) => (e.after as { code: string }).code)).toEqual(['E', 'D', 'C', 'B', 'A']);
      expect(units[0]).toMatchObject({ actorName: 'system', actorId: null, entity: 'unit', before: null });
      expect(all.map((e) => e.seq)).toEqual([...all.map((e) => e.seq)].sort((a, b) => b - a));
      const first = await listAudit(ctx(auditor), { limit: 2 });
      const next = await listAudit(ctx(auditor), { limit: 2, before: first.at(-1)!.seq });
      expect([...first, ...next].map((e) => e.seq)).toEqual(all.slice(0, 4).map((e) => e.seq));
      expect(next[0]!.hash).toBe(first[1]!.prevHash);
    });

    it('should refuse anyone but administrators and auditors', async () => {
      const error = (await listAudit(ctx(leader), {}).catch((e: unknown) => e)) as CommandError;
      expect(error.code).toBe('FORBIDDEN');
      expect(error.userMessage?.zh).toMatch(/审计/);
    });
  });
}
