/**
 * Adversarial: the database goes away (issue 12). On a PostgreSQL database of its own, every backend is ended
 * and connections refused; meanwhile writes and reads of every kind the administrator can send (creates, edits
 * with If-Match, sign-ins, reads) must each be answered 503 with Retry-After — never 500, never a crash — and
 * after the database returns nothing they sent may be found in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, migrateToLatest, type Db } from '@gangmu/storage';
import { PG_URL } from '@gangmu/storage/testing';
import { bootstrap, createServer, type App } from '../../src/index.ts';
import { createOwnDatabase, cutOff, dropOwnDatabase } from '../failover-helpers.ts';
import { Tally } from './tally.ts';

const DB_NAME = `gm_adv_failover_${Math.random().toString(36).slice(2, 10)}`;

describe.skipIf(!PG_URL)('postgres: adversarial failover', () => {
  let db: Db;
  let app: App;
  let session: { cookie: string; csrf: string };
  const tally = new Tally('failover-postgres');

  beforeAll(async () => {
    db = createDatabase({ driver: 'postgres', url: await createOwnDatabase(DB_NAME), poolSize: 4 });
    await migrateToLatest(db);
    const boot = await bootstrap(db, { loadExample: false });
    app = await createServer({ db, web: false, loginRateLimit: 10_000 });
    const res = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'admin', password: boot.adminPassword },
    });
    session = { cookie: String(res.headers['set-cookie']).split(';')[0]!, csrf: res.json().csrfToken };
    const change = await app.inject({
      method: 'POST',
      url: '/api/session/password',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      payload: { currentPassword: boot.adminPassword, newPassword: 'adversarial office 2025' },
    });
    expect(change.statusCode).toBe(204);
    await tally.begin(db);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await db?.close();
    await dropOwnDatabase(DB_NAME);
  }, 60_000);

  it('should answer 503 with Retry-After to everything while the database is away, and keep none of it', async () => {
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    const requests = [
      ...Array.from({ length: 10 }, (_, i) => ({
        method: 'POST' as const,
        url: '/api/units',
        headers,
        payload: { code: `AWAY${i}`, name: `离线单位${i}` },
      })),
      ...Array.from({ length: 5 }, (_, i) => ({
        method: 'POST' as const,
        url: '/api/session',
        payload: { username: i % 2 ? 'admin' : 'nobody', password: 'adversarial office 2025' },
      })),
      ...Array.from({ length: 5 }, () => ({ method: 'GET' as const, url: '/api/units', headers })),
      ...Array.from({ length: 5 }, () => ({ method: 'GET' as const, url: '/api/plans' })),
    ];
    const outage = await cutOff(DB_NAME);
    const answers = await Promise.all(requests.map((r) => app.inject(r)));
    await outage.back();
    for (const [i, res] of answers.entries()) {
      tally.record(
        `${requests[i]!.method} ${requests[i]!.url} while the database is away`,
        res.statusCode,
        false,
      );
      expect(res.statusCode, res.body).toBe(503);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    const start = Date.now();
    while ((await app.inject({ method: 'GET', url: '/readyz' })).statusCode !== 200) {
      expect(Date.now() - start).toBeLessThan(5_000);
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  it('should lose nothing (ledger, and every table as it was)', async () => {
    expect(await tally.end(db)).toEqual([]);
  });
});
