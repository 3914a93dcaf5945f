/**
 * The evaluation report in the browser: the supervisor drafts the 2023 annual report, edits a paragraph, a value
 * arrives and the report is regenerated (the edit survives, the table follows); the leader approves and publishes;
 * the public reads it on the portal; a value changed afterwards does not move the published version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getPlan, recordObservation, SYSTEM_ACTOR, updateObservation } from '@gangmu/storage';
import { CAN_RUN, signIn, seedDemo, startStack, type Stack } from './browser.ts';

const EDITED = '经区政府常务会议研究，全区规划实施总体平稳、稳中有进。';
const INDICATOR = '基本养老保险覆盖率';

/** The 最新值 cell of an indicator's row in the first table of the report on the page. */
const latestCell = (page: Page) =>
  page.locator('[data-block="indicators-table"] tr').filter({ hasText: INDICATOR }).locator('td').nth(6);

describe.skipIf(!CAN_RUN)('the evaluation report end to end in Chromium', () => {
  let s: Stack;
  let planId = '';
  beforeAll(async () => {
    s = await startStack();
    planId = (await seedDemo(s)).planId;
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('drafts, edits, regenerates, approves and publishes the 2023 annual report; the public copy stays frozen', async () => {
    const k = s.db.kysely;
    const now = new Date('2024-06-30T00:00:00Z');
    const indicator = (await getPlan(k, planId)).indicators.find((i) => i.name === INDICATOR)!;

    const supervisor = await s.browser.newPage();
    await signIn(supervisor, s.base, 'supervisor');
    await supervisor.goto(`${s.base}/app/reports`);
    await supervisor
      .locator('[data-testid="report-year"] input, input[data-testid="report-year"]')
      .first()
      .fill('2023');
    await supervisor.getByTestId('draft-report').click();
    await supervisor.getByTestId('report-status').getByText('草稿').waitFor();
    await expect(latestCell(supervisor).textContent()).resolves.toBe('暂无数据');

    await supervisor.getByTestId('edit-overall-time').click();
    await supervisor.getByTestId('edit-text-overall-time').fill(EDITED);
    await supervisor.getByTestId('save-overall-time').click();
    await supervisor.getByText(EDITED).waitFor();

    await recordObservation(k, SYSTEM_ACTOR, indicator.id, { year: 2020, value: 90 }, now);
    const v2023 = await recordObservation(k, SYSTEM_ACTOR, indicator.id, { year: 2023, value: 95 }, now);
    await supervisor.getByTestId('regenerate-report').click();
    await supervisor.locator('[data-block="indicators-table"]').getByText('95（2023）').waitFor();
    await supervisor.getByText(EDITED).waitFor();
    await supervisor.getByTestId('submit-report').click();
    await supervisor.getByTestId('report-status').getByText('待审批').waitFor();

    const leader = await s.browser.newPage();
    await signIn(leader, s.base, 'leader');
    await leader.goto(`${s.base}/app/reports`);
    await leader.getByRole('cell', { name: '2023' }).click();
    await leader.getByTestId('approve-report').click();
    await leader.getByTestId('report-status').getByText('已定稿').waitFor();
    await leader.getByTestId('publish-report').click();
    await leader.getByTestId('publish-report').waitFor({ state: 'detached' });

    const visitor = await s.browser.newPage();
    await visitor.setViewportSize({ width: 390, height: 844 });
    await visitor.goto(s.base);
    await visitor.getByRole('link', { name: /西湖区国民经济和社会发展/ }).click();
    await visitor.getByTestId('published-report').click();
    await visitor.getByText(EDITED).waitFor();
    await expect(latestCell(visitor).textContent()).resolves.toBe('95（2023）');
    expect(await visitor.getByTestId('report-docx').getAttribute('href')).toMatch(/\/docx$/);

    // The value is corrected after publication: the published report does not move.
    await updateObservation(k, SYSTEM_ACTOR, v2023.id, v2023.version, { year: 2023, value: 97 }, now);
    await visitor.reload();
    await visitor.getByText(EDITED).waitFor();
    await expect(latestCell(visitor).textContent()).resolves.toBe('95（2023）');
    await Promise.all([supervisor.close(), leader.close(), visitor.close()]);
  }, 180_000);
});
