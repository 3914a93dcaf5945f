/**
 * The product as people meet it, in headless Chromium on the production build: an administrator imports
 * the example plan, reviews and publishes it and assigns a task; the unit's reporter submits progress; the
 * supervisor approves; the leader's dashboard changes; the public sees the published indicator, posts an
 * opinion and follows it by its tracking code (the handling loop is e2e/participation.test.ts); at phone width the public portal does not scroll sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CAN_RUN, signIn, startStack, type Stack } from './browser.ts';

const EXAMPLE = resolve(import.meta.dirname, '../examples/xihu-2021-2025/plan.txt');
const AXE = resolve(import.meta.dirname, '../node_modules/axe-core/axe.min.js');

describe.skipIf(!CAN_RUN)('end to end in Chromium', () => {
  let s: Stack;
  /** Everything the browser refused under the Content-Security-Policy, on every page of these flows. */
  const refused: string[] = [];
  const open = async (): Promise<Page> => {
    const page = await s.browser.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(`${page.url()}: ${m.text()}`);
    });
    return page;
  };
  let planUrl = '';
  beforeAll(async () => {
    s = await startStack();
  }, 180_000);
  afterAll(async () => {
    await s?.close();
  });

  it('an administrator imports the example plan, reviews it, publishes it and assigns a task', async () => {
    const page = await open();
    await signIn(page, s.base, 'admin');
    await page.goto(`${s.base}/app/import`);
    await page.getByTestId('import-file').setInputFiles(EXAMPLE);
    await page.getByTestId('import-result').waitFor();
    await expect(page.getByTestId('import-result').textContent()).resolves.toContain('12 章');
    await page.getByRole('tab', { name: /诊断/ }).click();
    await page.getByText('标题编号“第十章”与目录不符').first().waitFor();
    await page.getByTestId('open-draft').click();
    await page.getByTestId('publish').click();
    await page.getByText('已发布 · 第 1 版').waitFor();
    planUrl = page.url();
    await page.getByRole('button', { name: '按条目生成任务' }).click();
    await page
      .getByRole('searchbox')
      .or(page.getByPlaceholder(/全文搜索/))
      .first()
      .fill('综合实力');
    await page.getByText('1. 综合实力明显增强,西湖“实力之梁”更加坚挺').click();
    await page.getByTestId('task-card').waitFor();
    await page.getByTestId('lead-unit').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '教体局' }).click();
    await page.getByTestId('deadline').fill('2030-12-31');
    await page.getByTestId('assign').click();
    await page.getByTestId('task-card').getByText('2030-12-31').waitFor();
    await page.close();
  }, 180_000);

  it("the reporter submits progress, the supervisor approves it, and the leader's dashboard changes", async () => {
    const leader = await open();
    await signIn(leader, s.base, 'leader');
    await leader.getByTestId('league').getByText('0%').first().waitFor();

    const reporter = await open();
    await signIn(reporter, s.base, 'reporter');
    await reporter.goto(`${s.base}/app/work`);
    await reporter.getByRole('button', { name: '报送进展' }).first().click();
    await reporter.getByTestId('done-text').fill('已制定人才引进办法并印发实施。');
    await reporter.locator('.ant-modal').getByRole('spinbutton').fill('60');
    await reporter.getByTestId('submit-report').click();
    await reporter.getByText('待审核').first().waitFor();

    const supervisor = await open();
    await signIn(supervisor, s.base, 'supervisor');
    await supervisor.goto(`${s.base}/app/work`);
    await supervisor
      .getByRole('button', { name: /通\s*过/ })
      .first()
      .click();
    await supervisor.getByText('已通过').waitFor();

    await leader.reload();
    await leader.getByTestId('league').getByText('60%').first().waitFor();
    // Every light drills down: grey leads to the plan's indicators that cannot be assessed yet, and only those.
    await leader.getByTestId('light-grey').click();
    await leader.getByRole('link', { name: '地区生产总值年均增速' }).waitFor();
    expect(
      await leader
        .locator('.ant-tag')
        .filter({ hasText: /进度符合预期|进度滞后|已完成/ })
        .count(),
    ).toBe(0);
    await Promise.all([leader.close(), reporter.close(), supervisor.close()]);
  }, 180_000);

  it('the public sees the published indicator, posts an opinion and follows it by its tracking code', async () => {
    const page = await open();
    await page.goto(s.base);
    await page.getByRole('link', { name: /西湖区国民经济和社会发展/ }).click();
    await page.getByRole('link', { name: '地区生产总值年均增速' }).click();
    await page.getByText('目标：7-7.5').waitFor();
    await page
      .getByText(/暂无法评估|进度/)
      .first()
      .waitFor();
    await page.goBack();
    await page.locator('textarea[name=content]').last().fill('建议公开重大项目的年度投资进度。');
    await page.getByRole('button', { name: '提交' }).last().click();
    await page.getByText('意见已提交').waitFor();
    const code = (await page.getByTestId('tracking-code').textContent())!;
    expect(code).toMatch(/^GM-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    // Not public until it is answered: the plan page lists answered opinions only.
    await page.reload();
    await page.getByTestId('answered-opinions').waitFor();
    expect(await page.getByText('建议公开重大项目的年度投资进度。').count()).toBe(0);
    await page.getByRole('link', { name: '查询办理进度' }).click();
    await page.getByLabel('跟踪码').fill(code.toLowerCase());
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByTestId('stage').filter({ hasText: '已受理' }).waitFor();
    await page.getByText('建议公开重大项目的年度投资进度。').waitFor();
    await page.close();
  }, 180_000);

  it('the public portal passes the axe checks for WCAG 2.1 A and AA', async () => {
    const page = await open();
    const planPath = new URL(planUrl).pathname.replace('/app', '');
    await page.goto(`${s.base}${planPath}`);
    const firstIndicator = await page
      .getByRole('link', { name: '地区生产总值年均增速' })
      .getAttribute('href');
    for (const path of ['/', planPath, firstIndicator!, '/track']) {
      await page.goto(`${s.base}${path}`);
      await page.waitForLoadState('networkidle');
      // Evaluated over the DevTools protocol: the page's CSP (no inline script) refuses a script tag.
      await page.evaluate(readFileSync(AXE, 'utf8'));
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                ctx: Document,
                o: object,
              ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
            };
          }
        ).axe;
        const r = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return r.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
      });
      expect(violations, path).toEqual([]);
    }
    await page.close();
  }, 180_000);

  it('the public portal has no horizontal scroll at phone width (390×844)', async () => {
    const context = await s.browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
    });
    const page = await context.newPage();
    const planPath = new URL(planUrl).pathname.replace('/app', '');
    for (const path of ['/', planPath, '/track']) {
      await page.goto(`${s.base}${path}`);
      await page.waitForLoadState('networkidle');
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, path).toBeLessThanOrEqual(client);
    }
    await context.close();
  }, 180_000);

  it('the pages ran under the Content-Security-Policy without a refusal (no inline script, nothing foreign)', () => {
    expect(refused).toEqual([]);
  });
});
void join;
