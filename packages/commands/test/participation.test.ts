import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createUnit, generateTasks, getPlan, listTasks, verifyAuditChain } from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import {
  addHolidayCalendar,
  answerOpinion,
  assignOpinion,
  CommandError,
  followOpinion,
  getOpinionDetail,
  importPlan,
  linkOpinionTask,
  listHolidayCalendars,
  listOpinionQueue,
  listPublishedOpinions,
  openDataOpinions,
  opinionStatistics,
  postOpinion,
  PUBLIC_CALLER,
  publishOpinionAnswer,
  rateOpinion,
  reviewOpinionAnswer,
  screenOpinion,
  type Caller,
  type CommandContext,
} from '../src/index.ts';

const EXAMPLE = readFileSync(
  join(resolve(import.meta.dirname, '../../..'), 'examples/xihu-2021-2025/plan.txt'),
);

/** Commands run at a fixed moment: Thursday 8 February 2024, 10:00 in Beijing, just before the Spring Festival. */
let clock = new Date('2024-02-08T02:00:00Z');
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof CommandError ? { code: e.code, zh: e.userMessage?.zh ?? '' } : e),
  );

for (const driver of DRIVERS) {
  describe(`${driver}: the participation loop`, () => {
    let t: TestDb;
    let planId: string;
    let indicatorId: string;
    let unitId: string;
    let otherUnitId: string;
    const as = (caller: Caller): CommandContext => ({ db: t.db, now: () => clock, caller });
    const admin: Caller = { actor: { id: 'u-admin', name: 'admin' }, role: 'admin', unitId: null };
    let reporter: Caller;
    let otherReporter: Caller;
    const leader: Caller = { actor: { id: 'u-lead', name: 'leader' }, role: 'leader', unitId: null };
    const auditor: Caller = { actor: { id: 'u-aud', name: 'auditor' }, role: 'auditor', unitId: null };
    const supervisor: Caller = { actor: { id: 'u-sup', name: 'sup' }, role: 'supervisor', unitId: null };

    beforeAll(async () => {
      t = await freshDatabase(driver);
      planId = (await importPlan(as(admin), { bytes: EXAMPLE, publish: true })).id;
      indicatorId = (await getPlan(t.db.kysely, planId)).indicators[0]!.id;
      unitId = (await createUnit(t.db.kysely, admin.actor, { code: 'jtj', name: '区教体局' })).id;
      otherUnitId = (await createUnit(t.db.kysely, admin.actor, { code: 'wjw', name: '区卫健委' })).id;
      reporter = { actor: { id: 'u-rep', name: 'rep' }, role: 'reporter', unitId };
      otherReporter = { actor: { id: 'u-rep2', name: 'rep2' }, role: 'reporter', unitId: otherUnitId };
    });
    afterAll(() => t.drop());

    const post = (content: string, over: Partial<Parameters<typeof postOpinion>[1]> = {}) =>
      postOpinion(as(PUBLIC_CALLER), {
        planId,
        targetType: 'indicator',
        targetId: indicatorId,
        content,
        contact: '13900001111',
        notifyEmail: 'visitor@example.test',
        address: '203.0.113.7',
        ...over,
      });

    it('runs the whole loop: post, accept, assign across the Spring Festival, return once, approve, publish, rate unsatisfied, reopen, answer again', async () => {
      clock = new Date('2024-02-08T02:00:00Z');
      const posted = await post('建议公布每所学校的学位供给数据，方便家长了解。', { shareContact: false });
      expect(posted).toMatchObject({ stage: 'received', held: false, message: null });
      expect(posted.trackingCode).toMatch(/^GM-[2-9A-Z]{4}-[2-9A-Z]{4}$/);

      let version = 1;
      const accepted = await screenOpinion(as(admin), {
        id: posted.id,
        expectedVersion: version,
        decision: 'accept',
      });
      expect(accepted).toMatchObject({ handling_state: 'accepted', status: 'approved' });
      // 15 working days from Thursday 8 February 2024: 9 Feb, the make-up Sunday 18 Feb, then 19 Feb onwards.
      const assigned = await assignOpinion(as(admin), {
        id: posted.id,
        expectedVersion: accepted.version,
        unitId,
      });
      expect(assigned).toMatchObject({ deadline: '2024-03-06', calendarMissingYears: [] });
      version = assigned.opinion.version;

      // The unit drafts, submits; the office returns it once.
      expect(
        await refusal(
          answerOpinion(as(otherReporter), {
            id: posted.id,
            expectedVersion: version,
            text: 'x',
            submit: true,
          }),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      let o = await answerOpinion(as(reporter), {
        id: posted.id,
        expectedVersion: version,
        text: '草稿',
        submit: false,
      });
      o = await answerOpinion(as(reporter), {
        id: posted.id,
        expectedVersion: o.version,
        text: '已在区政府网站公开。',
        submit: true,
      });
      expect(o.handling_state).toBe('answered');
      expect(
        await refusal(
          reviewOpinionAnswer(as(admin), { id: posted.id, expectedVersion: o.version, decision: 'return' }),
        ),
      ).toMatchObject({ code: 'INVALID', zh: '请填写理由或意见' });
      o = await reviewOpinionAnswer(as(admin), {
        id: posted.id,
        expectedVersion: o.version,
        decision: 'return',
        comment: '请写明公开的栏目和时间',
      });
      expect(o.handling_state).toBe('returned');
      o = await answerOpinion(as(reporter), {
        id: posted.id,
        expectedVersion: o.version,
        text: '已于3月1日在区政府网站“教育”栏目公开各校学位数。',
        submit: true,
      });
      o = await reviewOpinionAnswer(as(admin), {
        id: posted.id,
        expectedVersion: o.version,
        decision: 'approve',
      });
      clock = new Date('2024-03-04T02:00:00Z');
      o = await publishOpinionAnswer(as(admin), { id: posted.id, expectedVersion: o.version });
      expect(o).toMatchObject({
        handling_state: 'published',
        answer: '已于3月1日在区政府网站“教育”栏目公开各校学位数。',
      });
      const mail = await t.db.kysely
        .selectFrom('outbox')
        .selectAll()
        .where('event', '=', 'opinion.answered')
        .execute();
      expect(mail.map((m) => m.recipient)).toEqual(['visitor@example.test']);

      // The visitor follows by code; without the token no rating.
      const followed = await followOpinion(as(PUBLIC_CALLER), { code: posted.trackingCode });
      expect(followed).toMatchObject({
        stage: 'answered',
        unitName: '区教体局',
        canRate: false,
        deadline: '2024-03-06',
      });
      expect(JSON.stringify(followed)).not.toMatch(/13900001111|visitor@example/);
      expect(
        (await followOpinion(as(PUBLIC_CALLER), { code: posted.trackingCode, token: posted.token })).canRate,
      ).toBe(true);
      expect(
        await refusal(
          rateOpinion(as(PUBLIC_CALLER), { code: posted.trackingCode, token: 'wrong', rating: 'satisfied' }),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      const rated = await rateOpinion(as(PUBLIC_CALLER), {
        code: posted.trackingCode,
        token: posted.token,
        rating: 'unsatisfied',
        comment: '没有写清楚',
      });
      expect(rated).toEqual({ reopened: true, stage: 'handling' });

      // Reopened: the office assigns again, the unit answers again, approved and published; the second rating stands.
      let d = await getOpinionDetail(as(admin), posted.id);
      const again = await assignOpinion(as(admin), {
        id: posted.id,
        expectedVersion: d.opinion.version,
        unitId,
      });
      o = await answerOpinion(as(reporter), {
        id: posted.id,
        expectedVersion: again.opinion.version,
        text: '补充：各校学位数见附表。',
        submit: true,
      });
      o = await reviewOpinionAnswer(as(admin), {
        id: posted.id,
        expectedVersion: o.version,
        decision: 'approve',
      });
      o = await publishOpinionAnswer(as(admin), { id: posted.id, expectedVersion: o.version });
      expect(
        await rateOpinion(as(PUBLIC_CALLER), {
          code: posted.trackingCode,
          token: posted.token,
          rating: 'unsatisfied',
        }),
      ).toEqual({ reopened: false, stage: 'answered' });
      expect(
        await refusal(
          rateOpinion(as(PUBLIC_CALLER), {
            code: posted.trackingCode,
            token: posted.token,
            rating: 'satisfied',
          }),
        ),
      ).toMatchObject({ code: 'INVALID', zh: '该答复已评价过' });

      d = await getOpinionDetail(as(admin), posted.id);
      expect(d.records.map((r) => r.kind)).toEqual([
        'receive',
        'accept',
        'assign',
        'draft',
        'submit_answer',
        'return',
        'submit_answer',
        'approve',
        'publish',
        'reopen',
        'assign',
        'submit_answer',
        'approve',
        'publish',
        'rate',
      ]);
      const published = await listPublishedOpinions(as(PUBLIC_CALLER), {
        planId,
        targetType: 'indicator',
        targetId: indicatorId,
      });
      expect(published).toHaveLength(1);
      expect(published[0]).toMatchObject({
        answer: '补充：各校学位数见附表。',
        unitName: '区教体局',
        rating: 'unsatisfied',
      });
      const stats = await opinionStatistics(as(PUBLIC_CALLER), { planId });
      expect(stats.plan).toMatchObject({ received: 1, answered: 1, onTime: 1, rated: 1, satisfaction: 0 });
      expect(stats.units).toEqual([expect.objectContaining({ unitName: '区教体局', answered: 1 })]);
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
      const audit = await t.db.kysely.selectFrom('audit_events').select(['before', 'after']).execute();
      expect(JSON.stringify(audit)).not.toMatch(/13900001111|visitor@example\.test|203\.0\.113\.7/);
    });

    it('gives open data of the published opinions and answers, without anything personal', async () => {
      const data = await openDataOpinions(as(PUBLIC_CALLER), { planId });
      const indicator = (await getPlan(t.db.kysely, planId)).indicators[0]!;
      expect(data.rows).toEqual([
        {
          no: 1,
          targetType: 'indicator',
          targetId: indicatorId,
          targetName: indicator.name,
          content: expect.any(String),
          postedOn: '2024-02-08',
          stage: '已答复',
          unitName: '区教体局',
          answer: '补充：各校学位数见附表。',
          publishedAt: expect.any(String),
          taskLinked: false,
          rating: '不满意',
        },
      ]);
      const [row] = await t.db.kysely.selectFrom('opinions').selectAll().execute();
      expect(JSON.stringify(data)).not.toMatch(/13900001111|visitor@example\.test|203\.0\.113\.7/);
      expect(JSON.stringify(data)).not.toContain(row!.tracking_code!);
      const draft = await importPlan(as(admin), { bytes: EXAMPLE });
      expect(await refusal(openDataOpinions(as(PUBLIC_CALLER), { planId: draft.id }))).toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('shows contacts to admin and supervisors; to the assigned unit only when shared; never to leaders or auditors', async () => {
      clock = new Date('2024-04-01T02:00:00Z');
      const shared = await post('希望增加社区图书馆的开放时间。', {
        shareContact: true,
        address: '198.51.100.1',
        targetType: 'plan',
        targetId: null,
      });
      const kept = await post('建议优化公交线路，覆盖新建小区。', {
        shareContact: false,
        address: '198.51.100.1',
        targetType: 'plan',
        targetId: null,
      });
      for (const id of [shared.id, kept.id]) {
        const a = await screenOpinion(as(admin), { id, expectedVersion: 1, decision: 'accept' });
        await assignOpinion(as(admin), { id, expectedVersion: a.version, unitId });
      }
      const contactsSeen = async (caller: Caller) =>
        Object.fromEntries(
          (await listOpinionQueue(as(caller), { planId }))
            .filter((q) => [shared.id, kept.id].includes(q.opinion.id))
            .map((q) => [q.opinion.id === shared.id ? 'shared' : 'kept', q.contact?.contact ?? null]),
        );
      expect(await contactsSeen(admin)).toEqual({ shared: '13900001111', kept: '13900001111' });
      expect(await contactsSeen(supervisor)).toEqual({ shared: '13900001111', kept: '13900001111' });
      expect(await contactsSeen(reporter)).toEqual({ shared: '13900001111', kept: null });
      expect(await contactsSeen(otherReporter)).toEqual({});
      expect(await contactsSeen(leader)).toEqual({ shared: null, kept: null });
      expect(await contactsSeen(auditor)).toEqual({ shared: null, kept: null });
      expect((await getOpinionDetail(as(leader), shared.id)).contact).toBeUndefined();
      expect(await refusal(getOpinionDetail(as(otherReporter), shared.id))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await refusal(listOpinionQueue(as(PUBLIC_CALLER), { planId }))).toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('refuses a duplicate, holds a sensitive word for review, and caps an address at 5 a day', async () => {
      clock = new Date('2024-05-06T02:00:00Z');
      const first = await post('建议在桃花镇增设一处社区养老服务中心，方便老年人就近养老。', {
        address: '192.0.2.9',
      });
      const dup = await refusal(
        post('建议在桃花镇增设一处社区养老服务中心,方便老年人就近养老!', { address: '192.0.2.10' }),
      );
      expect(dup).toMatchObject({ code: 'ALREADY_EXISTS' });
      expect((dup as { zh: string }).zh).toContain(first.trackingCode);
      const held = await post('这里有博彩广告，请处理。', { address: '192.0.2.9' });
      expect(held).toMatchObject({ held: true, stage: 'received' });
      expect(held.message?.zh).toMatch(/审核/);
      for (let i = 0; i < 3; i += 1)
        await post(`第${i}条不同的意见：关于道路${i}号的修缮建议，内容${'甲乙丙'.repeat(i + 1)}`, {
          address: '192.0.2.9',
        });
      expect(
        await refusal(post('第六条完全不同的意见，关于河道治理', { address: '192.0.2.9' })),
      ).toMatchObject({ code: 'RATE_LIMITED' });
      // The next day the cap starts again.
      clock = new Date('2024-05-07T02:00:00Z');
      expect((await post('第六条完全不同的意见，关于河道治理', { address: '192.0.2.9' })).stage).toBe(
        'received',
      );
    });

    it('merges a duplicate, declines with a public reason, links a task, and refuses steps out of order', async () => {
      clock = new Date('2024-06-03T02:00:00Z');
      const a = await post('关于增加城区停车位的建议一，希望在老城区利用边角地建设立体停车场。', {
        address: '10.0.0.1',
      });
      const b = await post('关于学校周边交通安全的建议，希望上下学时段增派交警。', { address: '10.0.0.2' });
      const c = await post('这是一条与规划无关的广告内容测试。', { address: '10.0.0.3' });
      const merged = await screenOpinion(as(admin), {
        id: b.id,
        expectedVersion: 1,
        decision: 'merge',
        duplicateOf: a.id,
      });
      expect(merged).toMatchObject({ handling_state: 'merged', duplicate_of: a.id, status: 'rejected' });
      expect(
        await refusal(
          screenOpinion(as(admin), { id: c.id, expectedVersion: 1, decision: 'decline', reason: ' ' }),
        ),
      ).toMatchObject({ code: 'INVALID' });
      await screenOpinion(as(admin), {
        id: c.id,
        expectedVersion: 1,
        decision: 'decline',
        reason: '内容与规划实施无关',
      });
      expect(await followOpinion(as(PUBLIC_CALLER), { code: c.trackingCode })).toMatchObject({
        stage: 'declined',
        declineReason: '内容与规划实施无关',
      });
      expect(
        await refusal(screenOpinion(as(reporter), { id: a.id, expectedVersion: 1, decision: 'accept' })),
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refusal(assignOpinion(as(admin), { id: a.id, expectedVersion: 1, unitId }))).toMatchObject(
        { code: 'INVALID' },
      );
      const acc = await screenOpinion(as(admin), { id: a.id, expectedVersion: 1, decision: 'accept' });
      await generateTasks(t.db.kysely, admin.actor, planId);
      const task = (await listTasks(t.db.kysely, { planId }))[0]!;
      const linked = await linkOpinionTask(as(admin), {
        id: a.id,
        expectedVersion: acc.version,
        taskId: task.id,
      });
      expect(linked.task_id).toBe(task.id);
      expect(
        await refusal(screenOpinion(as(admin), { id: a.id, expectedVersion: 1, decision: 'accept' })),
      ).toMatchObject({ code: 'INVALID' });
    });

    it('adds a holiday calendar for 2027 and uses it for deadlines; a year without one is counted Monday–Friday and named', async () => {
      clock = new Date('2027-09-24T02:00:00Z'); // Friday 24 September 2027
      const p = await post('关于国庆期间景区交通疏导的建议。', {
        address: '10.9.9.9',
        targetType: 'plan',
        targetId: null,
      });
      let acc = await screenOpinion(as(admin), { id: p.id, expectedVersion: 1, decision: 'accept' });
      const without = await assignOpinion(as(admin), { id: p.id, expectedVersion: acc.version, unitId });
      expect(without.calendarMissingYears).toEqual([2027]);
      expect(without.deadline).toBe('2027-10-15');
      expect(
        await refusal(
          addHolidayCalendar(as(reporter), { year: 2027, offDays: [], workDays: [], source: 'x' }),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        await refusal(
          addHolidayCalendar(as(admin), {
            year: 2027,
            offDays: [['2027-10-01', '2027-10-07']],
            workDays: ['2027-09-29'],
            source: 'x',
          }),
        ),
      ).toMatchObject({ code: 'INVALID', zh: '调休上班日应为周六或周日（2027-09-29）' });
      await addHolidayCalendar(as(admin), {
        year: 2027,
        offDays: [['2027-10-01', '2027-10-07']],
        workDays: ['2027-09-26', '2027-10-09'],
        source: '测试用',
      });
      expect((await listHolidayCalendars(as(admin))).map((c) => `${c.year}:${c.origin}`).slice(-2)).toEqual([
        '2026:shipped',
        '2027:added',
      ]);
      acc = (await getOpinionDetail(as(admin), p.id)).opinion;
      const withCal = await assignOpinion(as(admin), { id: p.id, expectedVersion: acc.version, unitId });
      // 27, 28, 29, 30 Sep (+ make-up Sun 26), off 1–7 Oct, make-up Sat 9 Oct: the 15th working day is 20 October.
      expect(withCal).toMatchObject({ deadline: '2027-10-20', calendarMissingYears: [] });
    });
  });
}
