/**
 * Adversarial: ids guessed (issue 12). Every route of the app's route table that names something by id is
 * called by every role (the public, each staff role, and both units' reporters) with ids that are not the
 * caller's to use: a random UUID, a small number, a real id of another kind, a path climbing out of its folder;
 * and unit B's reporter with unit A's real report, evidence, inbox message and opinion. Each must be refused
 * (4xx) with nothing changed.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, DRIVERS, startFixture, type Fixture, type Session } from '../helpers.ts';
import { seedOneOfEach } from '../seed-ids.ts';
import { Tally } from './tally.ts';

type Who = 'public' | 'admin' | 'reporter' | 'reporterB' | 'supervisor' | 'leader' | 'auditor';
const EVERYONE: Who[] = ['public', 'admin', 'reporter', 'reporterB', 'supervisor', 'leader', 'auditor'];
/** Unit A's rows that unit B's reporter must neither read nor touch, whatever the route. */
const UNIT_A_ONLY = ['reportId', 'evidenceId', 'messageId', 'opinionId'];

/** Whether any list in a JSON value has an element: what a list under an id that does not exist must not. */
const hasRows = (v: unknown): boolean =>
  Array.isArray(v) ? v.length > 0 : v !== null && typeof v === 'object' && Object.values(v).some(hasRows);

for (const driver of DRIVERS) {
  describe(`${driver}: adversarial ids`, () => {
    let f: Fixture;
    let ids: Record<string, string>;
    const tally = new Tally(`idor-${driver}`);
    beforeAll(async () => {
      f = await startFixture(driver);
      ids = await seedOneOfEach(f);
      await tally.begin(f.t.db);
    });
    afterAll(() => f.close());

    const call = (method: string, path: string, session: Session | null) =>
      f.app.inject({
        method: method as 'GET',
        url: path,
        headers: {
          ...as(session, 1),
          ...(method === 'GET' ? {} : { 'content-type': 'application/json' }),
        },
        ...(method === 'GET' ? {} : { payload: '{}' }),
      });
    const fill = (url: string, name: string, value: string) =>
      url
        .replace(`:${name}`, value)
        .replace(/:(\w+)/g, (_, other: string) => encodeURIComponent(ids[other] ?? randomUUID()));
    const parametrised = () => f.app.routeTable.filter((r) => r.url.includes('/:'));
    /** A 2xx to a guessed id that names no real row and lists nothing (an empty list for a plan that is not). */
    const disclosesNothing = (res: { statusCode: number; body: string }) => {
      const known = [...Object.values(ids), f.unitB, f.indicatorB].filter((v) => /^[0-9a-f-]{36}$/.test(v));
      if (known.some((id) => res.body.includes(id))) return false;
      try {
        return !hasRows(JSON.parse(res.body));
      } catch {
        return false;
      }
    };

    it('should refuse every guessed id on every route naming one, for every role', async () => {
      const accepted: string[] = [];
      expect(parametrised().length).toBeGreaterThan(40);
      for (const { method, url } of parametrised()) {
        for (const name of [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!)) {
          const otherKind = name === 'planId' ? ids.taskId! : ids.planId!;
          const guesses = [randomUUID(), '1', otherKind, '..%2F..%2Fpackage.json'];
          for (const guess of guesses)
            for (const who of EVERYONE) {
              const path = fill(url, name, guess);
              const res = await tally.probe(
                f.t.db.kysely,
                `${who} ${method} ${path}`,
                () => call(method, path, who === 'public' ? null : f.sessions[who]),
                { harmless: disclosesNothing },
              );
              if (res.statusCode < 400 && !disclosesNothing(res))
                accepted.push(
                  `${who} ${method} ${url} ${name}=${guess} → ${res.statusCode} ${res.body.slice(0, 200)}`,
                );
            }
        }
      }
      expect(accepted).toEqual([]);
    });

    it("should refuse unit A's report, evidence, message and opinion to unit B's reporter on every route", async () => {
      const accepted: string[] = [];
      const routes = parametrised().filter((r) => UNIT_A_ONLY.some((n) => r.url.includes(`:${n}`)));
      expect(routes.length).toBeGreaterThanOrEqual(6);
      for (const { method, url } of routes) {
        const name = UNIT_A_ONLY.find((n) => url.includes(`:${n}`))!;
        const path = fill(url, name, ids[name]!);
        const res = await tally.probe(f.t.db.kysely, `reporterB ${method} ${path}`, () =>
          call(method, path, f.sessions.reporterB),
        );
        if (res.statusCode < 400) accepted.push(`reporterB ${method} ${url} → ${res.statusCode}`);
      }
      expect(accepted).toEqual([]);
    });

    it('should lose nothing (ledger, and every table as it was)', async () => {
      expect(await tally.end(f.t.db)).toEqual([]);
    });
  });
}
