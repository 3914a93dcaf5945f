/**
 * Security headers (issue 12): CSP without inline script on pages, `frame-ancestors 'none'` everywhere but on
 * evidence files (`'self'`, for the staff app's preview), nosniff, Referrer-Policy, and no-store on API answers
 * that can hold personal data. Headers do not depend on the database: SQLite only.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTasks, listTasks, SYSTEM_ACTOR, updateTask } from '@gangmu/storage';
import { as, startFixture, type Fixture } from './helpers.ts';

/** A built web app of one page that loads its script from a file, as Vite builds it. */
function webDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'gangmu-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><script type="module" src="/assets/main.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dist, 'assets', 'main.js'), 'document.title = "纲目";');
  return dist;
}

const directives = (csp: unknown) =>
  Object.fromEntries(
    String(csp)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe('security headers', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture('sqlite', { web: webDist() });
  });
  afterAll(() => f.close());

  it('should serve pages with a CSP that allows scripts from this server only and no framing', async () => {
    for (const url of ['/', '/app', '/assets/main.js']) {
      const res = await f.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(directives(res.headers['content-security-policy'])['frame-ancestors']).toEqual(["'none'"]);
    }
    const page = directives(
      (await f.app.inject({ method: 'GET', url: '/' })).headers['content-security-policy'],
    );
    expect(page['script-src']).toEqual(["'self'"]);
    expect(page['object-src']).toEqual(["'none'"]);
    expect(page['base-uri']).toEqual(["'self'"]);
  });

  it('should give JSON a CSP of data, and let public reads be cached', async () => {
    const res = await f.app.inject({ method: 'GET', url: `/api/plans/${f.planId}` });
    expect(directives(res.headers['content-security-policy'])['default-src']).toEqual(["'none'"]);
    expect(res.headers['cache-control'] ?? '').not.toContain('no-store');
    const opinions = await f.app.inject({ method: 'GET', url: `/api/plans/${f.planId}/opinions` });
    expect(opinions.headers['cache-control'] ?? '').not.toContain('no-store');
  });

  it.each([
    ['GET', '/api/users', 'admin'],
    ['GET', '/api/audit', 'auditor'],
    ['GET', '/api/session', 'reporter'],
    ['GET', `/api/plans/:plan/opinions`, 'admin'],
  ] as const)('should answer %s %s with no-store for the %s', async (method, url, role) => {
    const res = await f.app.inject({
      method,
      url: url.replace(':plan', f.planId),
      headers: as(f.sessions[role]),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('should answer a sign-in with no-store (the caller is not known yet)', async () => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'admin2', password: 'correct horse battery' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it("should let the staff app frame an evidence file ('self'), and nothing else", async () => {
    const k = f.t.db.kysely;
    await generateTasks(k, SYSTEM_ACTOR, f.planId);
    const task = (await listTasks(k, { planId: f.planId }))[0]!;
    await updateTask(k, SYSTEM_ACTOR, task.id, task.version, { leadUnitId: f.unitA });
    const report = await f.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: as(f.sessions.reporter),
      payload: {
        subjectType: 'task',
        subjectId: task.id,
        period: '2024-Q1',
        percent: 10,
        doneText: '已启动。',
      },
    });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const evidence = await f.app.inject({
      method: 'POST',
      url: `/api/reports/${report.json().id}/evidence?name=photo.png`,
      headers: { ...as(f.sessions.reporter), 'content-type': 'image/png' },
      payload: png,
    });
    const file = await f.app.inject({
      method: 'GET',
      url: `/api/evidence/${evidence.json().id}`,
      headers: as(f.sessions.reporter),
    });
    expect(file.statusCode).toBe(200);
    expect(directives(file.headers['content-security-policy'])['frame-ancestors']).toEqual(["'self'"]);
    expect(file.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(file.headers['cache-control']).toBe('no-store');
  });
});
