/**
 * End-to-end helpers: the real server (SQLite, the built web app) on a free port, and Debian's Chromium
 * driven by playwright-core. Tests are skipped, with a message, where Chromium or the built app is missing.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { hashPassword } from '@gangmu/commands';
import {
  createDatabase,
  createUnit,
  createUser,
  migrateToLatest,
  SYSTEM_ACTOR,
  type Db,
} from '@gangmu/storage';
import { createServer, WEB_DIST, type App } from '@gangmu/api';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
export const CAN_RUN = !!CHROMIUM && existsSync(join(WEB_DIST, 'index.html'));
if (!CAN_RUN) {
  console.log(
    `End-to-end tests skipped: ${CHROMIUM ? 'the web app is not built (npm run build)' : "Debian's chromium is not installed (apt-get install chromium fonts-noto-cjk)"}`,
  );
}

export const PASSWORD = 'e2e password 12345';

/** Signs in on the staff app's login page and waits for the signed-in header. */
export async function signIn(page: Page, base: string, username: string) {
  await page.goto(`${base}/app`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByText('退出').or(page.getByText('退 出')).first().waitFor();
}

export interface Stack {
  readonly app: App;
  readonly db: Db;
  readonly base: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startStack(): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'gangmu-e2e-'));
  const db = createDatabase({ driver: 'sqlite', file: join(dir, 'e2e.db') });
  await migrateToLatest(db);
  const fgw = await createUnit(db.kysely, SYSTEM_ACTOR, { code: 'FGW', name: '发改委' });
  const jtj = await createUnit(db.kysely, SYSTEM_ACTOR, { code: 'JTJ', name: '教体局' });
  const passwordHash = await hashPassword(PASSWORD);
  for (const [username, displayName, role, unitId] of [
    ['admin', '管理员', 'admin', fgw.id],
    ['reporter', '教体局填报员', 'reporter', jtj.id],
    ['supervisor', '督查室', 'supervisor', null],
    ['leader', '区领导', 'leader', null],
  ] as const) {
    await createUser(db.kysely, SYSTEM_ACTOR, { username, displayName, passwordHash, role, unitId });
  }
  const app = await createServer({ db, dataDir: dir, loginRateLimit: 1000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  const browser = await chromium.launch({
    executablePath: CHROMIUM!,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    app,
    db,
    base: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await db.close();
    },
  };
}

/** Builds the web app if its bundle is missing (the e2e tests run on the production build). */
export function ensureBuilt(): void {
  if (!existsSync(join(WEB_DIST, 'index.html'))) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

/** Fills the stack with the example plan, published, with values, tasks, a report and warnings: what screenshots and the web benchmark show. */
export async function seedDemo(s: Stack): Promise<{ planId: string; indicatorId: string }> {
  const { readFileSync } = await import('node:fs');
  const { importPlan, SYSTEM_CALLER } = await import('@gangmu/commands');
  const storage = await import('@gangmu/storage');
  const k = s.db.kysely;
  const bytes = readFileSync(join(import.meta.dirname, '../examples/xihu-2021-2025/plan.txt'));
  const ctx = { db: s.db, now: () => new Date(), caller: SYSTEM_CALLER };
  const { id: planId } = await importPlan(ctx, { bytes, publish: true, trusted: true });
  const plan = await storage.getPlan(k, planId);
  const units = await storage.listUnits(k);
  const jtj = units.find((u) => u.code === 'JTJ')!;
  const now = new Date('2024-06-30T00:00:00Z');
  const series: Record<string, [number, { pct?: number; value?: number }][]> = {
    地区生产总值年均增速: [
      [2021, { pct: 8.0 }],
      [2022, { pct: 4.5 }],
      [2023, { pct: 6.0 }],
    ],
    财政总收入年均增速: [
      [2021, { pct: -2.0 }],
      [2022, { pct: 1.5 }],
      [2023, { pct: 0.5 }],
    ],
    固定资产投资年均增速: [
      [2021, { pct: 12 }],
      [2022, { pct: 11 }],
      [2023, { pct: 9 }],
    ],
    城镇登记失业率: [
      [2020, { value: 3.2 }],
      [2021, { value: 3.0 }],
      [2022, { value: 2.9 }],
      [2023, { value: 2.8 }],
    ],
    千人病床数: [
      [2020, { value: 7.2 }],
      [2023, { value: 8.25 }],
    ],
    建成区绿化覆盖率: [
      [2020, { value: 26 }],
      [2023, { value: 28.5 }],
    ],
    基本医疗保险覆盖率: [
      [2020, { value: 96.5 }],
      [2023, { value: 99.2 }],
    ],
  };
  for (const ind of plan.indicators) {
    for (const [year, v] of series[ind.name] ?? [])
      await storage.recordObservation(k, SYSTEM_ACTOR, ind.id, { year, ...v }, now);
  }
  await storage.generateTasks(k, SYSTEM_ACTOR, planId);
  const tasks = await storage.listTasks(k, { planId });
  for (const [i, t] of tasks.slice(0, 12).entries()) {
    await storage.updateTask(k, SYSTEM_ACTOR, t.id, t.version, {
      leadUnitId: jtj.id,
      deadline: i % 3 === 0 ? '2024-03-31' : '2026-12-31',
    });
  }
  const gdp = plan.indicators[0]!;
  await storage.updateIndicator(k, SYSTEM_ACTOR, gdp.id, (await storage.getIndicatorRow(k, gdp.id)).version, {
    unitId: jtj.id,
  });
  return { planId, indicatorId: gdp.id };
}
