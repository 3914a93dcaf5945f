/**
 * Slow clients (issue 12): a real socket that trickles its headers or its body a byte at a time is answered
 * 408 and closed once the header or request timeout passes, and the server keeps serving others. Before, 400
 * connections trickling a byte every 5 s were held for 80 s and more. The timeouts are shortened here.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixture, type Fixture } from './helpers.ts';
import { trickle } from './sockets.ts';

describe('slow clients', () => {
  let f: Fixture;
  let port: number;
  beforeAll(async () => {
    f = await startFixture('sqlite', {
      timeouts: { requestMs: 1_500, headersMs: 800, keepAliveMs: 500, checkIntervalMs: 100 },
    });
    await f.app.listen({ host: '127.0.0.1', port: 0 });
    port = (f.app.server.address() as AddressInfo).port;
  });
  afterAll(() => f.close());

  it('should cut off a body trickled a byte at a time once the request timeout passes', async () => {
    const body = JSON.stringify({ username: 'admin2', password: 'x'.repeat(60) });
    const head = `POST /api/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const r = await trickle(port, head, body, 200);
    expect(r.sent).toBeLessThan(body.length);
    expect(r.closedAfterMs).toBeLessThan(4_000);
    expect(r.answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('should cut off headers trickled a byte at a time once the header timeout passes', async () => {
    const headers = 'Host: localhost\r\nAccept: application/json\r\nX-Slow: ' + 'a'.repeat(60) + '\r\n\r\n';
    const r = await trickle(port, 'GET /api/plans HTTP/1.1\r\n', headers, 100);
    expect(r.sent).toBeLessThan(headers.length);
    expect(r.closedAfterMs).toBeLessThan(3_000);
  });

  it('should keep serving other clients meanwhile', async () => {
    const slow = Array.from({ length: 20 }, () =>
      trickle(
        port,
        'POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n',
        'x'.repeat(500),
        300,
      ),
    );
    const res = await fetch(`http://127.0.0.1:${port}/api/plans`);
    expect(res.status).toBe(200);
    const closed = await Promise.all(slow);
    expect(Math.max(...closed.map((c) => c.closedAfterMs))).toBeLessThan(4_000);
  });
});
