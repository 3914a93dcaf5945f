/**
 * Every staff page, as each role meets it, in headless Chromium on the production build (issue 13):
 * - the interface's own text in zh-CN has no Latin letters outside the allow-list (product name, file
 *   formats, units), and in English no Chinese; text people or the plan wrote is marked data-user-content
 *   and skipped;
 * - axe finds no WCAG 2.1 A/AA violation;
 * - on a phone (390×844) no page is wider than the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { Scheduler } from '@gangmu/api';
import {
  assignOpinion,
  createGovernments,
  placePlan,
  postOpinion,
  PUBLIC_CALLER,
  screenOpinion,
  SYSTEM_CALLER,
} from '@gangmu/commands';
import { listUnits, listUsers } from '@gangmu/storage';
import { chineseWords, latinWords } from '@gangmu/web/language-check';
import { CAN_RUN, PASSWORD, seedDemo, startStack, type Stack } from './browser.ts';

const AXE = resolve(import.meta.dirname, '../node_modules/axe-core/axe.min.js');

/** [who, path, what the page shows once loaded] — every page of the staff app, and an unknown address. */
type Visit = [string | null, string, string];
let visits: Visit[] = [];

async function signedIn(context: BrowserContext, base: string, who: string | null): Promise<Page> {
  const page = await context.newPage();
  if (!who) return page;
  await page.goto(`${base}/app`);
  await page.locator('#username').fill(who);
  await page.locator('#password').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
  await page.locator('.ant-layout-header').waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

/** Opens a page and waits until its data is in: the network is idle and no skeleton is left. */
async function open(page: Page, base: string, path: string, ready: string) {
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle');
  await page.locator(ready).first().waitFor();
  await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
}

/** The visible text and the labels of the page that the app itself wrote (user content skipped). */
const ownText = (page: Page) =>
  page.evaluate(() => {
    // Skipped: what people wrote, antd's icon names (aria-label="down"), and text marked as written in
    // the other language on purpose (the language switch names itself).
    const other = `[lang]:not([lang="${document.documentElement.lang}"]):not(html)`;
    const skip = (el: Element | null) =>
      !el ||
      !!el.closest(`[data-user-content],script,style,noscript,.anticon,${other}`) ||
      !el.checkVisibility();
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (!skip(n.parentElement) && n.textContent?.trim()) out.push(n.textContent.trim());
    for (const el of document.querySelectorAll('[placeholder],[aria-label],[title]'))
      if (!skip(el))
        for (const a of ['placeholder', 'aria-label', 'title'])
          if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
    out.push(document.title);
    return out;
  });

async function forEachPage(
  s: Stack,
  options: { width: number; height: number; english?: boolean },
  check: (page: Page, label: string) => Promise<void>,
) {
  for (const who of [...new Set(visits.map(([w]) => w))]) {
    const context = await s.browser.newContext({
      viewport: { width: options.width, height: options.height },
      ...(options.width < 500 ? { isMobile: true, deviceScaleFactor: 2 } : {}),
    });
    if (options.english) await context.addInitScript(() => localStorage.setItem('gangmu.lang', 'en'));
    const page = await signedIn(context, s.base, who);
    for (const [, path, ready] of visits.filter(([w]) => w === who)) {
      await open(page, s.base, path, ready);
      await check(page, `${who ?? 'signed out'} ${path}`);
    }
    await context.close();
  }
}

describe.skipIf(!CAN_RUN)('every staff page', () => {
  let s: Stack;
  beforeAll(async () => {
    s = await startStack();
    const { planId, indicatorId } = await seedDemo(s);
    await new Scheduler({ db: s.db, now: () => new Date('2024-07-10T00:00:00Z') }).tick();
    // The plan system's pages (issue 15): the demo plan under its government.
    const system = { db: s.db, now: () => new Date(), caller: SYSTEM_CALLER };
    const [government] = await createGovernments(system, {
      governments: [{ code: '360103', name: '西湖区' }],
    });
    await placePlan(system, { planId, governmentId: government!.id });
    // Public participation (issue 16): an opinion on the indicator, accepted and assigned to the reporter's unit.
    const users = await listUsers(s.db.kysely);
    const admin = users.find((u) => u.username === 'admin')!;
    const office = {
      db: s.db,
      now: () => new Date(),
      caller: { actor: { id: admin.id, name: admin.display_name }, role: 'admin' as const, unitId: null },
    };
    const posted = await postOpinion(
      { db: s.db, now: () => new Date(), caller: PUBLIC_CALLER },
      {
        planId,
        targetType: 'indicator',
        targetId: indicatorId,
        content: '建议按季度公布地区生产总值增速。',
        contact: '13900000000',
        shareContact: true,
        address: '192.0.2.10',
      },
    );
    await screenOpinion(office, { id: posted.id, expectedVersion: 1, decision: 'accept' });
    const jtj = (await listUnits(s.db.kysely)).find((u) => u.code === 'JTJ')!;
    await assignOpinion(office, { id: posted.id, expectedVersion: 2, unitId: jtj.id });
    const table = '.ant-table-tbody';
    visits = [
      [null, '/app', '#username'],
      ['leader', '/app', '[data-testid=league]'],
      ['admin', `/app/plans/${planId}`, '.ant-tree'],
      ['admin', '/app/import', '[data-testid=import-file]'],
      ['admin', `/app/indicators/${indicatorId}`, table],
      ['admin', '/app/admin', '[data-testid=audit-table]'],
      ['admin', '/app/opinions', table],
      ['admin', `/app/opinions?opinion=${posted.id}`, '[data-testid=opinion-state]'],
      ['admin', '/app/holidays', '[data-testid=holiday-calendar]'],
      ['reporter', '/app/opinions', table],
      ['reporter', `/app/opinions?opinion=${posted.id}`, '[data-testid=answer-text]'],
      ['admin', '/app/no-such-page', '.ant-result-404'],
      ['reporter', '/app/work', `[data-testid=work-opinion-${posted.id}]`],
      ['supervisor', '/app/work', table],
      ['supervisor', '/app/warnings', table],
      ['admin', `/app/portfolio/${government!.id}`, table],
      ['admin', `/app/plans/${planId}/districts`, '.ant-empty'],
      ['admin', `/app/plans/${planId}/links`, table],
      ['admin', `/app/plans/${planId}/revisions`, table],
    ];
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('shows no English in the Chinese interface', async () => {
    const found: string[] = [];
    await forEachPage(s, { width: 1366, height: 768 }, async (page, label) => {
      const words = (await ownText(page)).flatMap(latinWords);
      if (words.length) found.push(`${label}: ${[...new Set(words)].join(', ')}`);
    });
    expect(found).toEqual([]);
  }, 300_000);

  it('shows no Chinese in the English interface', async () => {
    const found: string[] = [];
    await forEachPage(s, { width: 1366, height: 768, english: true }, async (page, label) => {
      const words = (await ownText(page)).flatMap(chineseWords);
      if (words.length) found.push(`${label}: ${[...new Set(words)].join(', ')}`);
    });
    expect(found).toEqual([]);
  }, 300_000);

  it('passes the axe checks for WCAG 2.1 A and AA', async () => {
    const found: string[] = [];
    await forEachPage(s, { width: 1366, height: 768 }, async (page, label) => {
      // Evaluated over the DevTools protocol: the page's CSP (no inline script) refuses a script tag.
      await page.evaluate(readFileSync(AXE, 'utf8'));
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } })
          .axe;
        const r = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return r.violations.map((v) => `${v.id} (${v.nodes.length}: ${v.nodes[0]?.target.join(' ')})`);
      });
      if (violations.length) found.push(`${label}: ${violations.join('; ')}`);
    });
    expect(found).toEqual([]);
  }, 300_000);

  it('fits a phone screen (390×844): no page wider than the screen', async () => {
    const found: string[] = [];
    await forEachPage(s, { width: 390, height: 844 }, async (page, label) => {
      const { scroll, client, widest } = await page.evaluate(() => {
        const client = document.documentElement.clientWidth;
        // The element sticking out furthest, to name in the failure.
        let widest = '';
        let right = client;
        const clipped = (el: Element) => {
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
            if (getComputedStyle(a).overflowX !== 'visible') return true;
          return false;
        };
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          if (r.right <= right + 0.5 || clipped(el)) continue;
          if (r.right > right + 0.5 && el.checkVisibility()) {
            right = r.right;
            widest = `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')} (${Math.round(r.right)} px)`;
          }
        }
        return { scroll: document.documentElement.scrollWidth, client, widest };
      });
      if (scroll > client) found.push(`${label}: ${scroll} px wide; ${widest}`);
    });
    expect(found).toEqual([]);
  }, 300_000);
});

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}
