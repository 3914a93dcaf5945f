/**
 * The whole supervision loop on a real database, with a real HTTP receiver for webhooks and a real SMTP
 * server: assign → reminder → submit → return → resubmit → approve; a task past its deadline raises a red
 * warning whose webhook and mail each arrive exactly once, also after a restart of the scheduler and, on
 * PostgreSQL, with two schedulers running side by side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import { listTasks } from '@gangmu/storage';
import { Scheduler } from '../src/supervision/scheduler.ts';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';
import {
  LOCAL_WEBHOOK_ALLOW,
  LOCAL_WEBHOOK_POLICY,
  startSmtpReceiver,
  startWebhookReceiver,
} from './receivers.ts';

for (const driver of DRIVERS) {
  describe(`${driver}: supervision loop`, () => {
    let f: Fixture;
    let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
    let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
    let clock = new Date('2024-07-02T01:00:00Z');
    let taskId: string;
    let secret: string;
    const scheduler = () =>
      new Scheduler({
        webhookPolicy: LOCAL_WEBHOOK_POLICY,
        db: f.t.db,
        now: () => clock,
        mailer: smtp.transport,
        mailFrom: 'gangmu@test.local',
        retryBaseMs: 1,
      });

    beforeAll(async () => {
      hook = await startWebhookReceiver();
      smtp = await startSmtpReceiver();
      f = await startFixture(driver, { webhookAllow: LOCAL_WEBHOOK_ALLOW });
      await sql`update users set email = 'reporter@jtj.test' where username = 'reporter'`.execute(
        f.t.db.kysely,
      );
      await sql`update users set email = 'leader@jtj.test', unit_id = (select unit_id from users where username = 'reporter') where username = 'leader'`.execute(
        f.t.db.kysely,
      );
      const created = await f.app.inject({
        method: 'POST',
        url: '/api/webhooks',
        headers: as(f.sessions.admin),
        payload: { url: hook.url, preset: 'json' },
      });
      secret = created.json().secret;
      await f.app.inject({
        method: 'POST',
        url: `/api/plans/${f.planId}/tasks/generate`,
        headers: as(f.sessions.admin),
      });
      taskId = (await listTasks(f.t.db.kysely, { planId: f.planId }))[0]!.id;
    });
    afterAll(async () => {
      await f.close();
      await hook.close();
      await smtp.close();
    });

    it('assign → reminder → submit → return → resubmit → approve', async () => {
      const task = (
        await f.app.inject({ method: 'GET', url: `/api/tasks/${taskId}`, headers: as(f.sessions.admin) })
      ).json();
      const assigned = await f.app.inject({
        method: 'PATCH',
        url: `/api/tasks/${taskId}`,
        headers: as(f.sessions.admin, task.version),
        payload: {
          leadUnitId: f.unitA,
          deadline: '2024-07-05',
          expectedResult: '完成人才引进办法',
          milestones: [{ title: '起草', dueDate: '2024-07-04' }],
          schedule: { frequency: 'quarterly', dueDay: 5 },
        },
      });
      expect(assigned.statusCode).toBe(200);
      const tick = await scheduler().tick();
      expect(tick.today).toBe('2024-07-02');
      const inbox = (
        await f.app.inject({ method: 'GET', url: '/api/inbox', headers: as(f.sessions.reporter) })
      ).json().messages;
      expect(inbox.some((m: { event: string }) => m.event === 'task.reminder')).toBe(true);
      // The quarterly report for 2024-Q2 is due on 2024-07-05: a reminder goes out too.
      expect(inbox.filter((m: { event: string }) => m.event === 'report.reminder')).toHaveLength(1);
      // Mailed once each: the deadline reminder and the report reminder.
      const reminders = smtp.mails.filter((m) => m.notice?.startsWith('reminder:'));
      expect(reminders.map((m) => m.to[0])).toEqual(['reporter@jtj.test', 'reporter@jtj.test']);

      const submit = (payload: object) =>
        f.app.inject({
          method: 'POST',
          url: '/api/reports',
          headers: as(f.sessions.reporter),
          payload: { subjectType: 'task', subjectId: taskId, period: '2024-Q2', ...payload },
        });
      const first = await submit({
        percent: 40,
        doneText: '已完成初稿。',
        problems: '部门意见未齐。',
        nextSteps: '征求意见。',
      });
      expect(first.statusCode).toBe(201);
      const returned = await f.app.inject({
        method: 'POST',
        url: `/api/reports/${first.json().id}/review`,
        headers: as(f.sessions.supervisor, first.json().version),
        payload: { status: 'returned', comment: '请补充佐证材料。' },
      });
      expect(returned.json().status).toBe('returned');
      const again = await submit({ percent: 50, doneText: '已完成初稿并征求意见。' });
      expect(again.json()).toMatchObject({ status: 'submitted', revision: 2 });
      const approved = await f.app.inject({
        method: 'POST',
        url: `/api/reports/${first.json().id}/review`,
        headers: as(f.sessions.supervisor, again.json().version),
        payload: { status: 'approved' },
      });
      expect(approved.json().status).toBe('approved');
      const report = (
        await f.app.inject({
          method: 'GET',
          url: `/api/reports/${first.json().id}`,
          headers: as(f.sessions.reporter),
        })
      ).json();
      expect(report.history.map((h: { action: string }) => h.action)).toEqual([
        'report.submit',
        'report.return',
        'report.resubmit',
        'report.approve',
      ]);
      expect(
        (
          await f.app.inject({ method: 'GET', url: `/api/tasks/${taskId}`, headers: as(f.sessions.reporter) })
        ).json().progress,
      ).toBe(50);
      expect(
        (
          await f.app.inject({
            method: 'GET',
            url: `/api/reports/${first.json().id}`,
            headers: as(f.sessions.reporterB),
          })
        ).statusCode,
      ).toBe(403);
    });

    it('a task past its deadline raises a red warning; its webhook and its mail arrive exactly once', async () => {
      clock = new Date('2024-07-08T01:00:00Z');
      const report = await scheduler().tick();
      expect(report.warningsRaised).toBeGreaterThanOrEqual(1);
      const warnings = (
        await f.app.inject({
          method: 'GET',
          url: '/api/warnings?level=red',
          headers: as(f.sessions.reporter),
        })
      ).json().warnings;
      const overdue = warnings.find(
        (w: { kind: string; subjectId: string }) => w.kind === 'TASK_OVERDUE' && w.subjectId === taskId,
      );
      expect(overdue.reason).toContain('已超过截止日期（2024-07-05）3天');
      const hits = hook.hits.filter((h) => JSON.parse(h.body).data?.warningId === overdue.id);
      expect(hits).toHaveLength(1);
      const h = hits[0]!;
      const expected = `sha256=${createHmac('sha256', secret).update(`${h.headers['x-gangmu-timestamp']}.${h.body}`).digest('hex')}`;
      expect(h.headers['x-gangmu-signature']).toBe(expected);
      const mails = () => smtp.mails.filter((m) => m.notice?.startsWith(`warning:${overdue.id}:`));
      expect(mails()).toHaveLength(1);
      expect(mails()[0]!.to).toEqual(['reporter@jtj.test']);
      // The daily digest counts the unit's open warnings, once a day.
      const digests = () => smtp.mails.filter((m) => m.notice?.startsWith('digest:2024-07-08:'));
      expect(digests().map((m) => m.to[0])).toContain('reporter@jtj.test');

      // The same scheduler again, then a new one (a restart): nothing is sent twice.
      await scheduler().tick();
      await scheduler().tick();
      expect(hook.hits.filter((x) => JSON.parse(x.body).data?.warningId === overdue.id)).toHaveLength(1);
      expect(mails()).toHaveLength(1);
      expect(digests().filter((m) => m.to[0] === 'reporter@jtj.test')).toHaveLength(1);
    });

    it('retries a failing webhook with backoff and keeps the notice once delivered', async () => {
      const before = hook.hits.length;
      hook.failNext(2);
      clock = new Date('2024-07-09T01:00:00Z');
      const w = (
        await f.app.inject({ method: 'GET', url: '/api/warnings?level=red', headers: as(f.sessions.admin) })
      ).json().warnings[0];
      await f.app.inject({
        method: 'POST',
        url: `/api/warnings/${w.id}/urge`,
        headers: as(f.sessions.supervisor),
        payload: { message: '请尽快办理。' },
      });
      // An urge still open three days later is escalated to the unit's leader, by inbox, mail and webhook.
      clock = new Date('2024-07-13T01:00:00Z');
      const s = scheduler();
      const first = await s.tick();
      expect(first.retried).toBeGreaterThanOrEqual(1);
      for (let i = 0; i < 3; i++) {
        clock = new Date(clock.getTime() + 60_000);
        await s.deliverDue();
      }
      const escalations = hook.hits
        .slice(before)
        .filter((x) => JSON.parse(x.body).event === 'warning.escalated');
      expect(escalations).toHaveLength(1);
      expect(
        smtp.mails.filter(
          (m) => m.to.includes('leader@jtj.test') && m.notice?.startsWith(`escalate:${w.id}:`),
        ),
      ).toHaveLength(1);
    });

    it('moves a notice that keeps failing to the dead-letter list', async () => {
      await f.app.inject({
        method: 'POST',
        url: '/api/webhooks',
        headers: as(f.sessions.admin),
        payload: { url: 'http://127.0.0.1:9/nowhere', preset: 'dingtalk' },
      });
      clock = new Date('2024-07-20T01:00:00Z');
      await sql`update tasks set deadline = '2024-07-15', status = 'open' where id in (select id from tasks where lead_unit_id is null limit 1)`.execute(
        f.t.db.kysely,
      );
      const s = new Scheduler({
        webhookPolicy: LOCAL_WEBHOOK_POLICY,
        db: f.t.db,
        now: () => clock,
        mailer: smtp.transport,
        retryBaseMs: 1,
        maxAttempts: 3,
      });
      await s.tick();
      for (let i = 0; i < 5; i++) {
        clock = new Date(clock.getTime() + 60_000);
        await s.deliverDue();
      }
      const dead = (
        await f.app.inject({ method: 'GET', url: '/api/outbox?status=dead', headers: as(f.sessions.admin) })
      ).json().notices;
      expect(dead.length).toBeGreaterThanOrEqual(1);
      expect(dead[0].attempts).toBe(3);
      expect(dead[0].lastError).toBeTruthy();
    });

    if (driver === 'postgres') {
      it('two schedulers side by side send each notice once', async () => {
        clock = new Date('2024-08-01T01:00:00Z');
        await sql`update tasks set deadline = '2024-07-25' where id in (select id from tasks where deadline is null limit 5)`.execute(
          f.t.db.kysely,
        );
        const before = hook.hits.length;
        const a = new Scheduler({
          webhookPolicy: LOCAL_WEBHOOK_POLICY,
          db: f.t.db,
          now: () => clock,
          mailer: smtp.transport,
          retryBaseMs: 1,
        });
        const b = new Scheduler({
          webhookPolicy: LOCAL_WEBHOOK_POLICY,
          db: f.t.db,
          now: () => clock,
          mailer: smtp.transport,
          retryBaseMs: 1,
        });
        await Promise.all([a.tick(), b.tick(), a.deliverDue(), b.deliverDue()]);
        const deliveries = hook.hits.slice(before).map((x) => x.headers['x-gangmu-delivery']);
        expect(deliveries.length).toBeGreaterThanOrEqual(5);
        expect(new Set(deliveries).size).toBe(deliveries.length);
        const keys = smtp.mails.map((m) => m.notice);
        expect(keys.every(Boolean)).toBe(true);
        expect(new Set(keys).size).toBe(keys.length);
      });
    }
  });
}
