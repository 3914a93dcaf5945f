/**
 * The first opinion form and its moderation, and readiness, on every database: a posted opinion waits for a
 * moderator; the public sees it once approved; only admin and supervisors moderate; a rejected one stays hidden.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import {
  checkReadiness,
  CommandError,
  importPlan,
  listPlanOpinions,
  moderatePlanOpinion,
  postPlanOpinion,
  PUBLIC_CALLER,
  type Caller,
  type CommandContext,
} from '../src/index.ts';

const EXAMPLE = readFileSync(
  join(resolve(import.meta.dirname, '../../..'), 'examples/xihu-2021-2025/plan.txt'),
);

for (const driver of DRIVERS) {
  describe(`${driver}: moderated opinions and readiness`, () => {
    let t: TestDb;
    let planId: string;
    const as = (caller: Caller): CommandContext => ({ db: t.db, now: () => new Date(), caller });
    const admin: Caller = { actor: { id: 'u-admin', name: 'admin' }, role: 'admin', unitId: null };
    const supervisor: Caller = { actor: { id: 'u-sup', name: 'sup' }, role: 'supervisor', unitId: null };
    const leader: Caller = { actor: { id: 'u-lead', name: 'leader' }, role: 'leader', unitId: null };

    beforeAll(async () => {
      t = await freshDatabase(driver);
      planId = (await importPlan(as(admin), { bytes: EXAMPLE, publish: true })).id;
    });
    afterAll(() => t.drop());

    it('shows an opinion to the public only once a moderator approves it', async () => {
      const posted = await postPlanOpinion(as(PUBLIC_CALLER), {
        planId,
        targetType: 'plan',
        content: '希望公开更多项目进度。',
      });
      const spam = await postPlanOpinion(as(PUBLIC_CALLER), {
        planId,
        targetType: 'plan',
        content: '广告广告',
      });
      expect(posted.status).toBe('pending');
      const ids = async (caller: Caller) => {
        const list = await listPlanOpinions(as(caller), { planId });
        return { moderator: list.moderator, ids: list.opinions.map((o) => o.id).sort() };
      };
      expect(await ids(PUBLIC_CALLER)).toEqual({ moderator: false, ids: [] });
      expect(await ids(supervisor)).toEqual({ moderator: true, ids: [posted.id, spam.id].sort() });

      const refused = await moderatePlanOpinion(as(leader), {
        opinionId: posted.id,
        expectedVersion: 1,
        status: 'approved',
      }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(CommandError);
      expect(refused).toMatchObject({
        code: 'FORBIDDEN',
        userMessage: { zh: expect.stringMatching(/审核/) },
      });

      const approved = await moderatePlanOpinion(as(supervisor), {
        opinionId: posted.id,
        expectedVersion: 1,
        status: 'approved',
      });
      expect([approved.status, approved.handling_state, approved.version]).toEqual([
        'approved',
        'accepted',
        2,
      ]);
      await moderatePlanOpinion(as(admin), { opinionId: spam.id, expectedVersion: 1, status: 'rejected' });
      expect(await ids(PUBLIC_CALLER)).toEqual({ moderator: false, ids: [posted.id] });
      expect(await ids(leader)).toEqual({ moderator: false, ids: [posted.id] });
    });

    it('is ready while the database answers, and says which database', async () => {
      expect(await checkReadiness({ db: t.db })).toEqual({
        ready: true,
        database: driver,
        latencyMs: expect.any(Number),
      });
    });
  });
}
