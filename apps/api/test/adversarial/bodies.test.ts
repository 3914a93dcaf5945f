/**
 * Adversarial: bodies (issue 12). Every route of the route table that takes a body is sent, by a signed-in
 * administrator with a valid CSRF token (the caller who gets furthest), bodies no route can take: JSON cut
 * short or followed by garbage, empty, keys that would poison prototypes, XML, 2 MiB of JSON; the routes open to
 * anyone also 100 KB. Each must be refused (4xx) with nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, startFixture, type Fixture } from '../helpers.ts';
import { seedOneOfEach } from '../seed-ids.ts';
import { Tally } from './tally.ts';

const MIB = 1024 * 1024;

for (const driver of DRIVERS) {
  describe(`${driver}: adversarial bodies`, () => {
    let f: Fixture;
    let ids: Record<string, string>;
    const tally = new Tally(`bodies-${driver}`);
    beforeAll(async () => {
      f = await startFixture(driver);
      ids = await seedOneOfEach(f);
      await tally.begin(f.t.db);
    });
    afterAll(() => f.close());

    const json = 'application/json';
    const BODIES: [string, string, string | Buffer][] = [
      ['JSON cut short', json, '{"title":"规划'],
      ['JSON followed by garbage', json, '{} {"a":1}'],
      ['an empty JSON body', json, ''],
      ['__proto__', json, '{"__proto__":{"role":"admin"}}'],
      ['constructor.prototype', json, '{"constructor":{"prototype":{"role":"admin"}}}'],
      ['XML', 'application/xml', '<a>1</a>'],
      ['2 MiB of JSON', json, JSON.stringify({ text: '长'.repeat((2 * MIB) / 3) })],
    ];

    it('should refuse bodies no route takes, on every route that takes one', async () => {
      // DELETE /api/session reads no body and ends the session it is sent with: not a route for bodies.
      const writes = f.app.routeTable.filter(
        (r) => r.method !== 'GET' && !(r.method === 'DELETE' && r.url === '/api/session'),
      );
      const accepted: string[] = [];
      for (const { method, url, access } of writes) {
        const path = url.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? name);
        const bodies: typeof BODIES =
          access === 'public'
            ? [
                ...BODIES,
                ['100 KB to a route open to anyone', json, JSON.stringify({ content: 'x'.repeat(100_000) })],
              ]
            : BODIES;
        for (const [name, type, payload] of bodies) {
          const res = await tally.probe(f.t.db.kysely, `${name}: ${method} ${url}`, () =>
            f.app.inject({
              method: method as 'POST',
              url: path,
              headers: {
                cookie: f.sessions.admin.cookie,
                'x-csrf-token': f.sessions.admin.csrf,
                'if-match': '"1"',
                'content-type': type,
              },
              payload,
            }),
          );
          if (res.statusCode < 400) accepted.push(`${name}: ${method} ${url} → ${res.statusCode}`);
        }
      }
      expect(accepted).toEqual([]);
    });

    it('should lose nothing (ledger, and every table as it was)', async () => {
      expect(await tally.end(f.t.db)).toEqual([]);
    });
  });
}
