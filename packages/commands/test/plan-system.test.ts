/**
 * Issue 15 "Done when", at the commands: a synthetic city plan (examples/synthetic-city-2021-2025, marked
 * synthetic) and two district plans (西湖区, the real example; 乙区, a synthetic copy of it) under one city; a
 * district indicator linked to the city's by an accepted suggestion; 达市标准 resolved from it and evaluated; a
 * consistency warning for a weaker district target; a revision effective 2023; access by government.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  assignToGovernment,
  createUser,
  getIndicatorRow,
  listWarnings,
  recordObservation,
} from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import {
  consistencyReport,
  createGovernments,
  decideLink,
  decideRevision,
  importPlan,
  listLinks,
  placePlan,
  proposeRevision,
  recordQuota,
  runSweep,
  requirePlanAccess,
  sideBySide,
  suggestLinks,
  SYSTEM_CALLER,
  type CommandContext,
} from '../src/index.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CITY = readFileSync(join(ROOT, 'examples/synthetic-city-2021-2025/plan.txt'));
const XIHU = readFileSync(join(ROOT, 'examples/xihu-2021-2025/plan.txt'));
const NOW = new Date('2025-06-01T02:00:00Z');

for (const driver of DRIVERS) {
  describe(`${driver}: the plan system (issue 15)`, () => {
    let t: TestDb;
    const ctxs: Record<'system' | 'admin' | 'city' | 'a' | 'b', CommandContext> = {} as never;
    const plans = { city: '', a: '', b: '' };
    const gov = { city: '', a: '', b: '' };
    const ind = async (planId: string, name: string) => {
      const row = await t.db.kysely
        .selectFrom('indicators')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('name', '=', name)
        .executeTakeFirstOrThrow();
      return row;
    };

    beforeAll(async () => {
      t = await freshDatabase(driver);
      ctxs.system = { db: t.db, now: () => NOW, caller: SYSTEM_CALLER };
      const govs = await createGovernments(ctxs.system, {
        governments: [
          { code: '360100', name: '某市（合成）' },
          { code: '360103', name: '西湖区' },
          { code: '360104', name: '乙区（合成）' },
        ],
      });
      [gov.city, gov.a, gov.b] = govs.map((g) => g.id) as [string, string, string];
      plans.city = (
        await importPlan(ctxs.system, { bytes: CITY, title: '某市“十四五”规划纲要（合成样例）' })
      ).id;
      plans.a = (await importPlan(ctxs.system, { bytes: XIHU })).id;
      plans.b = (
        await importPlan(ctxs.system, { bytes: XIHU, title: '乙区“十四五”规划纲要（合成样例）' })
      ).id;
      await placePlan(ctxs.system, {
        planId: plans.city,
        governmentId: gov.city,
        planType: 'outline',
        synthetic: true,
      });
      await placePlan(ctxs.system, { planId: plans.a, governmentId: gov.a, implements: [plans.city] });
      await placePlan(ctxs.system, {
        planId: plans.b,
        governmentId: gov.b,
        synthetic: true,
        implements: [plans.city],
      });
      const user = async (name: string, role: 'admin' | 'supervisor', government: string | null) => {
        const u = await createUser(t.db.kysely, SYSTEM_CALLER.actor, {
          username: name,
          displayName: name,
          passwordHash: 'not-a-hash',
          role,
          unitId: null,
        });
        if (government)
          await assignToGovernment(
            t.db.kysely,
            SYSTEM_CALLER.actor,
            { table: 'users', id: u.id },
            government,
          );
        return { db: t.db, now: () => NOW, caller: { actor: { id: u.id, name }, role, unitId: null } };
      };
      ctxs.admin = await user('admin', 'admin', null);
      ctxs.city = await user('city-office', 'supervisor', gov.city);
      ctxs.a = await user('a-office', 'supervisor', gov.a);
      ctxs.b = await user('b-office', 'supervisor', gov.b);
    });
    afterAll(() => t.drop());

    it('links a district indicator to the city one by an accepted suggestion, and resolves 达市标准 from it', async () => {
      const links = await suggestLinks(ctxs.a, { planId: plans.a });
      const water = links.find(
        (l) =>
          l.indicatorName === '地表水达到或好于III类水体比例' &&
          l.upperIndicatorName === '地表水达到或好于III类水体比例',
      )!;
      expect(water).toMatchObject({
        status: 'suggested',
        score: 1,
        parts: { name: 1, unit: 1, attribute: 1 },
      });
      const decided = await decideLink(ctxs.a, {
        linkId: water.id,
        version: water.version,
        decision: 'confirmed',
      });
      expect(decided.resolution).toMatchObject({ ok: true, source: 'link' });
      const def = JSON.parse((await getIndicatorRow(t.db.kysely, water.indicatorId)).definition);
      expect(def.linked.resolved).toMatchObject({ kind: 'level_min', target: { value: 90 } });
      expect(def.linked.sourcePlan).toBe('某市“十四五”规划纲要（合成样例）');
    });

    it('evaluates the resolved 达市标准 indicator, and a quota assigned later takes its place', async () => {
      const water = await ind(plans.a, '地表水达到或好于III类水体比例');
      for (const [year, value] of [
        [2020, 85],
        [2021, 87],
        [2022, 89],
      ] as const)
        await recordObservation(t.db.kysely, SYSTEM_CALLER.actor, water.id, { year, value }, NOW);
      const view = await sideBySide(ctxs.city, { planId: plans.city, year: 2022 });
      const row = view.rows.find((r) => r.name === '地表水达到或好于III类水体比例')!;
      expect(row.cells[view.columns.findIndex((c) => c.planId === plans.a)]).toMatchObject({
        status: 'ON_TRACK',
        latestValue: 89,
        flags: expect.arrayContaining(['LINKED_RESOLVED']),
      });
      const cityWater = await ind(plans.city, '地表水达到或好于III类水体比例');
      const quota = await recordQuota(ctxs.city, {
        upperPlanId: plans.city,
        governmentId: gov.a,
        upperIndicatorId: cityWater.id,
        target: { value: 95 },
        documentNo: '某府发〔2021〕12号',
        documentDate: '2021-06-01',
      });
      expect(quota.resolved).toEqual([water.id]);
      const def = JSON.parse((await getIndicatorRow(t.db.kysely, water.id)).definition);
      expect(def.linked).toMatchObject({
        sourcePlan: '某府发〔2021〕12号',
        resolved: { target: { value: 95 } },
      });
    });

    it('raises a consistency warning for a district target weaker than its quota', async () => {
      const links = await listLinks(ctxs.a, plans.a);
      const green = links.find(
        (l) => l.indicatorName === '建成区绿化覆盖率' && l.upperIndicatorName === '建成区绿化覆盖率',
      )!;
      await decideLink(ctxs.a, { linkId: green.id, version: green.version, decision: 'confirmed' });
      await recordQuota(ctxs.city, {
        upperPlanId: plans.city,
        governmentId: gov.a,
        upperIndicatorId: green.upperIndicatorId,
        target: { value: 35 },
        documentNo: '某府发〔2021〕12号',
      });
      const report = await consistencyReport(ctxs.a, { planId: plans.a, year: 2023, raise: true });
      const weaker = report.findings.find((f) => f.code === 'WEAKER_THAN_QUOTA')!;
      expect(weaker).toMatchObject({
        subjectId: green.indicatorId,
        level: 'red',
        params: { own: 30, quota: 35 },
      });
      expect(weaker.reason).toBe(
        '西湖区指标“建成区绿化覆盖率”的目标30%弱于上级下达的35%（某府发〔2021〕12号）。',
      );
      expect(
        report.findings.filter((f) => f.code === 'BINDING_WITHOUT_COUNTERPART').map((f) => f.params.name),
      ).toContain('森林覆盖率');
      expect(report.raised).toBe(report.findings.length);
      const warnings = await listWarnings(t.db.kysely, { planId: plans.a });
      expect(warnings.find((w) => w.kind === 'WEAKER_THAN_QUOTA')?.reason).toBe(weaker.reason);
      const again = await consistencyReport(ctxs.a, { planId: plans.a, year: 2023, raise: true });
      expect(again.raised).toBe(0);
    });

    it('approves a revision effective 2023: as of 2022 the original target, as of 2024 the revised one', async () => {
      const green = await ind(plans.a, '建成区绿化覆盖率');
      for (const [year, value] of [
        [2020, 26],
        [2022, 27],
        [2024, 28.3],
      ] as const)
        await recordObservation(t.db.kysely, SYSTEM_CALLER.actor, green.id, { year, value }, NOW);
      const proposal = await proposeRevision(ctxs.a, {
        indicatorId: green.id,
        target: { value: 28 },
        effectiveYear: 2023,
        reason: '中期评估后按实际调整',
      });
      const approval = {
        revisionId: proposal.id,
        version: proposal.version,
        decision: 'approved' as const,
        approvingBody: '西湖区人大常委会',
        documentNo: '西人常〔2023〕5号',
        documentDate: '2023-03-01',
      };
      await expect(decideRevision(ctxs.a, approval)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const approved = await decideRevision(ctxs.admin, approval);
      expect(approved).toMatchObject({
        status: 'approved',
        documentNo: '西人常〔2023〕5号',
        effectiveYear: 2023,
      });
      // The approval checks consistency again with the target in force: 28 is still weaker than the quota 35.
      expect(approved.consistency?.findings).toBeGreaterThanOrEqual(1);
      const after = await consistencyReport(ctxs.a, { planId: plans.a, year: 2023 });
      expect(after.findings.find((f) => f.code === 'WEAKER_THAN_QUOTA')?.params).toMatchObject({
        own: 28,
        quota: 35,
      });
      const cell = async (year: number) => {
        const view = await sideBySide(ctxs.city, { planId: plans.city, year });
        const row = view.rows.find((r) => r.name === '建成区绿化覆盖率')!;
        return row.cells[view.columns.findIndex((c) => c.planId === plans.a)]!;
      };
      const [as2022, as2024] = [await cell(2022), await cell(2024)];
      expect(as2022.flags).not.toContain('TARGET_REVISED');
      expect(as2022.status).not.toBe('ACHIEVED');
      expect(as2024.flags).toContain('TARGET_REVISED');
      expect(as2024.status).toBe('ACHIEVED');
    });

    it('the daily sweep checks linked plans by itself: a weaker district target is raised once', async () => {
      const links = await suggestLinks(ctxs.b, { planId: plans.b });
      const green = links.find(
        (l) => l.indicatorName === '建成区绿化覆盖率' && l.upperIndicatorName === '建成区绿化覆盖率',
      )!;
      await decideLink(ctxs.b, { linkId: green.id, version: green.version, decision: 'confirmed' });
      await recordQuota(ctxs.city, {
        upperPlanId: plans.city,
        governmentId: gov.b,
        upperIndicatorId: green.upperIndicatorId,
        target: { value: 35 },
        documentNo: '某府发〔2021〕13号',
      });
      const weaker = (r: Awaited<ReturnType<typeof runSweep>>) =>
        r.raised.filter((w) => w.kind === 'WEAKER_THAN_QUOTA').map((w) => w.plan_id);
      const swept = await runSweep(ctxs.system, { today: '2024-07-01' });
      expect(swept.checked.plans).toBe(3); // the city's plan and the two districts'
      expect(weaker(swept)).toContain(plans.b);
      expect(weaker(await runSweep(ctxs.system, { today: '2024-07-01' }))).toEqual([]);
    });

    it('scopes access by government: B cannot see A, the city reads both and edits neither', async () => {
      await expect(requirePlanAccess(ctxs.b, plans.a, 'read')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(listLinks(ctxs.b, plans.a)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await requirePlanAccess(ctxs.city, plans.a, 'read')).toBe('read');
      expect(await requirePlanAccess(ctxs.city, plans.b, 'read')).toBe('read');
      await expect(suggestLinks(ctxs.city, { planId: plans.a })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const green = await ind(plans.b, '建成区绿化覆盖率');
      await expect(
        proposeRevision(ctxs.city, {
          indicatorId: green.id,
          target: { value: 1 },
          effectiveYear: 2024,
          reason: 'x',
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const view = await sideBySide(ctxs.city, { planId: plans.city, year: 2024 });
      expect(view.columns.map((c) => c.government).sort()).toEqual(['乙区（合成）', '西湖区']);
      // B sees the city's side-by-side without A's column: A's plan is a draft, not B's to read.
      await expect(sideBySide(ctxs.b, { planId: plans.city, year: 2024 })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });
}
