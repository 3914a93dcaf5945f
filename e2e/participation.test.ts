/**
 * Public participation as a closed loop (issue 16), in headless Chromium on the production build: a visitor
 * posts an opinion on an indicator and gets a tracking code and a private link → the plan office accepts it
 * and assigns it to the unit (the default deadline of 15 working days shown) → the unit answers → the plan
 * office returns the answer once → the unit answers again → approved and published → the visitor, through the
 * private link, sees the answer and rates it 不满意 → the opinion is reopened → the plan office takes it into
 * the plan (纳入规划实施) and assigns it again → the unit answers again → approved and published → the visitor
 * sees the new answer, it shows on the indicator's page, and the plan's statistics count it.
 * (The overdue case — a warning and one urge notice to a webhook receiver and an SMTP server — is tested at
 * the API level: apps/api/test/participation-overdue.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CAN_RUN, PASSWORD, seedDemo, signIn, startStack, type Stack } from './browser.ts';

const OPINION = '建议按季度公布地区生产总值增速及其计算口径，便于群众监督。';
const FIRST_ANSWER = '我局将研究按季度公布。';
const SECOND_ANSWER = '自2025年起，区统计局每季度在政府网站“统计数据”栏目公布地区生产总值增速及计算口径。';
const THIRD_ANSWER =
  '已纳入规划实施任务：区统计局每季度第一个月15日前公布上季度地区生产总值增速、计算口径和数据来源，并在“统计数据”栏目提供历年数据下载。';

describe.skipIf(!CAN_RUN)('public participation, the whole loop in Chromium', () => {
  let s: Stack;
  let planId = '';
  let indicatorId = '';
  let visitor: Page;
  let office: Page;
  let unit: Page;
  let code = '';
  let privateLink = '';
  /** Everything the browser refused under the Content-Security-Policy, on every page of this loop. */
  const refused: string[] = [];

  const open = async (): Promise<Page> => {
    const page = await s.browser.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(`${page.url()}: ${m.text()}`);
    });
    return page;
  };
  /** Loads a page afresh (a link differing only after the # would not reload it). */
  const visit = async (page: Page, url: string) => {
    await page.goto('about:blank');
    await page.goto(url);
  };
  const drawer = (page: Page) => page.locator('.ant-drawer-body');
  /** Opens the opinion from the staff queue and waits for its panel. */
  const openOpinion = async (page: Page) => {
    await page.goto(`${s.base}/app/opinions`);
    await page.getByTestId(`open-opinion-${code}`).click();
    await drawer(page).getByTestId('opinion-state').waitFor();
  };
  const stateIs = (page: Page, label: string) =>
    drawer(page).getByTestId('opinion-state').filter({ hasText: label }).waitFor();
  /** Clicks a button that asks first, then its confirmation. */
  const confirmed = async (page: Page, testId: string) => {
    await drawer(page).getByTestId(testId).click();
    await page.getByTestId(`${testId}-ok`).click();
  };
  const answer = async (text: string) => {
    await openOpinion(unit);
    await drawer(unit).getByTestId('answer-text').fill(text);
    await confirmed(unit, 'submit-answer');
    await stateIs(unit, '待审核');
  };
  const approveAndPublish = async () => {
    await openOpinion(office);
    await stateIs(office, '待审核');
    await confirmed(office, 'approve-answer');
    await stateIs(office, '已审定');
    await confirmed(office, 'publish-answer');
    await stateIs(office, '已答复');
  };
  const assignToUnit = async () => {
    await drawer(office).getByTestId('assign-unit').click();
    await office.locator('.ant-select-item-option').filter({ hasText: '教体局' }).click();
    await drawer(office).getByTestId('default-deadline').filter({ hasText: '15 个工作日' }).waitFor();
    await drawer(office).getByTestId('assign-opinion').click();
    await stateIs(office, '办理中');
  };

  beforeAll(async () => {
    s = await startStack();
    ({ planId, indicatorId } = await seedDemo(s));
    [visitor, office, unit] = await Promise.all([open(), open(), open()]);
    await signIn(office, s.base, 'admin');
    await signIn(unit, s.base, 'reporter');
  }, 180_000);
  afterAll(async () => {
    await s?.close();
  });

  it('a visitor posts on an indicator and gets a tracking code and a private link', async () => {
    await visitor.goto(`${s.base}/indicators/${indicatorId}`);
    await visitor.getByText('尚无已答复的意见。').waitFor();
    await visitor.getByLabel('意见内容').fill(OPINION);
    await visitor.getByLabel(/电子邮箱/).fill('visitor@example.test');
    await visitor.getByLabel(/同意将联系方式提供给承办单位/).check();
    await visitor.getByRole('button', { name: '提交' }).click();
    await visitor.getByText('意见已提交').waitFor();
    code = (await visitor.getByTestId('tracking-code').textContent())!;
    expect(code).toMatch(/^GM-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    privateLink = (await visitor.getByTestId('private-link').getAttribute('href'))!;
    expect(privateLink).toMatch(new RegExp(`/track/${code}#[A-Za-z0-9_-]{16,}$`));
    await visit(visitor, privateLink);
    await visitor.getByTestId('stage').filter({ hasText: '已受理' }).waitFor();
  }, 120_000);

  it('the plan office accepts it and assigns it to the unit with the default deadline', async () => {
    await openOpinion(office);
    await stateIs(office, '待受理');
    // The plan office sees the contact details (the e-mail to tell the visitor).
    await drawer(office).getByTestId('contact').filter({ hasText: 'visitor@example.test' }).waitFor();
    await confirmed(office, 'accept-opinion');
    await stateIs(office, '已受理');
    await assignToUnit();
    await visitor.goto(`${s.base}/track/${code}`);
    await visitor.getByTestId('stage').filter({ hasText: '办理中' }).waitFor();
    await visitor.getByText('教体局').waitFor();
  }, 120_000);

  it('the unit answers, the plan office returns it once, the unit answers again, it is approved and published', async () => {
    await answer(FIRST_ANSWER);
    await openOpinion(office);
    await drawer(office).getByTestId('unit-answer').filter({ hasText: FIRST_ANSWER }).waitFor();
    await drawer(office).getByTestId('return-comment').fill('请写明公布的时间和栏目。');
    await drawer(office).getByTestId('return-answer').click();
    await stateIs(office, '退回修改');
    // The unit sees why it came back, with its draft kept.
    await openOpinion(unit);
    await stateIs(unit, '退回修改');
    await drawer(unit).getByRole('alert').getByText('请写明公布的时间和栏目。').waitFor();
    await expect(drawer(unit).getByTestId('answer-text').inputValue()).resolves.toBe(FIRST_ANSWER);
    await answer(SECOND_ANSWER);
    await approveAndPublish();
  }, 180_000);

  it('the visitor sees the answer by the tracking code and rates it 不满意, which reopens it', async () => {
    // By the code alone: the stage and the answer, but no rating without the private link.
    await visitor.goto(`${s.base}/track`);
    await visitor.getByLabel('跟踪码').fill(code.toLowerCase());
    await visitor.getByRole('button', { name: '查询' }).click();
    await visitor.getByTestId('stage').filter({ hasText: '已答复' }).waitFor();
    await visitor.getByTestId('answer').filter({ hasText: SECOND_ANSWER }).waitFor();
    expect(await visitor.getByRole('button', { name: '提交评价' }).count()).toBe(0);
    await visit(visitor, privateLink);
    await visitor.getByTestId('answer').filter({ hasText: SECOND_ANSWER }).waitFor();
    await visitor.getByLabel('不满意').check();
    await visitor.getByLabel(/评价说明/).fill('没有说明数据来源和历年数据。');
    await visitor.getByRole('button', { name: '提交评价' }).click();
    await visitor.getByText('已收到您的不满意评价，意见已重新交办理。').waitFor();
    await visitor.getByTestId('stage').filter({ hasText: '办理中' }).waitFor();
    await openOpinion(office);
    await stateIs(office, '重新办理');
    await drawer(office).getByText('没有说明数据来源和历年数据。').waitFor();
  }, 120_000);

  it('reopened: the plan office takes it into the plan and assigns it again; the unit answers again; published', async () => {
    await drawer(office).getByTestId('link-task-select').click();
    await office.locator('.ant-select-item-option').first().click();
    await confirmed(office, 'link-task');
    await drawer(office).getByText('纳入规划实施').first().waitFor();
    await assignToUnit();
    await answer(THIRD_ANSWER);
    await approveAndPublish();

    await visit(visitor, privateLink);
    await visitor.getByTestId('answer').filter({ hasText: THIRD_ANSWER }).waitFor();
    await visitor.getByText('已纳入规划实施任务').first().waitFor();
    await visitor.getByText('该意见曾因评价不满意而重新办理。').waitFor();
    await visitor.getByLabel('满意', { exact: true }).check();
    await visitor.getByRole('button', { name: '提交评价' }).click();
    await visitor.getByText('感谢评价。').waitFor();
    await visitor.getByText('评价：满意').waitFor();

    // Public: on the indicator's page beside the opinion, and counted in the plan's statistics.
    await visitor.goto(`${s.base}/indicators/${indicatorId}`);
    const answered = visitor.getByTestId('answered-opinions');
    await answered.getByText(OPINION).waitFor();
    await answered.getByText(THIRD_ANSWER).waitFor();
    expect(await answered.getByText(SECOND_ANSWER).count()).toBe(0);
    await visitor.goto(`${s.base}/plans/${planId}`);
    const stats = visitor.getByTestId('opinion-statistics');
    await stats.getByRole('row', { name: /本规划合计\s*1\s*1\s*1/ }).waitFor();
    await stats.getByRole('row', { name: /教体局/ }).waitFor();
  }, 240_000);

  it('the queue, an opinion, the holiday calendars and the tracking page fit a 390 px phone', async () => {
    const opinionId = new URL(office.url()).searchParams.get('opinion');
    expect(opinionId).toBeTruthy();
    const context = await s.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    await page.goto(`${s.base}/app`);
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('menu-button').waitFor();
    for (const [path, ready] of [
      ['/app/opinions', '.ant-table-tbody'],
      [`/app/opinions?opinion=${opinionId}`, '.ant-drawer-body [data-testid=opinion-state]'],
      ['/app/holidays', '[data-testid=holiday-calendar]'],
      [`/track/${code}`, '[data-testid=stage]'],
    ] as const) {
      await page.goto(`${s.base}${path}`);
      await page.waitForLoadState('networkidle');
      await page.locator(ready).first().waitFor();
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, path).toBeLessThanOrEqual(client);
    }
    await context.close();
  }, 120_000);

  it('ran under the Content-Security-Policy without a refusal', async () => {
    await Promise.all([visitor.close(), office.close(), unit.close()]);
    expect(refused).toEqual([]);
  });
});
