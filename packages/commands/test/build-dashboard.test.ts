import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createUnit,
  generateTasks,
  listTasks,
  reviewReport,
  submitReport,
  updateTask,
  type TaskView,
} from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import { buildDashboard, importPlan, dateInShanghai, type CommandContext } from '../src/index.ts';

const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'));
const ADMIN = { id: 'u-admin', name: 'admin' };

for (const driver of DRIVERS) {
  describe(`${driver}: buildDashboard`, () => {
    let t: TestDb;
    let planId: string;
    let tasks: TaskView[];
    // 2024-03-01 00:30 in Shanghai is still 2024-02-29 in UTC: the dashboard counts by Shanghai's date.
    const ctx = (): CommandContext => ({
      db: t.db,
      now: () => new Date('2024-02-29T16:30:00Z'),
      caller: { actor: ADMIN, role: 'leader', unitId: null },
    });
    beforeAll(async () => {
      t = await freshDatabase(driver);
      planId = (await importPlan(ctx(), { bytes: EXAMPLE })).id;
      await generateTasks(t.db.kysely, ADMIN, planId);
      const a = await createUnit(t.db.kysely, ADMIN, { code: 'A', name: '发改委' });
      const b = await createUnit(t.db.kysely, ADMIN, { code: 'B', name: '财政局' });
      await createUnit(t.db.kysely, ADMIN, { code: 'C', name: '无任务局' });
      tasks = await listTasks(t.db.kysely, { planId });
      const set = (i: number, changes: Parameters<typeof updateTask>[4]) =>
        updateTask(t.db.kysely, ADMIN, tasks[i]!.id, tasks[i]!.version, changes);
      await set(0, { leadUnitId: a.id, deadline: '2024-02-29' }); // overdue in Shanghai, not yet in UTC
      await set(1, { leadUnitId: a.id, deadline: '2024-03-01' }); // due today: on time
      await set(2, { leadUnitId: a.id, deadline: '2020-01-01', status: 'done' }); // done, however late
      await set(3, { leadUnitId: b.id }); // no deadline: on time
      await set(4, { deadline: '2020-01-01' }); // late but nobody leads it: unassigned
      // B reports 80 % on its task and it is approved: the league's completion.
      const report = await submitReport(t.db.kysely, ADMIN, {
        subjectType: 'task',
        subjectId: tasks[3]!.id,
        period: '2024',
        percent: 80,
        doneText: '已完成大部分工作。',
        planId,
        unitId: b.id,
      });
      await reviewReport(t.db.kysely, ADMIN, report.id, report.version, { status: 'approved' });
    });
    afterAll(() => t.drop());

    it('should take today at Asia/Shanghai', () => {
      expect(dateInShanghai(new Date('2024-02-29T16:30:00Z'))).toBe('2024-03-01');
      expect(dateInShanghai(new Date('2024-02-29T15:59:59Z'))).toBe('2024-02-29');
    });

    it('should count every task in exactly one state', async () => {
      const d = await buildDashboard(ctx(), { planId });
      expect(d.today).toBe('2024-03-01');
      expect(d.tasks).toEqual({ done: 1, onTime: 2, overdue: 1, unassigned: tasks.length - 4 });
      const sum = (r: { done: number; onTime: number; overdue: number; unassigned: number }) =>
        r.done + r.onTime + r.overdue + r.unassigned;
      expect(sum(d.tasks)).toBe(tasks.length);
      // Every generated task hangs under a chapter of the outline: the chapter rows add up to the same.
      expect(d.chapters).toHaveLength(12);
      expect(d.chapters.reduce((n, r) => n + sum(r), 0)).toBe(tasks.length);
      expect(d.chapters[0]!.chapter).toMatch(/^1 /);
    });

    it('should rank the units leading tasks by completion, with their on-time rate', async () => {
      const d = await buildDashboard(ctx(), { planId });
      expect(d.league.map((r) => [r.unit, r.tasks, r.onTimeRate, r.completion])).toEqual([
        ['财政局', 1, 100, 80],
        ['发改委', 3, 67, 0],
      ]);
    });

    it('should refuse an unknown plan', async () => {
      await expect(buildDashboard(ctx(), { planId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
