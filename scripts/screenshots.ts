/**
 * npm run screenshots — every main page, desktop (1366×900) and phone (390×844), into docs/screenshots/,
 * from the real server on the production build with the example plan and some values loaded.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { CAN_RUN, PASSWORD, seedDemo, startStack } from '../e2e/browser.ts';
import { Scheduler } from '@gangmu/api';

if (!CAN_RUN) process.exit(1);
const OUT = 'docs/screenshots';
mkdirSync(OUT, { recursive: true });
const s = await startStack();
const { planId, indicatorId } = await seedDemo(s);
await new Scheduler({ db: s.db, now: () => new Date('2024-07-10T00:00:00Z') }).tick();

async function signedIn(context: BrowserContext, username: string) {
  const page = await context.newPage();
  await page.goto(`${s.base}/app`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page
    .getByText(/退\s*出/)
    .first()
    .waitFor();
  return page;
}

const shots: [string, string, string | null][] = [
  ['portal-home', '/', null],
  ['portal-plan', `/plans/${planId}`, null],
  ['portal-indicator', `/indicators/${indicatorId}`, null],
  ['app-dashboard', '/app', 'leader'],
  ['app-plan', `/app/plans/${planId}`, 'admin'],
  ['app-indicator', `/app/indicators/${indicatorId}`, 'admin'],
  ['app-workspace', '/app/work', 'reporter'],
  ['app-review-queue', '/app/work', 'supervisor'],
  ['app-warnings', '/app/warnings', 'supervisor'],
  ['app-admin', '/app/admin', 'admin'],
  ['app-import', '/app/import', 'admin'],
  ['app-opinions', '/app/opinions', 'supervisor'],
];
for (const [width, height, suffix] of [
  [1366, 900, 'desktop'],
  [390, 844, 'phone'],
] as const) {
  for (const [name, path, who] of shots) {
    const context = await s.browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const page = who ? await signedIn(context, who) : await context.newPage();
    await page.goto(`${s.base}${path}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/${name}-${suffix}.png`, fullPage: false });
    await context.close();
  }
}
await s.close();
console.log(`screenshots written to ${OUT}/`);
