/**
 * Adversarial: slow clients (issue 12). Forty sockets trickle their headers or their bodies a byte at a time
 * to the sign-in, an opinion and a staff write; each must be answered 408 and closed once its timeout passes
 * (shortened here), the server answering others meanwhile, with nothing changed.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixture, type Fixture } from '../helpers.ts';
import { statusOf, trickle } from '../sockets.ts';
import { Tally } from './tally.ts';

describe('sqlite: adversarial slow clients', () => {
  let f: Fixture;
  let port: number;
  const tally = new Tally('slow-sqlite');
  beforeAll(async () => {
    f = await startFixture('sqlite', {
      timeouts: { requestMs: 1_500, headersMs: 800, keepAliveMs: 500, checkIntervalMs: 100 },
    });
    await f.app.listen({ host: '127.0.0.1', port: 0 });
    port = (f.app.server.address() as AddressInfo).port;
    await tally.begin(f.t.db);
  });
  afterAll(() => f.close());

  it('should answer 408 to every trickling client, and serve others meanwhile', async () => {
    const admin = f.sessions.admin;
    const body = JSON.stringify({ username: 'admin2', password: 'x'.repeat(60) });
    const opinion = JSON.stringify({ targetType: 'plan', content: '建议'.repeat(40) });
    const unit = JSON.stringify({ code: 'SLOW', name: '慢速单位'.repeat(10) });
    const post = (path: string, length: number, extra = '') =>
      `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n${extra}\r\n`;
    const clients = [
      ...Array.from(
        { length: 15 },
        () => ['a body to sign-in', post('/api/session', body.length), body] as const,
      ),
      ...Array.from(
        { length: 10 },
        () =>
          ['a body to an opinion', post(`/api/plans/${f.planId}/opinions`, opinion.length), opinion] as const,
      ),
      ...Array.from(
        { length: 5 },
        () =>
          [
            "a body to the administrator's unit creation",
            post('/api/units', unit.length, `Cookie: ${admin.cookie}\r\nX-CSRF-Token: ${admin.csrf}\r\n`),
            unit,
          ] as const,
      ),
      ...Array.from(
        { length: 10 },
        () =>
          [
            'headers',
            'GET /api/plans HTTP/1.1\r\n',
            `Host: localhost\r\nX-Slow: ${'a'.repeat(80)}\r\n\r\n`,
          ] as const,
      ),
    ];
    const answers = await tally.probeAll(f.t.db.kysely, 'trickling', async () => {
      const slow = clients.map(([, head, rest]) => trickle(port, head, rest, 100));
      await new Promise((r) => setTimeout(r, 300));
      const other = await fetch(`http://127.0.0.1:${port}/api/plans`);
      expect(other.status).toBe(200);
      return (await Promise.all(slow)).map((r) => ({ statusCode: statusOf(r.answer), ...r }));
    });
    for (const [i, a] of answers.entries()) {
      expect(a.sent, clients[i]![0]).toBeLessThan(clients[i]![2].length);
      expect(a.closedAfterMs).toBeLessThan(5_000);
    }
  });

  it('should lose nothing (ledger, and every table as it was)', async () => {
    expect(await tally.end(f.t.db)).toEqual([]);
  });
});
