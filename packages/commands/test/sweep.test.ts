import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { createUnit, createUser, createWebhook, listTasks, updateTask } from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import {
  deliverNotices,
  generateTasks,
  importPlan,
  queueNotices,
  runSweep,
  SYSTEM_CALLER,
  type CommandContext,
} from '../src/index.ts';

const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'));
const ADMIN = { id: null, name: 'admin' };

for (const driver of DRIVERS) {
  describe(`${driver}: the sweep and its notices`, () => {
    let t: TestDb;
    let planA: string;
    let planB: string;
    let clock = new Date('2024-07-08T01:00:00Z');
    const ctx = (): CommandContext => ({ db: t.db, now: () => clock, caller: SYSTEM_CALLER });
    const outbox = async () =>
      (
        await sql<{ channel: string; event: string; status: string; attempts: number }>`
          select channel, event, status, attempts from outbox order by channel, event`.execute(t.db.kysely)
      ).rows;
    beforeAll(async () => {
      t = await freshDatabase(driver);
      const k = t.db.kysely;
      planA = (await importPlan(ctx(), { bytes: EXAMPLE })).id;
      planB = (await importPlan(ctx(), { bytes: EXAMPLE, title: '另一规划' })).id;
      const unit = await createUnit(k, ADMIN, { code: 'A', name: '教体局' });
      await createUser(k, ADMIN, {
        username: 'reporter',
        displayName: '报送员',
        passwordHash: 'x',
        role: 'reporter',
        unitId: unit.id,
        email: 'reporter@unit.test',
      });
      await createWebhook(k, ADMIN, { url: 'https://hooks.test/x', preset: 'json' });
      for (const planId of [planA, planB]) {
        await generateTasks(ctx(), { planId });
        const [task] = await listTasks(k, { planId });
        // Due on 2024-07-05: overdue on 2024-07-08 (Asia/Shanghai).
        await updateTask(k, ADMIN, task!.id, task!.version, { leadUnitId: unit.id, deadline: '2024-07-05' });
      }
    }, 120_000);
    afterAll(() => t.drop());

    it("should raise one plan's warnings when asked for that plan, then the others', each once", async () => {
      const onlyA = await runSweep(ctx(), { planId: planA });
      expect(onlyA.today).toBe('2024-07-08');
      const overdue = onlyA.raised.filter((w) => w.kind === 'TASK_OVERDUE');
      expect(overdue.map((w) => w.plan_id)).toEqual([planA]);
      expect(onlyA.raised.every((w) => w.plan_id === planA)).toBe(true);
      const all = await runSweep(ctx());
      expect(all.raised.filter((w) => w.kind === 'TASK_OVERDUE').map((w) => w.plan_id)).toEqual([planB]);
      expect(all.checked.tasks).toBeGreaterThanOrEqual(2);
      expect((await runSweep(ctx())).raised).toEqual([]);
    });

    it('should queue a warning to the unit by inbox and e-mail and to the webhooks, once', async () => {
      const { raised } = await runSweep(ctx(), { today: '2024-07-09' });
      expect(raised).toEqual([]);
      const raisedBefore = await t.db.kysely
        .selectFrom('warnings')
        .selectAll()
        .where('kind', '=', 'TASK_OVERDUE')
        .execute();
      expect(raisedBefore).toHaveLength(2);
      const first = await queueNotices(ctx(), { today: '2024-07-08', raised: raisedBefore, planId: planA });
      // Two warnings × (inbox + e-mail + webhook), no digest for one plan.
      expect(first.queued).toBe(6);
      expect(await queueNotices(ctx(), { today: '2024-07-08', raised: raisedBefore })).toMatchObject({
        queued: 1, // only the reporter's digest is new
      });
      expect((await outbox()).map((n) => `${n.channel}:${n.event}`)).toEqual([
        'email:digest',
        'email:warning.raised',
        'email:warning.raised',
        'inbox:warning.raised',
        'inbox:warning.raised',
        'webhook:warning.raised',
        'webhook:warning.raised',
      ]);
    });

    it('should deliver through the given transport, retry a failure and give up after the attempts', async () => {
      const sent: string[] = [];
      const counts = await deliverNotices(ctx(), {
        send: async (n) => {
          if (n.channel === 'webhook') throw new Error('receiver down');
          sent.push(`${n.channel}:${n.event}`);
        },
        maxAttempts: 2,
        retryBaseMs: 1000,
      });
      // In-app notices are delivered by being stored: the two warning mails and the digest are sent.
      expect(counts).toEqual({ sent: 3, retried: 2, dead: 0 });
      expect(sent.sort()).toEqual(['email:digest', 'email:warning.raised', 'email:warning.raised']);
      clock = new Date(clock.getTime() + 2000);
      const again = await deliverNotices(ctx(), {
        send: async () => {
          throw new Error('still down');
        },
        maxAttempts: 2,
      });
      expect(again).toEqual({ sent: 0, retried: 0, dead: 2 });
      expect((await outbox()).filter((n) => n.status === 'dead').map((n) => n.channel)).toEqual([
        'webhook',
        'webhook',
      ]);
    });
  });
}
