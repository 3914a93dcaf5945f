/**
 * The plan system in Chromium on the production build (issue 15): a synthetic city plan and two district plans
 * (西湖区, the real example; 乙区, a synthetic copy) under one city; the city's leader switches plans on the
 * dashboard, and the city's side-by-side view shows both districts with the linked indicator's status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createGovernments,
  decideLink,
  hashPassword,
  importPlan,
  placeMember,
  placePlan,
  suggestLinks,
  SYSTEM_CALLER,
} from '@gangmu/commands';
import { createUser, recordObservation, SYSTEM_ACTOR } from '@gangmu/storage';
import { CAN_RUN, PASSWORD, signIn, startStack, type Stack } from './browser.ts';

const ROOT = join(import.meta.dirname, '..');
const CITY = readFileSync(join(ROOT, 'examples/synthetic-city-2021-2025/plan.txt'));
const XIHU = readFileSync(join(ROOT, 'examples/xihu-2021-2025/plan.txt'));
const WATER = '地表水达到或好于III类水体比例';

describe.skipIf(!CAN_RUN)('the plan system in Chromium', () => {
  let s: Stack;
  const plan = { city: '', a: '', b: '' };
  beforeAll(async () => {
    s = await startStack();
    const ctx = { db: s.db, now: () => new Date('2024-06-30T00:00:00Z'), caller: SYSTEM_CALLER };
    const [city, a, b] = await createGovernments(ctx, {
      governments: [
        { code: '360100', name: '某市（合成）' },
        { code: '360103', name: '西湖区' },
        { code: '360104', name: '乙区（合成）' },
      ],
    });
    plan.city = (
      await importPlan(ctx, { bytes: CITY, title: '某市“十四五”规划纲要（合成样例）', publish: true })
    ).id;
    plan.a = (await importPlan(ctx, { bytes: XIHU, publish: true })).id;
    plan.b = (
      await importPlan(ctx, { bytes: XIHU, title: '乙区“十四五”规划纲要（合成样例）', publish: true })
    ).id;
    await placePlan(ctx, { planId: plan.city, governmentId: city!.id, synthetic: true });
    await placePlan(ctx, { planId: plan.a, governmentId: a!.id, implements: [plan.city] });
    await placePlan(ctx, { planId: plan.b, governmentId: b!.id, synthetic: true, implements: [plan.city] });
    for (const p of [plan.a, plan.b]) {
      const link = (await suggestLinks(ctx, { planId: p })).find(
        (l) => l.indicatorName === WATER && l.upperIndicatorName === WATER,
      )!;
      await decideLink(ctx, { linkId: link.id, version: link.version, decision: 'confirmed' });
      for (const [year, value] of [
        [2020, 85],
        [2023, p === plan.a ? 91 : 86],
      ] as const)
        await recordObservation(s.db.kysely, SYSTEM_ACTOR, link.indicatorId, { year, value }, new Date());
    }
    const u = await createUser(s.db.kysely, SYSTEM_ACTOR, {
      username: 'city-leader',
      displayName: '市领导',
      passwordHash: await hashPassword(PASSWORD),
      role: 'leader',
      unitId: null,
    });
    await placeMember(ctx, { kind: 'users', id: u.id, governmentId: city!.id });
  }, 180_000);
  afterAll(async () => {
    await s?.close();
  });

  it("the city's leader switches plans on the dashboard and sees the districts side by side", async () => {
    const page = await s.browser.newPage();
    await signIn(page, s.base, 'city-leader');
    await expect(page.getByTestId('dashboard-title').textContent()).resolves.toContain('某市');
    await page.getByTestId('plan-selector').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '乙区' }).click();
    await page.getByTestId('dashboard-title').filter({ hasText: '乙区' }).waitFor();
    expect(page.url()).toContain(`plan=${plan.b}`);
    await page.getByTestId('plan-selector').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '某市' }).click();
    await page.getByTestId('dashboard-title').filter({ hasText: '某市' }).waitFor();
    await page.getByTestId('districts-link').click();
    const table = page.getByTestId('districts-table');
    await table.locator('thead').getByText('西湖区').first().waitFor();
    await table.locator('thead').getByText('乙区（合成）').first().waitFor();
    const row = table.locator('tbody tr').filter({ hasText: WATER }).first();
    await expect(row.getByText('未衔接').count()).resolves.toBe(0);
    await expect(row.getByText(/最新值 91/).count()).resolves.toBe(1);
    await expect(row.getByText(/最新值 86/).count()).resolves.toBe(1);
    await page.close();
  }, 180_000);
});
