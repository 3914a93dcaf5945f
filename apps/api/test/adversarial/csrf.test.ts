/**
 * Adversarial: cross-site requests (issue 12). Every route of the route table that changes something
 * (POST, PUT, PATCH, DELETE) is sent with the administrator's session cookie — what a browser attaches — in
 * the shapes another site can produce: no CSRF token, a wrong one, another session's token, an Origin of
 * another site, a form or text/plain body. Each must be refused with nothing changed, and for the right reason,
 * not merely because '{}' is no valid body: 403 CSRF_FAILED (checked before the body is read), 415 for a form or
 * text/plain body, 403 FORBIDDEN on the routes the administrator may not use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../src/index.ts';
import { DRIVERS, startFixture, type Fixture } from '../helpers.ts';
import { seedOneOfEach } from '../seed-ids.ts';
import { Tally } from './tally.ts';

const EVIL = 'https://evil.example';

for (const driver of DRIVERS) {
  describe(`${driver}: adversarial cross-site requests`, () => {
    let f: Fixture;
    let ids: Record<string, string>;
    const tally = new Tally(`csrf-${driver}`);
    beforeAll(async () => {
      f = await startFixture(driver);
      ids = await seedOneOfEach(f);
      await tally.begin(f.t.db);
    });
    afterAll(() => f.close());

    it('should refuse every write route without the session token, whatever else the request carries', async () => {
      const admin = f.sessions.admin;
      const variants: [string, Record<string, string>, string][] = [
        ['no token', { 'content-type': 'application/json' }, '{}'],
        ['a wrong token', { 'content-type': 'application/json', 'x-csrf-token': 'x'.repeat(43) }, '{}'],
        [
          "another user's token",
          { 'content-type': 'application/json', 'x-csrf-token': f.sessions.reporter.csrf },
          '{}',
        ],
        ['an empty token', { 'content-type': 'application/json', 'x-csrf-token': '' }, '{}'],
        [
          'another Origin, no token',
          { 'content-type': 'application/json', origin: EVIL, referer: `${EVIL}/x` },
          '{}',
        ],
        [
          'a form post from another site',
          { 'content-type': 'application/x-www-form-urlencoded', origin: EVIL },
          'a=1',
        ],
        ['text/plain from another site', { 'content-type': 'text/plain', origin: EVIL }, '{"a":1}'],
        ['a token in the query', { 'content-type': 'application/json', origin: EVIL }, '{}'],
      ];
      const writes = f.app.routeTable.filter((r) => r.method !== 'GET');
      expect(writes.length).toBeGreaterThan(40);
      const accepted: string[] = [];
      for (const { method, url, access } of writes) {
        // Routes the administrator may not use are refused for the role first (403 FORBIDDEN).
        const rule = access as Access;
        const forAdmin = rule === 'public' || rule === 'authenticated' || rule.includes('admin');
        const base = url.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? name);
        for (const [name, headers, payload] of variants) {
          const path =
            name === 'a token in the query' ? `${base}?csrf=${admin.csrf}&_csrf=${admin.csrf}` : base;
          const res = await tally.probe(f.t.db.kysely, `${name}: ${method} ${url}`, () =>
            f.app.inject({
              method: method as 'POST',
              url: path,
              headers: { cookie: admin.cookie, 'if-match': '"1"', ...headers },
              payload,
            }),
          );
          // Refused for the missing token itself (the check runs before the body is read), not for the body.
          // A form or text/plain body is refused for its type before anything else (415) where a route takes
          // JSON only, which is as good; the routes that take files refuse it for the token.
          const code = res.statusCode < 400 ? res.statusCode : res.json().error.code;
          const json = headers['content-type'] === 'application/json';
          const expected = [
            forAdmin ? 'CSRF_FAILED' : 'FORBIDDEN',
            ...(json ? [] : ['UNSUPPORTED_MEDIA_TYPE']),
          ];
          if (!expected.includes(code))
            accepted.push(`${name}: ${method} ${url} → ${code} (expected ${expected.join(' or ')})`);
        }
      }
      expect(accepted).toEqual([]);
    });

    it('should lose nothing (ledger, and every table as it was)', async () => {
      expect(await tally.end(f.t.db)).toEqual([]);
    });
  });
}
