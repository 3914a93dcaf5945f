/** GET /api/plans/:id/dashboard: the task figures computed on the server, for staff only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTasks } from '@gangmu/storage';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';

for (const driver of DRIVERS) {
  describe(`${driver}: dashboard`, () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await startFixture(driver);
      await f.app.inject({
        method: 'POST',
        url: `/api/plans/${f.planId}/tasks/generate`,
        headers: as(f.sessions.admin),
      });
      const [first] = await listTasks(f.t.db.kysely, { planId: f.planId });
      // The fixture's clock is 2024-06-30 16:00 in Shanghai: a deadline of 06-29 is past.
      const res = await f.app.inject({
        method: 'PATCH',
        url: `/api/tasks/${first!.id}`,
        headers: as(f.sessions.admin, first!.version),
        payload: { leadUnitId: f.unitA },
      });
      expect(res.statusCode).toBe(200);
      await f.t.db.kysely
        .updateTable('tasks')
        .set({ deadline: '2024-06-29' })
        .where('id', '=', first!.id)
        .execute();
    });
    afterAll(() => f.close());

    it('should give a leader the task states, chapters and league in camelCase', async () => {
      const res = await f.app.inject({
        method: 'GET',
        url: `/api/plans/${f.planId}/dashboard`,
        headers: as(f.sessions.leader),
      });
      expect(res.statusCode).toBe(200);
      const d = res.json();
      const total = (await listTasks(f.t.db.kysely, { planId: f.planId })).length;
      expect(d.today).toBe('2024-06-30');
      expect(d.tasks).toEqual({ done: 0, onTime: 0, overdue: 1, unassigned: total - 1 });
      expect(d.chapters.length).toBeGreaterThan(0);
      expect(d.league).toEqual([{ unitId: f.unitA, unit: '教体局', tasks: 1, onTimeRate: 0, completion: 0 }]);
    });

    it.each([
      ['reporter', 403],
      ['public', 401],
    ] as const)('should refuse %s (%i)', async (who, status) => {
      const res = await f.app.inject({
        method: 'GET',
        url: `/api/plans/${f.planId}/dashboard`,
        headers: who === 'public' ? {} : as(f.sessions[who]),
      });
      expect(res.statusCode).toBe(status);
    });
  });
}
