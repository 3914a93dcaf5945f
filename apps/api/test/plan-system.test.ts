/**
 * Issue 15 "Done when", through the HTTP API on SQLite and PostgreSQL: a synthetic city plan and two district
 * plans imported and placed; a district indicator linked to the city's (suggestion accepted); 达市标准 resolved
 * and evaluated; a consistency warning for a weaker district target; a revision effective 2023 (as of 2022 the
 * original target, as of 2024 the revised one); access: district B's staff cannot read district A's draft,
 * the city's office reads both and changes neither.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hashPassword } from '@gangmu/commands';
import { createUser, SYSTEM_ACTOR } from '@gangmu/storage';
import { as, DRIVERS, PASSWORD, startFixture, type Fixture, type Session } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CITY = readFileSync(join(ROOT, 'examples/synthetic-city-2021-2025/plan.txt'));
const XIHU = readFileSync(join(ROOT, 'examples/xihu-2021-2025/plan.txt'));

for (const driver of DRIVERS) {
  describe(`${driver}: the plan system over HTTP (issue 15)`, () => {
    let f: Fixture;
    const plan = { city: '', a: '', b: '' };
    const gov: Record<string, string> = {};
    const s: Record<'city' | 'a' | 'b', Session> = {} as never;
    const indicator = async (planId: string, name: string, session: Session = f.sessions.admin) => {
      const res = await f.app.inject({ url: `/api/plans/${planId}`, headers: as(session) });
      return (res.json().indicators as { id: string; name: string; version: number }[]).find(
        (i) => i.name === name,
      )!;
    };
    const evaluation = async (planId: string, year: number, name: string) => {
      const res = await f.app.inject({
        url: `/api/plans/${planId}/evaluation?year=${year}`,
        headers: as(f.sessions.admin),
      });
      return (res.json().indicators as { name: string; status: string; flags: string[] }[]).find(
        (i) => i.name === name,
      )!;
    };

    beforeAll(async () => {
      f = await startFixture(driver);
      const admin = as(f.sessions.admin);
      const created = await f.app.inject({
        method: 'POST',
        url: '/api/governments',
        headers: admin,
        payload: {
          governments: [
            { code: '360100', name: '某市（合成）' },
            { code: '360104', name: '乙区（合成）' },
          ],
        },
      });
      expect(created.statusCode).toBe(201);
      const list = await f.app.inject({ url: '/api/governments', headers: admin });
      for (const g of list.json().governments as { id: string; code: string }[]) gov[g.code] = g.id;
      const importAs = async (bytes: Buffer, title: string) => {
        const res = await f.app.inject({
          method: 'POST',
          url: `/api/plans/import?title=${encodeURIComponent(title)}`,
          headers: { ...admin, 'content-type': 'text/plain' },
          payload: bytes,
        });
        expect(res.statusCode).toBe(201);
        return res.json().id as string;
      };
      plan.city = await importAs(CITY, '某市“十四五”规划纲要（合成样例）');
      plan.a = await importAs(XIHU, '西湖区“十四五”规划纲要（草案）');
      plan.b = await importAs(XIHU, '乙区“十四五”规划纲要（合成样例）');
      const place = (planId: string, body: object) =>
        f.app.inject({ method: 'PUT', url: `/api/plans/${planId}/placement`, headers: admin, payload: body });
      expect((await place(plan.city, { governmentId: gov['360100'], synthetic: true })).statusCode).toBe(204);
      expect((await place(plan.a, { governmentId: gov['360103'], implements: [plan.city] })).statusCode).toBe(
        204,
      );
      expect(
        (await place(plan.b, { governmentId: gov['360104'], synthetic: true, implements: [plan.city] }))
          .statusCode,
      ).toBe(204);
      const passwordHash = await hashPassword(PASSWORD);
      for (const [name, code] of [
        ['city-office', '360100'],
        ['a-office', '360103'],
        ['b-office', '360104'],
      ] as const) {
        const u = await createUser(f.t.db.kysely, SYSTEM_ACTOR, {
          username: name,
          displayName: name,
          passwordHash,
          role: 'supervisor',
          unitId: null,
        });
        const member = await f.app.inject({
          method: 'PUT',
          url: '/api/governments/members',
          headers: admin,
          payload: { kind: 'users', id: u.id, governmentId: gov[code] },
        });
        expect(member.statusCode).toBe(204);
      }
      s.city = await f.login('city-office');
      s.a = await f.login('a-office');
      s.b = await f.login('b-office');
    });
    afterAll(() => f.close());

    it('accepts a suggested link and evaluates the 达市标准 indicator from the city target', async () => {
      const suggested = await f.app.inject({
        method: 'POST',
        url: `/api/plans/${plan.a}/link-suggestions`,
        headers: as(s.a),
        payload: {},
      });
      expect(suggested.statusCode).toBe(200);
      const name = '地表水达到或好于III类水体比例';
      const link = (
        suggested.json().links as {
          id: string;
          version: number;
          indicatorName: string;
          upperIndicatorName: string;
          score: number;
        }[]
      ).find((l) => l.indicatorName === name && l.upperIndicatorName === name)!;
      expect(link.score).toBe(1);
      expect((await evaluation(plan.a, 2022, name)).status).toBe('NOT_ASSESSABLE');
      const decided = await f.app.inject({
        method: 'POST',
        url: `/api/links/${link.id}/decision`,
        headers: as(s.a, link.version),
        payload: { decision: 'confirmed' },
      });
      expect(decided.json()).toMatchObject({
        status: 'confirmed',
        resolution: { ok: true, source: 'link', target: { value: 90 } },
      });
      const water = await indicator(plan.a, name);
      for (const [year, value] of [
        [2020, 85],
        [2021, 87],
        [2022, 89],
      ])
        expect(
          (
            await f.app.inject({
              method: 'POST',
              url: `/api/indicators/${water.id}/observations`,
              headers: as(f.sessions.admin),
              payload: { year, value },
            })
          ).statusCode,
        ).toBe(201);
      const evaluated = await evaluation(plan.a, 2022, name);
      expect(evaluated.status).toBe('ON_TRACK');
      expect(evaluated.flags).toContain('LINKED_RESOLVED');
    });

    it('warns the plan office of a district target weaker than its quota', async () => {
      const links = (await f.app.inject({ url: `/api/plans/${plan.a}/links`, headers: as(s.a) })).json()
        .links as {
        id: string;
        version: number;
        indicatorName: string;
        upperIndicatorName: string;
        upperIndicatorId: string;
        indicatorId: string;
      }[];
      const green = links.find(
        (l) => l.indicatorName === '建成区绿化覆盖率' && l.upperIndicatorName === '建成区绿化覆盖率',
      )!;
      await f.app.inject({
        method: 'POST',
        url: `/api/links/${green.id}/decision`,
        headers: as(s.a, green.version),
        payload: { decision: 'confirmed' },
      });
      const quota = await f.app.inject({
        method: 'POST',
        url: `/api/plans/${plan.city}/assignments`,
        headers: as(s.city),
        payload: {
          governmentId: gov['360103'],
          upperIndicatorId: green.upperIndicatorId,
          target: { value: 35 },
          documentNo: '某府发〔2021〕12号',
          documentDate: '2021-06-01',
        },
      });
      expect(quota.statusCode).toBe(201);
      const report = await f.app.inject({
        method: 'POST',
        url: `/api/plans/${plan.a}/consistency/warnings?year=2023`,
        headers: as(s.a),
      });
      const weaker = (report.json().findings as { code: string; subjectId: string; reason: string }[]).find(
        (x) => x.code === 'WEAKER_THAN_QUOTA',
      )!;
      expect(weaker.subjectId).toBe(green.indicatorId);
      const warnings = await f.app.inject({
        url: `/api/warnings?planId=${plan.a}`,
        headers: as(f.sessions.admin),
      });
      expect(JSON.stringify(warnings.json())).toContain(weaker.reason);
      const cityView = await f.app.inject({
        url: `/api/plans/${plan.a}/consistency?year=2023`,
        headers: as(s.city),
      });
      expect(cityView.json().findings.map((x: { code: string }) => x.code)).toContain('WEAKER_THAN_QUOTA');
    });

    it('approves a revision effective 2023 with its document: 2022 keeps the original target, 2024 the revised one', async () => {
      const green = await indicator(plan.a, '建成区绿化覆盖率');
      for (const [year, value] of [
        [2020, 26],
        [2022, 27],
        [2024, 28.3],
      ])
        await f.app.inject({
          method: 'POST',
          url: `/api/indicators/${green.id}/observations`,
          headers: as(f.sessions.admin),
          payload: { year, value },
        });
      const proposed = await f.app.inject({
        method: 'POST',
        url: `/api/indicators/${green.id}/revisions`,
        headers: as(s.a),
        payload: { target: { value: 28 }, effectiveYear: 2023, reason: '中期评估后按实际调整' },
      });
      expect(proposed.statusCode).toBe(201);
      const approval = {
        decision: 'approved',
        approvingBody: '西湖区人大常委会',
        documentNo: '西人常〔2023〕5号',
        documentDate: '2023-03-01',
      };
      const url = `/api/revisions/${proposed.json().id}/decision`;
      expect(
        (await f.app.inject({ method: 'POST', url, headers: as(s.a, 1), payload: approval })).statusCode,
      ).toBe(403);
      const approved = await f.app.inject({
        method: 'POST',
        url,
        headers: as(f.sessions.admin, 1),
        payload: approval,
      });
      expect(approved.json()).toMatchObject({
        status: 'approved',
        documentNo: '西人常〔2023〕5号',
        effectiveYear: 2023,
      });
      const [as2022, as2024] = [
        await evaluation(plan.a, 2022, '建成区绿化覆盖率'),
        await evaluation(plan.a, 2024, '建成区绿化覆盖率'),
      ];
      expect(as2022.flags).not.toContain('TARGET_REVISED');
      expect(as2022.status).not.toBe('ACHIEVED');
      expect(as2024.flags).toContain('TARGET_REVISED');
      expect(as2024.status).toBe('ACHIEVED');
      const revisions = await f.app.inject({ url: `/api/plans/${plan.a}/revisions`, headers: as(s.city) });
      expect(revisions.json().revisions[0]).toMatchObject({
        approvingBody: '西湖区人大常委会',
        documentDate: '2023-03-01',
      });
    });

    it("scopes access: B cannot read A's draft; the city reads both and changes neither", async () => {
      expect((await f.app.inject({ url: `/api/plans/${plan.a}`, headers: as(s.b) })).statusCode).toBe(404);
      expect(
        (await f.app.inject({ url: `/api/plans/${plan.a}/evaluation?year=2022`, headers: as(s.b) }))
          .statusCode,
      ).toBe(404);
      expect((await f.app.inject({ url: `/api/plans/${plan.a}/links`, headers: as(s.b) })).statusCode).toBe(
        404,
      );
      for (const p of [plan.a, plan.b]) {
        const read = await f.app.inject({ url: `/api/plans/${p}`, headers: as(s.city) });
        expect(read.statusCode).toBe(200);
        const change = await f.app.inject({
          method: 'POST',
          url: `/api/plans/${p}/link-suggestions`,
          headers: as(s.city),
          payload: {},
        });
        expect(change.statusCode).toBe(403);
      }
      const green = await indicator(plan.b, '建成区绿化覆盖率', s.city);
      const revise = await f.app.inject({
        method: 'POST',
        url: `/api/indicators/${green.id}/revisions`,
        headers: as(s.city),
        payload: { target: { value: 1 }, effectiveYear: 2024, reason: '越权' },
      });
      expect(revise.statusCode).toBe(403);
      // A write the city office's role allows elsewhere (a supervisor drafts reports) is refused on B's plan.
      const draft = await f.app.inject({
        method: 'POST',
        url: `/api/plans/${plan.b}/evaluation-reports`,
        headers: as(s.city),
        payload: { kind: 'annual', year: 2022 },
      });
      expect(draft.statusCode).toBe(403);
      const side = await f.app.inject({
        url: `/api/plans/${plan.city}/districts?year=2024`,
        headers: as(s.city),
      });
      expect(
        side
          .json()
          .columns.map((c: { government: string }) => c.government)
          .sort(),
      ).toEqual(['乙区（合成）', '西湖区']);
      const choices = await f.app.inject({ url: '/api/plan-choices', headers: as(s.b) });
      const ids = choices.json().plans.map((p: { id: string }) => p.id);
      expect(ids).toContain(plan.b);
      expect(ids).not.toContain(plan.a);
    });
  });
}
