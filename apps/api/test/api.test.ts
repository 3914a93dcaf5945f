import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { readFileSync } from 'node:fs';
import { getPlan } from '@gangmu/storage';
import { main } from '@gangmu/cli';
import { EXAMPLE_PLAN, LIMITS } from '../src/index.ts';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';

async function auditCount(f: Fixture): Promise<number> {
  const r = await f.t.db.kysely
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

for (const driver of DRIVERS) {
  describe(`${driver}: API`, () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await startFixture(driver);
    });
    afterAll(() => f.close());

    it('should serve the published plan to the public and its evaluation with the summary sentence', async () => {
      const plan = await f.app.inject({ method: 'GET', url: `/api/plans/${f.planId}` });
      expect(plan.statusCode).toBe(200);
      expect(plan.json().outline).toHaveLength(12);
      const evaluation = await f.app.inject({
        method: 'GET',
        url: `/api/plans/${f.planId}/evaluation?year=2023`,
      });
      expect(evaluation.json().summary.sentence).toMatch(/^17项主要指标中，/);
      expect(
        evaluation
          .json()
          .indicators.filter((i: { flags: string[] }) => i.flags.includes('LINKED_UNRESOLVED')),
      ).toHaveLength(4);
    });

    it('should import a plan as a draft that the public cannot see until it is published', async () => {
      const res = await f.app.inject({
        method: 'POST',
        url: '/api/plans/import?title=测试规划',
        headers: { ...as(f.sessions.admin), 'content-type': 'text/plain' },
        payload: readFileSync(EXAMPLE_PLAN),
      });
      expect(res.statusCode).toBe(201);
      const id = res.json().id;
      expect(res.json().diagnostics.some((d: { code: string }) => d.code === 'heading_number_wrong')).toBe(
        true,
      );
      expect((await f.app.inject({ method: 'GET', url: `/api/plans/${id}` })).statusCode).toBe(404);
      expect((await f.app.inject({ method: 'GET', url: `/api/plans/${id}/evaluation` })).statusCode).toBe(
        404,
      );
      expect(
        (await f.app.inject({ method: 'GET', url: '/api/plans' }))
          .json()
          .plans.map((p: { id: string }) => p.id),
      ).not.toContain(id);
      expect(
        (await f.app.inject({ method: 'GET', url: `/api/plans/${id}`, headers: as(f.sessions.leader) }))
          .statusCode,
      ).toBe(200);
      const version = (
        await f.app.inject({ method: 'GET', url: `/api/plans/${id}`, headers: as(f.sessions.admin) })
      ).json().version;
      expect(
        (
          await f.app.inject({
            method: 'POST',
            url: `/api/plans/${id}/publish`,
            headers: as(f.sessions.admin, version),
          })
        ).statusCode,
      ).toBe(200);
      expect((await f.app.inject({ method: 'GET', url: `/api/plans/${id}` })).json().title).toBe('测试规划');
    });

    it('should refuse a file that is not a plan with its diagnostic, storing nothing', async () => {
      const before = await auditCount(f);
      const res = await f.app.inject({
        method: 'POST',
        url: '/api/plans/import',
        headers: { ...as(f.sessions.admin), 'content-type': 'application/octet-stream' },
        payload: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details.diagnostics[0].code).toBe('binary_input');
      expect(await auditCount(f)).toBe(before);
    });

    it('should give one 409 and lose no update when two edits race on the same version', async () => {
      const node = (await getPlan(f.t.db.kysely, f.planId)).outline[0]!;
      const [a, b] = await Promise.all(
        ['甲的标题', '乙的标题'].map((title) =>
          f.app.inject({
            method: 'PATCH',
            url: `/api/nodes/${node.id}`,
            headers: as(f.sessions.admin, node.version),
            payload: { title },
          }),
        ),
      );
      const codes = [a!.statusCode, b!.statusCode].sort();
      expect(codes).toEqual([200, 409]);
      const winner = a!.statusCode === 200 ? '甲的标题' : '乙的标题';
      expect((await getPlan(f.t.db.kysely, f.planId)).outline[0]!.title).toBe(winner);
      const loser = a!.statusCode === 409 ? a! : b!;
      expect(loser.json().error.code).toBe('VERSION_CONFLICT');
    });

    it('should require If-Match and the CSRF token on writes', async () => {
      const node = (await getPlan(f.t.db.kysely, f.planId)).outline[1]!;
      const noIfMatch = await f.app.inject({
        method: 'PATCH',
        url: `/api/nodes/${node.id}`,
        headers: as(f.sessions.admin),
        payload: { title: 'x' },
      });
      expect(noIfMatch.statusCode).toBe(428);
      const noCsrf = await f.app.inject({
        method: 'PATCH',
        url: `/api/nodes/${node.id}`,
        headers: { cookie: f.sessions.admin.cookie, 'if-match': `"${node.version}"` },
        payload: { title: 'x' },
      });
      expect(noCsrf.statusCode).toBe(403);
      expect(noCsrf.json().error.code).toBe('CSRF_FAILED');
    });

    it('should keep a reporter to its own unit', async () => {
      const r = f.sessions.reporter;
      expect(
        (
          await f.app.inject({
            method: 'POST',
            url: `/api/indicators/${f.indicatorA}/observations`,
            headers: as(r),
            payload: { year: 2022, pct: 4.5 },
          })
        ).statusCode,
      ).toBe(201);
      const other = await f.app.inject({
        method: 'POST',
        url: `/api/indicators/${f.indicatorB}/observations`,
        headers: as(r),
        payload: { year: 2022, pct: 4.5 },
      });
      expect(other.statusCode).toBe(403);
      expect(
        (
          await f.app.inject({
            method: 'GET',
            url: `/api/indicators/${f.indicatorB}/observations`,
            headers: as(r),
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (await f.app.inject({ method: 'GET', url: `/api/units/${f.unitB}/indicators`, headers: as(r) }))
          .statusCode,
      ).toBe(403);
      const mine = await f.app.inject({
        method: 'GET',
        url: `/api/units/${f.unitA}/indicators`,
        headers: as(r),
      });
      expect(mine.json().indicators.map((i: { id: string }) => i.id)).toEqual([f.indicatorA]);
      const history = await f.app.inject({
        method: 'GET',
        url: `/api/indicators/${f.indicatorA}/observations`,
        headers: as(r),
      });
      expect(history.json().observations[0].enteredByName).toBe('reporter');
    });

    it('should validate values: not before the base year, not in the future, the right unit', async () => {
      const post = (payload: object) =>
        f.app.inject({
          method: 'POST',
          url: `/api/indicators/${f.indicatorA}/observations`,
          headers: as(f.sessions.admin),
          payload,
        });
      expect((await post({ year: 2019, pct: 5 })).statusCode).toBe(422);
      expect((await post({ year: 2025, pct: 5 })).json().error.message).toContain('future');
      expect((await post({ year: 2023, pct: 5, unit: '亿元' })).statusCode).toBe(422);
      expect((await post({ year: 2023, value: 5, pct: 5 })).statusCode).toBe(422);
    });

    it.each([
      ['malformed JSON', { 'content-type': 'application/json' }, '{"title": ', 400, 'MALFORMED_JSON'],
      [
        'a body over the limit',
        { 'content-type': 'application/json' },
        JSON.stringify({ title: 'x'.repeat(LIMITS.jsonBodyBytes) }),
        413,
        'BODY_TOO_LARGE',
      ],
      [
        'a wrong type',
        { 'content-type': 'application/json' },
        JSON.stringify({ title: 42 }),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'an unknown field',
        { 'content-type': 'application/json' },
        JSON.stringify({ title: '标题', owner: 'x' }),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'a control character',
        { 'content-type': 'application/json' },
        JSON.stringify({ title: '标题\u0000尾' }),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'an escape sequence',
        { 'content-type': 'application/json' },
        JSON.stringify({ title: '标题\u001b[31m' }),
        400,
        'VALIDATION_FAILED',
      ],
    ])(
      'should refuse %s with a clear message and change nothing',
      async (_name, headers, payload, status, code) => {
        const node = (await getPlan(f.t.db.kysely, f.planId)).outline[2]!;
        const before = await auditCount(f);
        const res = await f.app.inject({
          method: 'PATCH',
          url: `/api/nodes/${node.id}`,
          headers: { ...as(f.sessions.admin, node.version), ...headers },
          payload,
        });
        expect(res.statusCode).toBe(status);
        expect(res.json().error.code).toBe(code);
        expect(res.json().error.message.length).toBeGreaterThan(4);
        expect(await auditCount(f)).toBe(before);
        expect((await getPlan(f.t.db.kysely, f.planId)).outline[2]!.title).toBe(node.title);
      },
    );

    it.each([
      ['a comparison in angle brackets', '当 a<b 且 c>d 时，增速不低于 5%'],
      ['quoted SQL-like words', "群众留言中写着 '1' or 1=1 也应照原文保存"],
      ['a trailing double dash', '目标值待定 --'],
      ['markup-like text', '<专栏 1> 重大项目 & 配套工程'],
      ['tabs and line breaks', '第一段\t说明\r\n第二段'],
    ])('should accept a legitimate text with %s and store it as written', async (_name, title) => {
      const node = (await getPlan(f.t.db.kysely, f.planId)).outline[3]!;
      const res = await f.app.inject({
        method: 'PATCH',
        url: `/api/nodes/${node.id}`,
        headers: { ...as(f.sessions.admin, node.version), 'content-type': 'application/json' },
        payload: JSON.stringify({ title }),
      });
      expect(res.statusCode, res.body).toBe(200);
      expect((await getPlan(f.t.db.kysely, f.planId)).outline[3]!.title).toBe(title);
    });

    it('should name the field and the reason when a text holds a control character', async () => {
      const node = (await getPlan(f.t.db.kysely, f.planId)).outline[3]!;
      const res = await f.app.inject({
        method: 'PATCH',
        url: `/api/nodes/${node.id}`,
        headers: { ...as(f.sessions.admin, node.version), 'accept-language': 'en' },
        payload: { title: 'a\u0007b' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBe(
        'The request is not valid: body/title must not contain control characters',
      );
    });

    it('should create a user with an e-mail address for notices, and refuse a malformed one', async () => {
      const post = (email: string) =>
        f.app.inject({
          method: 'POST',
          url: '/api/users',
          headers: as(f.sessions.admin),
          payload: {
            username: `u${email.length}`,
            displayName: '新用户',
            password: 'long enough password',
            role: 'reporter',
            unitId: f.unitA,
            email,
          },
        });
      const ok = await post('zhang.san@jtj.example.cn');
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ email: 'zhang.san@jtj.example.cn' });
      expect(ok.json().password_hash).toBeUndefined();
      expect((await post('not an address')).statusCode).toBe(400);
    });

    it("should record a project's unit, stage and investment, with If-Match", async () => {
      const project = (await getPlan(f.t.db.kysely, f.planId)).projects[0]!;
      const res = await f.app.inject({
        method: 'PATCH',
        url: `/api/projects/${project.id}`,
        headers: as(f.sessions.admin, project.version),
        payload: { unitId: f.unitA, stage: 'in_progress', plannedInvestment: 12.5, completedInvestment: 3 },
      });
      expect(res.statusCode).toBe(200);
      expect((await getPlan(f.t.db.kysely, f.planId)).projects[0]).toMatchObject({
        unitId: f.unitA,
        stage: 'in_progress',
        plannedInvestment: 12.5,
        completedInvestment: 3,
      });
      const stale = await f.app.inject({
        method: 'PATCH',
        url: `/api/projects/${project.id}`,
        headers: as(f.sessions.admin, project.version),
        payload: { stage: 'done' },
      });
      expect(stale.statusCode).toBe(409);
    });

    it('should publish open data of a published plan as CSV (with BOM), JSON and XLSX, and none of a draft', async () => {
      const csv = await f.app.inject({
        method: 'GET',
        url: `/api/plans/${f.planId}/open-data.csv?year=2023`,
      });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.startsWith('\ufeff序号,类别,指标,单位,属性,目标')).toBe(true);
      expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(18);
      const json = (
        await f.app.inject({ method: 'GET', url: `/api/plans/${f.planId}/open-data.json` })
      ).json();
      expect(json.indicators[0]).toMatchObject({ no: 1, name: '地区生产总值年均增速', target: '7-7.5' });
      const xlsx = await f.app.inject({ method: 'GET', url: `/api/plans/${f.planId}/open-data.xlsx` });
      expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const draft = await f.app.inject({
        method: 'POST',
        url: '/api/plans/import',
        headers: { ...as(f.sessions.admin), 'content-type': 'text/plain' },
        payload: readFileSync(EXAMPLE_PLAN),
      });
      expect(
        (await f.app.inject({ method: 'GET', url: `/api/plans/${draft.json().id}/open-data.csv` }))
          .statusCode,
      ).toBe(404);
    });

    it('should answer in English when asked to', async () => {
      const res = await f.app.inject({
        method: 'GET',
        url: '/api/users',
        headers: { 'accept-language': 'en-US,en;q=0.9,zh;q=0.5' },
      });
      expect(res.json().error.message).toBe('Please sign in');
      expect((await f.app.inject({ method: 'GET', url: '/api/users' })).json().error.message).toBe(
        '请先登录',
      );
    });

    it('should read a plan as of a past moment, for staff only', async () => {
      const node = (await getPlan(f.t.db.kysely, f.planId)).outline[5]!;
      const before = new Date(Date.now()).toISOString();
      await new Promise((r) => setTimeout(r, 5));
      await f.app.inject({
        method: 'PATCH',
        url: `/api/nodes/${node.id}`,
        headers: as(f.sessions.admin, node.version),
        payload: { title: '改过的标题' },
      });
      const past = await f.app.inject({
        method: 'GET',
        url: `/api/plans/${f.planId}?asOf=${before}`,
        headers: as(f.sessions.auditor),
      });
      expect(past.json().outline[5].title).toBe(node.title);
      expect(
        (await f.app.inject({ method: 'GET', url: `/api/plans/${f.planId}?asOf=${before}` })).statusCode,
      ).toBe(403);
    });

    it('should show an opinion only after moderation, and drop bots by the honeypot', async () => {
      const post = await f.app.inject({
        method: 'POST',
        url: `/api/plans/${f.planId}/opinions`,
        payload: { targetType: 'plan', content: '希望公开更多项目进度。' },
      });
      expect(post.statusCode).toBe(202);
      const list = () => f.app.inject({ method: 'GET', url: `/api/plans/${f.planId}/opinions` });
      expect((await list()).json().opinions.map((o: { id: string }) => o.id)).not.toContain(post.json().id);
      await f.app.inject({
        method: 'PATCH',
        url: `/api/opinions/${post.json().id}`,
        headers: as(f.sessions.supervisor, 1),
        payload: { status: 'approved' },
      });
      expect((await list()).json().opinions.map((o: { id: string }) => o.id)).toContain(post.json().id);
      const bot = await f.app.inject({
        method: 'POST',
        url: `/api/plans/${f.planId}/opinions`,
        payload: { targetType: 'plan', content: '广告', website: 'http://spam' },
      });
      expect(bot.statusCode).toBe(400);
    });

    it('should serve an OpenAPI 3 document generated from the routes', async () => {
      const doc = (await f.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.paths)).toContain('/api/plans/{planId}/evaluation');
      expect(doc.paths['/api/nodes/{nodeId}'].patch.requestBody).toBeDefined();
    });

    it('should be caught by gangmu audit verify when an audit row is edited', async () => {
      let out = '';
      const io = {
        stdout: { write: (s: string) => (out += s) },
        stderr: { write: (s: string) => (out += s) },
      };
      expect(await main(['audit', 'verify', '--database', f.t.url], io)).toBe(0);
      await sql`update audit_events set after = ${'{"title":"篡改"}'} where seq = 42`.execute(f.t.db.kysely);
      out = '';
      expect(await main(['audit', 'verify', '--database', f.t.url], io)).toBe(3);
      expect(out).toContain('第 42 条事件被篡改');
      const api = await f.app.inject({
        method: 'GET',
        url: '/api/audit/verify',
        headers: as(f.sessions.auditor),
      });
      expect(api.json()).toMatchObject({ ok: false, first: { seq: 42, problem: 'altered' } });
    });
  });

  describe(`${driver}: sign-in protection`, () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await startFixture(driver, { loginRateLimit: 10_000, lockAfterFailures: 3 });
    });
    afterAll(() => f.close());

    it('should lock an account after repeated failures, even for the right password', async () => {
      for (let i = 0; i < 3; i++) {
        const res = await f.app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { username: 'leader', password: 'wrong password' },
        });
        expect(res.statusCode).toBe(401);
      }
      const locked = await f.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'leader', password: 'correct horse battery' },
      });
      expect(locked.statusCode).toBe(423);
      expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    });

    it('should set an HttpOnly, SameSite=Lax session cookie', async () => {
      const res = await f.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'auditor', password: 'correct horse battery' },
      });
      expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/);
      expect(String(res.headers['set-cookie'])).toMatch(/SameSite=Lax/);
    });
  });
}

describe('sign-in rate limit', () => {
  it('should answer 429 after the limit per address', async () => {
    const f = await startFixture('sqlite', { loginRateLimit: 8 }); // the fixture itself signs in six users
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push(
        (
          await f.app.inject({
            method: 'POST',
            url: '/api/session',
            payload: { username: 'nobody', password: 'x' },
          })
        ).statusCode,
      );
    await f.close();
    expect(codes.slice(-1)[0]).toBe(429);
  });
});
