/**
 * Public participation over HTTP: the loop through the routes, and the personal-data rule tested over every
 * GET route × every role — contact details and the notify e-mail appear only for admin and supervisors, and
 * for the assigned unit's reporter when the visitor agreed; never for leaders, auditors or the public, never
 * in open data, never in the audit view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTasks, listTasks, SYSTEM_ACTOR } from '@gangmu/storage';
import { as, DRIVERS, startFixture, type Fixture, type Session } from './helpers.ts';

type Who = 'public' | 'admin' | 'reporter' | 'reporterB' | 'supervisor' | 'leader' | 'auditor';
const ALL: Who[] = ['public', 'admin', 'reporter', 'reporterB', 'supervisor', 'leader', 'auditor'];
const KEPT = { contact: '13912345678', email: 'kept-visitor@example.test' };
const SHARED = { contact: '13787654321', email: 'shared-visitor@example.test' };

for (const driver of DRIVERS) {
  describe(`${driver}: participation routes`, () => {
    let f: Fixture;
    const ids: Record<string, string> = {};
    const session = (who: Who): Session | null => (who === 'public' ? null : f.sessions[who]);
    const call = (
      who: Who,
      method: 'GET' | 'POST' | 'PUT',
      url: string,
      payload?: unknown,
      version?: number,
    ) => f.app.inject({ method, url, headers: as(session(who), version), ...(payload ? { payload } : {}) });
    const post = (content: string, contact: typeof KEPT, shareContact: boolean, address: string) =>
      f.app.inject({
        method: 'POST',
        url: '/api/opinions',
        remoteAddress: address,
        payload: {
          planId: f.planId,
          targetType: 'indicator',
          targetId: f.indicatorA,
          content,
          contact: contact.contact,
          notifyEmail: contact.email,
          shareContact,
        },
      });

    beforeAll(async () => {
      f = await startFixture(driver);
      ids.planId = f.planId;
      ids.indicatorId = f.indicatorA;
      ids.unitId = f.unitA;
    });
    afterAll(() => f.close());

    it('runs the loop through the routes: post, screen, assign, answer, return, approve, publish, follow, rate', async () => {
      const kept = await post('建议公布各学校的学位供给数据，方便家长了解。', KEPT, false, '203.0.113.1');
      expect(kept.statusCode).toBe(201);
      const { trackingCode, token } = kept.json();
      const shared = await post('希望延长社区图书馆的开放时间到晚上九点。', SHARED, true, '203.0.113.2');
      ids.opinionId = kept.json().id ?? '';
      const queue = await call('admin', 'GET', `/api/opinion-queue?planId=${f.planId}&state=received`);
      expect(queue.statusCode).toBe(200);
      const byCode = new Map(
        (queue.json().opinions as { trackingCode: string; id: string }[]).map((o) => [o.trackingCode, o.id]),
      );
      ids.opinionId = byCode.get(trackingCode)!;
      ids.sharedId = byCode.get(shared.json().trackingCode)!;
      ids.code = trackingCode;
      for (const id of [ids.opinionId, ids.sharedId]) {
        const s = await call('admin', 'POST', `/api/opinion-queue/${id}/screen`, { decision: 'accept' }, 1);
        expect(s.statusCode).toBe(200);
        const a = await call('admin', 'POST', `/api/opinion-queue/${id}/assign`, { unitId: f.unitA }, 2);
        expect(a.statusCode).toBe(200);
        // 30 June 2024 (a Sunday, 16:00 in Beijing) + 15 working days.
        expect(a.json()).toMatchObject({ deadline: '2024-07-19', calendarMissingYears: [] });
      }
      const o = ids.opinionId;
      expect(
        (await call('reporterB', 'POST', `/api/opinion-queue/${o}/answer`, { text: '答', submit: true }, 3))
          .statusCode,
      ).toBe(403);
      let r = await call(
        'reporter',
        'POST',
        `/api/opinion-queue/${o}/answer`,
        { text: '已公开。', submit: true },
        3,
      );
      expect(r.json()).toMatchObject({ state: 'answered', stage: 'handling' });
      r = await call(
        'admin',
        'POST',
        `/api/opinion-queue/${o}/review`,
        { decision: 'return', comment: '请写明栏目' },
        4,
      );
      r = await call(
        'reporter',
        'POST',
        `/api/opinion-queue/${o}/answer`,
        { text: '已在“教育”栏目公开。', submit: true },
        5,
      );
      r = await call('supervisor', 'POST', `/api/opinion-queue/${o}/review`, { decision: 'approve' }, 6);
      r = await call('admin', 'POST', `/api/opinion-queue/${o}/publish`, {}, 7);
      expect(r.json()).toMatchObject({ state: 'published', answer: '已在“教育”栏目公开。' });
      const followed = await call(
        'public',
        'GET',
        `/api/opinions/track/${trackingCode.toLowerCase()}?token=${token}`,
      );
      expect(followed.json()).toMatchObject({ stage: 'answered', canRate: true, unitName: '教体局' });
      const rated = await call('public', 'POST', `/api/opinions/track/${trackingCode}/rating`, {
        token,
        rating: 'unsatisfied',
        comment: '不够具体',
      });
      expect(rated.json()).toEqual({ reopened: true, stage: 'handling' });
      const wrong = await call('public', 'POST', `/api/opinions/track/${trackingCode}/rating`, {
        token: 'x'.repeat(32),
        rating: 'satisfied',
      });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error.message).toMatch(/专属链接/);
      const answered = await call(
        'public',
        'GET',
        `/api/plans/${f.planId}/answered-opinions?targetType=indicator&targetId=${f.indicatorA}`,
      );
      expect(answered.json().opinions).toEqual([]); // reopened: not answered any more until answered again
      const stats = await call('public', 'GET', `/api/plans/${f.planId}/opinion-statistics`);
      expect(stats.json().plan).toMatchObject({ received: 2, answered: 0 });
      await generateTasks(f.t.db.kysely, SYSTEM_ACTOR, f.planId);
      ids.taskId = (await listTasks(f.t.db.kysely, { planId: f.planId }))[0]!.id;
      const linked = await call(
        'admin',
        'POST',
        `/api/opinion-queue/${o}/link-task`,
        { taskId: ids.taskId },
        9,
      );
      expect(linked.json()).toMatchObject({ taskId: ids.taskId, state: 'reopened' });
    });

    it('tells the visitor why, in Chinese or English: duplicate, held for review, daily cap', async () => {
      const text = '建议在老城区利用边角地建设立体停车场，缓解停车难。';
      expect((await post(text, KEPT, false, '198.51.100.7')).statusCode).toBe(201);
      const dup = await post(text, KEPT, false, '198.51.100.8');
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.message).toMatch(/跟踪码 GM-/);
      const held = await post('请清理小区门口的博彩小广告。', KEPT, false, '198.51.100.7');
      expect(held.json()).toMatchObject({ held: true, message: { zh: expect.stringMatching(/审核/) } });
      for (let i = 0; i < 3; i += 1)
        await post(`关于第${i}号道路的修缮建议，路面${'坑洼'.repeat(i + 1)}`, KEPT, false, '198.51.100.7');
      const capped = await f.app.inject({
        method: 'POST',
        url: '/api/opinions',
        remoteAddress: '198.51.100.7',
        headers: { 'accept-language': 'en' },
        payload: { planId: f.planId, targetType: 'plan', content: '关于河道治理的一条新建议。' },
      });
      expect(capped.statusCode).toBe(429);
      expect(capped.json().error.message).toMatch(/At most 5 opinions a day/);
    });

    it('puts published opinions and answers in open data (JSON and CSV) without anything personal', async () => {
      const visitor = {
        name: '王晓明',
        contact: '13600001111',
        email: 'open-data-visitor@example.test',
        address: '192.0.2.60',
      };
      const content = '=建议在河滨公园增设夜间照明，方便居民晚间散步。';
      const posted = await f.app.inject({
        method: 'POST',
        url: '/api/opinions',
        remoteAddress: visitor.address,
        payload: {
          planId: f.planId,
          targetType: 'indicator',
          targetId: f.indicatorA,
          authorName: visitor.name,
          content,
          contact: visitor.contact,
          notifyEmail: visitor.email,
          shareContact: true,
        },
      });
      expect(posted.statusCode).toBe(201);
      const { trackingCode, token } = posted.json();
      const queue = await call('admin', 'GET', `/api/opinion-queue?planId=${f.planId}&state=received`);
      const id = (queue.json().opinions as { trackingCode: string; id: string }[]).find(
        (o) => o.trackingCode === trackingCode,
      )!.id;
      const answer = '已列入明年城市照明改造计划，年底前完成。';
      const steps: [Who, string, unknown][] = [
        ['admin', 'screen', { decision: 'accept' }],
        ['admin', 'assign', { unitId: f.unitA }],
        ['reporter', 'answer', { text: answer, submit: true }],
        ['supervisor', 'review', { decision: 'approve' }],
        ['admin', 'publish', {}],
      ];
      for (const [i, [who, step, body]] of steps.entries())
        expect((await call(who, 'POST', `/api/opinion-queue/${id}/${step}`, body, i + 1)).statusCode).toBe(
          200,
        );
      const rated = await call('public', 'POST', `/api/opinions/track/${trackingCode}/rating`, {
        token,
        rating: 'basically_satisfied',
      });
      expect(rated.statusCode).toBe(200);

      const json = await call('public', 'GET', `/api/plans/${f.planId}/open-data/opinions.json`);
      expect(json.statusCode).toBe(200);
      const mine = (json.json().opinions as Record<string, unknown>[]).filter((o) => o.answer === answer);
      expect(mine).toEqual([
        expect.objectContaining({
          targetType: 'indicator',
          targetId: f.indicatorA,
          content,
          stage: '已答复',
          unitName: '教体局',
          rating: '基本满意',
          taskLinked: false,
        }),
      ]);
      expect(Object.keys(mine[0]!).sort()).toEqual(
        [
          'no',
          'targetType',
          'targetId',
          'targetName',
          'content',
          'postedOn',
          'stage',
          'unitName',
          'answer',
          'publishedAt',
          'taskLinked',
          'rating',
        ].sort(),
      );
      const csv = await call('public', 'GET', `/api/plans/${f.planId}/open-data/opinions.csv`);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.body).toContain(answer);
      // A text that would start a formula is neutralised, as in the indicators' CSV.
      expect(csv.body).toContain(`'${content}`);
      expect(csv.body.split('\r\n')[0]).toBe(
        '\ufeff序号,意见对象类型,意见对象,意见内容,提交日期,办理阶段,答复单位,答复内容,答复公开时间,纳入规划实施,评价',
      );
      for (const body of [json.body, csv.body])
        for (const secret of [
          visitor.name,
          visitor.contact,
          visitor.email,
          visitor.address,
          trackingCode,
          token,
          id,
          KEPT.contact,
          KEPT.email,
          SHARED.contact,
          SHARED.email,
        ])
          expect(body).not.toContain(secret);
    });

    it('shows contact details only to admin, supervisors and (when shared) the assigned unit — over every GET route and role', async () => {
      const leaks: string[] = [];
      const shown = new Set<string>();
      const gets = f.app.routeTable.filter((r) => r.method === 'GET');
      for (const { url } of gets) {
        const variants = url.includes(':opinionId') ? [ids.opinionId, ids.sharedId] : [undefined];
        for (const opinionId of variants) {
          const path = url.replace(/:(\w+)/g, (_, name: string) =>
            name === 'opinionId' ? opinionId! : (ids[name] ?? name),
          );
          for (const who of ALL) {
            const res = await call(who, 'GET', path);
            const body = res.rawPayload.toString('utf8');
            for (const [label, secret] of [
              ['kept contact', KEPT.contact],
              ['kept e-mail', KEPT.email],
              ['shared contact', SHARED.contact],
              ['shared e-mail', SHARED.email],
            ] as const) {
              if (!body.includes(secret)) continue;
              shown.add(`${who} ${url} ${label}`);
              const staffQueue = url.startsWith('/api/opinion-queue');
              // The administrator's outbox lists the notice of the answer, addressed to the visitor's e-mail.
              const outbox = url === '/api/outbox' && who === 'admin' && label.endsWith('e-mail');
              const allowed =
                outbox ||
                (staffQueue &&
                  (who === 'admin' ||
                    who === 'supervisor' ||
                    (who === 'reporter' && label.startsWith('shared'))));
              if (!allowed) leaks.push(`${who} GET ${path}: ${label}`);
            }
          }
        }
      }
      expect(leaks).toEqual([]);
      // And the rule is not vacuous: the allowed ones do see them.
      expect([...shown].sort()).toEqual(
        [
          'admin /api/outbox kept e-mail',
          'admin /api/opinion-queue kept contact',
          'admin /api/opinion-queue kept e-mail',
          'admin /api/opinion-queue shared contact',
          'admin /api/opinion-queue shared e-mail',
          'admin /api/opinion-queue/:opinionId kept contact',
          'admin /api/opinion-queue/:opinionId kept e-mail',
          'admin /api/opinion-queue/:opinionId shared contact',
          'admin /api/opinion-queue/:opinionId shared e-mail',
          'reporter /api/opinion-queue shared contact',
          'reporter /api/opinion-queue shared e-mail',
          'reporter /api/opinion-queue/:opinionId shared contact',
          'reporter /api/opinion-queue/:opinionId shared e-mail',
          'supervisor /api/opinion-queue kept contact',
          'supervisor /api/opinion-queue kept e-mail',
          'supervisor /api/opinion-queue shared contact',
          'supervisor /api/opinion-queue shared e-mail',
          'supervisor /api/opinion-queue/:opinionId kept contact',
          'supervisor /api/opinion-queue/:opinionId kept e-mail',
          'supervisor /api/opinion-queue/:opinionId shared contact',
          'supervisor /api/opinion-queue/:opinionId shared e-mail',
        ].sort(),
      );
      // The audit view (admin and auditors) and open data were among the routes; check them by name too.
      const audit = await call('admin', 'GET', '/api/audit?limit=500');
      expect(audit.statusCode).toBe(200);
      expect(audit.body).toContain('opinion.create');
      expect(audit.body).not.toContain(KEPT.contact);
      for (const format of ['json', 'csv'])
        expect(
          (await call('public', 'GET', `/api/plans/${f.planId}/open-data.${format}`)).body,
        ).not.toContain(KEPT.contact);
    });

    it('adds a holiday calendar (admin only), refusing a make-up day on a weekday with the reason', async () => {
      const bad = await call('admin', 'PUT', '/api/holiday-calendars/2027', {
        offDays: [['2027-10-01', '2027-10-07']],
        workDays: ['2027-09-29'],
        source: '测试',
      });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().error.message).toMatch(/周六或周日/);
      expect(
        (
          await call('leader', 'PUT', '/api/holiday-calendars/2027', {
            offDays: [],
            workDays: [],
            source: 'x',
          })
        ).statusCode,
      ).toBe(403);
      const ok = await call('admin', 'PUT', '/api/holiday-calendars/2027', {
        offDays: [['2027-10-01', '2027-10-07']],
        workDays: ['2027-09-26'],
        source: '测试',
      });
      expect(ok.json()).toMatchObject({ year: 2027, origin: 'added', version: 1 });
      const list = await call('reporter', 'GET', '/api/holiday-calendars');
      expect(list.json().calendars.map((c: { year: number }) => c.year)).toEqual([
        2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027,
      ]);
    });
  });
}
