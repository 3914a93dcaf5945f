import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { parsePlan } from '@gangmu/importer';
import {
  getPlan,
  getPlanAsOf,
  getPublishedVersion,
  importPlan,
  moveNode,
  mergeNode,
  publishPlan,
  recordObservation,
  splitNode,
  StorageError,
  updateNode,
  verifyAuditChain,
  SYSTEM_ACTOR,
} from '../src/index.ts';
import { DRIVERS, freshDatabase, type TestDb } from './drivers.ts';

const EXAMPLE = readFileSync(join(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'));
const admin = { id: 'admin-1', name: 'admin' };

for (const driver of DRIVERS) {
  describe(`${driver}: plan storage`, () => {
    let t: TestDb;
    let planId: string;
    beforeAll(async () => {
      t = await freshDatabase(driver);
      const { draft, diagnostics } = parsePlan(EXAMPLE);
      planId = await importPlan(t.db.kysely, admin, {
        draft,
        diagnostics,
        sourceText: null,
        sourceFormat: 'text',
      });
    });
    afterAll(() => t.drop());

    it('should store the imported outline, indicators and projects', async () => {
      const plan = await getPlan(t.db.kysely, planId);
      expect(plan.outline).toHaveLength(12);
      expect(plan.outline[5]!.children[1]!.children.map((n) => n.title)).toEqual([
        '提高城区功能与品质',
        '提升城区形象',
      ]);
      expect(plan.indicators).toHaveLength(17);
      expect(plan.projects).toHaveLength(29);
    });

    it("should refuse a stale version and keep the other writer's change", async () => {
      const node = (await getPlan(t.db.kysely, planId)).outline[0]!;
      await updateNode(t.db.kysely, admin, node.id, node.version, { title: '第一次修改' });
      await expect(
        updateNode(t.db.kysely, admin, node.id, node.version, { title: '第二次修改' }),
      ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
      expect((await getPlan(t.db.kysely, planId)).outline[0]!.title).toBe('第一次修改');
    });

    it('should move, merge and split nodes', async () => {
      let plan = await getPlan(t.db.kysely, planId);
      const section = plan.outline[2]!.children[0]!;
      const [a, b] = section.children;
      await moveNode(t.db.kysely, admin, b!.id, b!.version, { parentId: section.id, index: 0 });
      plan = await getPlan(t.db.kysely, planId);
      expect(plan.outline[2]!.children[0]!.children.map((n) => n.id).slice(0, 2)).toEqual([b!.id, a!.id]);
      const moved = plan.outline[2]!.children[0]!.children[1]!;
      await mergeNode(t.db.kysely, admin, moved.id, moved.version);
      plan = await getPlan(t.db.kysely, planId);
      expect(plan.outline[2]!.children[0]!.children).toHaveLength(2);
      const first = plan.outline[2]!.children[0]!.children[0]!;
      expect(first.body).toContain(a!.title);
      const created = await splitNode(t.db.kysely, admin, first.id, first.version, {
        offset: 10,
        title: '拆分出的条目',
      });
      plan = await getPlan(t.db.kysely, planId);
      expect(plan.outline[2]!.children[0]!.children.map((n) => n.title)).toContain('拆分出的条目');
      expect(created.no).toBe(first.no + 1);
      // The trail alone rebuilds the same outline, order and numbers included.
      const rebuilt = await getPlanAsOf(t.db.kysely, planId, new Date(Date.now() + 1000).toISOString());
      const ids = (p: typeof plan) => p.outline[2]!.children[0]!.children.map((n) => [n.id, n.no, n.title]);
      expect(ids(rebuilt)).toEqual(ids(plan));
      await expect(
        moveNode(t.db.kysely, admin, section.id, section.version, {
          parentId: section.children[0]!.id,
          index: 0,
        }),
      ).rejects.toBeInstanceOf(StorageError);
    });

    it('should publish a frozen version that later edits do not change', async () => {
      const plan = await getPlan(t.db.kysely, planId);
      const { number } = await publishPlan(t.db.kysely, admin, planId, plan.version);
      const chapter = (await getPlan(t.db.kysely, planId)).outline[1]!;
      await updateNode(t.db.kysely, admin, chapter.id, chapter.version, { title: '发布后的修改' });
      const published = await getPublishedVersion(t.db.kysely, planId, number);
      expect(published.outline[1]!.title).toBe('坚持走在前列,开启现代化新征程');
    });

    it('should rebuild the plan as it was at a past moment from the audit trail', async () => {
      const before = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 5));
      const chapter = (await getPlan(t.db.kysely, planId)).outline[3]!;
      await updateNode(t.db.kysely, admin, chapter.id, chapter.version, { title: '之后的标题' });
      const then = await getPlanAsOf(t.db.kysely, planId, before);
      const live = await getPlan(t.db.kysely, planId);
      expect(then.outline[3]!.title).toBe('推进产业转型升级,夯实高质量发展强基石');
      expect(live.outline[3]!.title).toBe('之后的标题');
      expect(then.indicators).toHaveLength(17);
    });

    it('should record observations and refuse bad ones', async () => {
      const plan = await getPlan(t.db.kysely, planId);
      const gdp = plan.indicators[0]!;
      const now = new Date('2024-06-30T00:00:00Z');
      await recordObservation(t.db.kysely, admin, gdp.id, { year: 2021, pct: 8.0 }, now);
      await expect(
        recordObservation(t.db.kysely, admin, gdp.id, { year: 2021, pct: 7.0 }, now),
      ).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
      await expect(
        recordObservation(t.db.kysely, admin, gdp.id, { year: 2019, pct: 7.0 }, now),
      ).rejects.toMatchObject({ code: 'INVALID' });
      await expect(
        recordObservation(t.db.kysely, admin, gdp.id, { year: 2025, pct: 7.0 }, now),
      ).rejects.toMatchObject({ code: 'INVALID' });
      await expect(
        recordObservation(t.db.kysely, admin, gdp.id, { year: 2022, pct: 7.0, unit: '亿元' }, now),
      ).rejects.toMatchObject({ code: 'INVALID' });
    });

    it('should verify the audit chain, and name the first altered and the first missing event', async () => {
      const ok = await verifyAuditChain(t.db.kysely);
      expect(ok.ok).toBe(true);
      expect(ok.events).toBeGreaterThan(200);
      await sql`update audit_events set actor_name = 'mallory' where seq = 7`.execute(t.db.kysely);
      expect((await verifyAuditChain(t.db.kysely)).first).toEqual({ seq: 7, problem: 'altered' });
      await sql`delete from audit_events where seq = 5`.execute(t.db.kysely);
      expect((await verifyAuditChain(t.db.kysely)).first).toEqual({ seq: 5, problem: 'missing' });
      void SYSTEM_ACTOR;
    });
  });
}
