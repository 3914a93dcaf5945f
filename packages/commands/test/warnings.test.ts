import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnit, createUser, raiseWarnings, SYSTEM_ACTOR, verifyAuditChain } from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import {
  CommandError,
  handleWarning,
  listInbox,
  listOutbox,
  listWarnings,
  markMessageRead,
  urgeWarning,
  type Caller,
  type CommandContext,
} from '../src/index.ts';

const warning = (id: string, unitId: string | null, level: 'red' | 'yellow') => ({
  key: `TASK_OVERDUE:${id}`,
  level,
  kind: 'TASK_OVERDUE' as const,
  subjectType: 'task' as const,
  subjectId: id,
  reason: `任务“${id}”已逾期。`,
  reasonEn: `Task "${id}" is overdue.`,
  planId: null,
  unitId,
});

for (const driver of DRIVERS) {
  describe(`${driver}: warning commands`, () => {
    let t: TestDb;
    let unitA: string;
    let reporterA: Caller;
    const supervisor: Caller = {
      actor: { id: 'u-sup', name: 'supervisor' },
      role: 'supervisor',
      unitId: null,
    };
    const ctx = (caller: Caller): CommandContext => ({
      db: t.db,
      now: () => new Date('2024-03-01T02:00:00Z'),
      caller,
    });
    beforeAll(async () => {
      t = await freshDatabase(driver);
      const k = t.db.kysely;
      unitA = (await createUnit(k, SYSTEM_ACTOR, { code: 'A', name: '发改委' })).id;
      const unitB = (await createUnit(k, SYSTEM_ACTOR, { code: 'B', name: '财政局' })).id;
      const user = (username: string, unitId: string, email: string | null) =>
        createUser(k, SYSTEM_ACTOR, {
          username,
          displayName: username,
          passwordHash: 'x',
          role: 'reporter',
          unitId,
          email,
        });
      const a = await user('reporter-a', unitA, 'a@unit.test');
      await user('reporter-a2', unitA, null);
      await user('reporter-b', unitB, 'b@unit.test');
      reporterA = { actor: { id: a.id, name: a.username }, role: 'reporter', unitId: unitA };
      await raiseWarnings(k, SYSTEM_ACTOR, [
        warning('t1', unitA, 'yellow'),
        warning('t2', unitB, 'red'),
        warning('t3', null, 'red'),
      ]);
    });
    afterAll(() => t.drop());

    it('should show staff every warning, red first, and a reporter only its unit', async () => {
      expect((await listWarnings(ctx(supervisor), {})).map((w) => w.level)).toEqual(['red', 'red', 'yellow']);
      expect((await listWarnings(ctx(reporterA), {})).map((w) => w.subject_id)).toEqual(['t1']);
      expect(await listWarnings(ctx({ ...reporterA, unitId: null }), {})).toEqual([]);
      expect((await listWarnings(ctx(supervisor), { level: 'yellow' })).map((w) => w.subject_id)).toEqual([
        't1',
      ]);
    });

    it('should acknowledge a warning at its version and refuse a stale one', async () => {
      const [w] = await listWarnings(ctx(reporterA), {});
      const done = await handleWarning(ctx(supervisor), {
        warningId: w!.id,
        expectedVersion: w!.version,
        status: 'acknowledged',
      });
      expect(done).toMatchObject({ status: 'acknowledged', version: w!.version + 1 });
      await expect(
        handleWarning(ctx(supervisor), { warningId: w!.id, expectedVersion: w!.version, status: 'resolved' }),
      ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    });

    it("should urge every reporter of the warning's unit by inbox, and by e-mail where there is an address", async () => {
      const [w] = await listWarnings(ctx(reporterA), {});
      expect(await urgeWarning(ctx(supervisor), { warningId: w!.id, message: '请尽快处理。' })).toEqual({
        queued: 3,
      });
      const inbox = await listInbox(ctx(reporterA));
      expect(inbox).toHaveLength(1);
      expect(inbox[0]!.body).toMatch(/^请尽快处理。\n任务“t1”已逾期。/);
      expect((await listOutbox(ctx(supervisor), {})).filter((n) => n.channel === 'email')).toHaveLength(1);
      await markMessageRead(ctx(reporterA), { messageId: inbox[0]!.id });
      expect((await listInbox(ctx(reporterA)))[0]!.read_at).not.toBeNull();
      // Someone else's message is as good as missing.
      await expect(markMessageRead(ctx(supervisor), { messageId: inbox[0]!.id })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
    });

    it('should refuse to urge a warning without a unit, with a message for people', async () => {
      const unitless = (await listWarnings(ctx(supervisor), {})).find((w) => w.unit_id === null)!;
      const error = await urgeWarning(ctx(supervisor), { warningId: unitless.id }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CommandError);
      expect(error).toMatchObject({
        code: 'INVALID',
        userMessage: { zh: expect.stringMatching(/责任单位/) },
      });
      await expect(urgeWarning(ctx(supervisor), { warningId: 'nope' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });
}
