/**
 * A PostgreSQL restart or failover, played on a database created for this test alone (other tests share the
 * CI database, and terminating its backends would break them): every backend is terminated while writes and
 * reads are in flight, then the database refuses connections for a while. The server must not exit, must
 * answer 503 with Retry-After meanwhile (never 500), must heal by itself within 5 s of the database's return,
 * and must keep every write it acknowledged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, migrateToLatest, type Db } from '@gangmu/storage';
import { bootstrap, createServer, type App } from '../src/index.ts';
import { PG_URL } from './helpers.ts';
import { createOwnDatabase, dropOwnDatabase, onMaintenance, terminateAll } from './failover-helpers.ts';

const DB_NAME = `gm_failover_${Math.random().toString(36).slice(2, 10)}`;

describe.skipIf(!PG_URL)('postgres: failover', () => {
  let db: Db;
  let app: App;
  let session: { cookie: string; csrf: string };

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
    expect(res.statusCode).toBe(200);
    session = { cookie: String(res.headers['set-cookie']).split(';')[0]!, csrf: res.json().csrfToken };
    const change = await app.inject({
      method: 'POST',
      url: '/api/session/password',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      payload: { currentPassword: boot.adminPassword, newPassword: 'failover office 2025' },
    });
    expect(change.statusCode).toBe(204);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await db?.close();
    await dropOwnDatabase(DB_NAME);
  }, 60_000);

  let n = 0;
  const createUnit = () =>
    app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      payload: { code: `U${++n}`, name: `单位${n}` },
    });
  const readUnits = () =>
    app.inject({ method: 'GET', url: '/api/units', headers: { cookie: session.cookie } });

  it('survives terminated backends and an outage, answers 503 meanwhile, recovers, loses nothing', async () => {
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    const retryAfter: (string | undefined)[] = [];
    let running = true;
    // Four clients writing and reading without pause, so that the pool holds both idle and busy connections.
    const traffic = Array.from({ length: 4 }, async (_, i) => {
      while (running) {
        const res = i % 2 ? await readUnits() : await createUnit();
        statuses.push(res.statusCode);
        if (res.statusCode === 503) retryAfter.push(res.headers['retry-after'] as string | undefined);
        if (res.statusCode === 201) acknowledged.push(res.json().code);
      }
    });
    await new Promise((r) => setTimeout(r, 300));
    // A restart: every backend goes, the database stays; then a failover window in which no connection is had.
    await onMaintenance((c) => terminateAll(c, DB_NAME));
    await new Promise((r) => setTimeout(r, 200));
    await onMaintenance(async (c) => {
      await c.query(`alter database ${DB_NAME} allow_connections false`);
      await terminateAll(c, DB_NAME);
    });
    await new Promise((r) => setTimeout(r, 800));
    const during = await app.inject({ method: 'GET', url: '/readyz' });
    expect(during.statusCode).toBe(503);
    expect(during.json()).toMatchObject({ status: 'unavailable', database: 'postgres' });
    await onMaintenance((c) => c.query(`alter database ${DB_NAME} allow_connections true`));
    const back = Date.now();
    let recoveredIn = Infinity;
    while (Date.now() - back < 10_000) {
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      const write = await createUnit();
      if (write.statusCode === 201) acknowledged.push(write.json().code);
      if (ready.statusCode === 200 && write.statusCode === 201) {
        recoveredIn = Date.now() - back;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    running = false;
    await Promise.all(traffic);

    expect(recoveredIn).toBeLessThan(5000);
    // Only successes and "come back later": no 500 for a database that went away.
    expect(statuses.filter((s) => s !== 200 && s !== 201 && s !== 503)).toEqual([]);
    expect(statuses).toContain(503);
    expect(retryAfter.every((v) => v !== undefined && Number(v) > 0)).toBe(true);
    // Every acknowledged write is there.
    const stored = (await readUnits()).json().units.map((u: { code: string }) => u.code);
    expect(acknowledged.filter((code) => !stored.includes(code))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
  });
});
