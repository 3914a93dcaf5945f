/**
 * npm run bench:web — with the example plan loaded, the time from navigation to the leader dashboard's first
 * chart drawn (a canvas in the status chart), median of 10 loads in headless Chromium on the production build,
 * beside the time to the public portal's first page in the same run; and the gzipped JavaScript each loaded.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { CAN_RUN, PASSWORD, seedDemo, startStack } from '../e2e/browser.ts';
import { WEB_DIST } from '@gangmu/api';
import { fmt, median } from './lib.ts';

if (!CAN_RUN) {
  console.log("bench:web needs Debian's chromium and the built web app (npm run build)");
  process.exit(1);
}
const s = await startStack();
await seedDemo(s);
const context = await s.browser.newContext({ viewport: { width: 1366, height: 900 } });
const login = await context.newPage();
await login.goto(`${s.base}/app`);
await login.locator('#username').fill('leader');
await login.locator('#password').fill(PASSWORD);
await login.getByRole('button', { name: /登\s*录/ }).click();
await login
  .getByText(/退\s*出/)
  .first()
  .waitFor();
await login.close();

async function measure(path: string, ready: string): Promise<{ ms: number; jsKb: number }> {
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(`${s.base}${path}`);
  await page.locator(ready).first().waitFor({ state: 'attached' });
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  const jsKb = [...scripts].reduce((a, p) => a + gzipSync(readFileSync(join(WEB_DIST, p))).length, 0) / 1024;
  return { ms, jsKb };
}

const runs = { dashboard: [] as number[], portal: [] as number[] };
let dashJs = 0;
let portalJs = 0;
await measure('/app', '[data-testid=status-chart] canvas');
for (let i = 0; i < 10; i++) {
  const d = await measure('/app', '[data-testid=status-chart] canvas');
  runs.dashboard.push(d.ms);
  dashJs = d.jsKb;
  const p = await measure('/', 'main .card a');
  runs.portal.push(p.ms);
  portalJs = p.jsKb;
}
console.log(
  `bench:web  node ${process.version}  ${new Date().toISOString()}  Chromium headless, 1366×900, example plan loaded, 10 loads each`,
);
console.log(
  `dashboard first chart  median ${fmt(median(runs.dashboard), 0)} ms  (min ${fmt(Math.min(...runs.dashboard), 0)}, max ${fmt(Math.max(...runs.dashboard), 0)})  JS loaded ${fmt(dashJs, 1)} KB gzipped`,
);
console.log(
  `portal first page      median ${fmt(median(runs.portal), 0)} ms  (min ${fmt(Math.min(...runs.portal), 0)}, max ${fmt(Math.max(...runs.portal), 0)})  JS loaded ${fmt(portalJs, 1)} KB gzipped`,
);
await s.close();
