/**
 * An opinion the unit does not answer by its deadline raises a red warning and an urge notice through the
 * supervision sweep and scheduler; each reaches a real webhook receiver and a real SMTP server exactly once,
 * also when the scheduler ticks again or restarts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Scheduler } from '../src/supervision/scheduler.ts';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';
import {
  LOCAL_WEBHOOK_ALLOW,
  LOCAL_WEBHOOK_POLICY,
  startSmtpReceiver,
  startWebhookReceiver,
} from './receivers.ts';

for (const driver of DRIVERS) {
  describe(`${driver}: an overdue opinion`, () => {
    let f: Fixture;
    let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
    let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
    let clock = new Date('2024-07-19T01:00:00Z');
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
      await f.app.inject({
        method: 'POST',
        url: '/api/webhooks',
        headers: as(f.sessions.admin),
        payload: { url: hook.url, preset: 'json' },
      });
    });
    afterAll(async () => {
      await f.close();
      await hook.close();
      await smtp.close();
    });

    it('warns and urges once when the deadline has passed, never before', async () => {
      const posted = await f.app.inject({
        method: 'POST',
        url: '/api/opinions',
        payload: {
          planId: f.planId,
          targetType: 'indicator',
          targetId: f.indicatorA,
          content: '建议增加学校周边的交通协管员。',
        },
      });
      const { trackingCode } = posted.json();
      const queue = await f.app.inject({
        method: 'GET',
        url: '/api/opinion-queue',
        headers: as(f.sessions.admin),
      });
      const id = queue
        .json()
        .opinions.find((o: { trackingCode: string }) => o.trackingCode === trackingCode).id;
      await f.app.inject({
        method: 'POST',
        url: `/api/opinion-queue/${id}/screen`,
        headers: as(f.sessions.admin, 1),
        payload: { decision: 'accept' },
      });
      const assigned = await f.app.inject({
        method: 'POST',
        url: `/api/opinion-queue/${id}/assign`,
        headers: as(f.sessions.admin, 2),
        payload: { unitId: f.unitA },
      });
      expect(assigned.json().deadline).toBe('2024-07-19'); // the server's clock: Sunday 30 June 2024

      const urgeMails = () => smtp.mails.filter((m) => m.notice?.startsWith('opinion-urge:'));
      // On the deadline itself: nothing.
      await scheduler().tick();
      expect(urgeMails()).toHaveLength(0);

      clock = new Date('2024-07-22T01:00:00Z'); // Monday after the deadline
      const report = await scheduler().tick();
      expect(report.warningsRaised).toBeGreaterThanOrEqual(1);
      const warnings = (
        await f.app.inject({
          method: 'GET',
          url: '/api/warnings?level=red',
          headers: as(f.sessions.reporter),
        })
      ).json().warnings;
      const w = warnings.find(
        (x: { kind: string; subjectId: string }) => x.kind === 'OPINION_OVERDUE' && x.subjectId === id,
      );
      expect(w.reason).toMatch(new RegExp(`群众意见（${trackingCode}）.*应于2024-07-19前答复，已逾期3天`));
      const warningHooks = () =>
        hook.hits.filter(
          (h) => JSON.parse(h.body).data?.warningId === w.id && JSON.parse(h.body).event === 'warning.raised',
        );
      const urgeHooks = () =>
        hook.hits.filter(
          (h) => JSON.parse(h.body).data?.warningId === w.id && JSON.parse(h.body).event === 'opinion.urge',
        );
      const warningMails = () => smtp.mails.filter((m) => m.notice?.startsWith(`warning:${w.id}:`));
      const urgeMailsOf = () => smtp.mails.filter((m) => m.notice?.startsWith(`opinion-urge:${w.id}:`));
      expect([
        warningHooks().length,
        urgeHooks().length,
        warningMails().length,
        urgeMailsOf().length,
      ]).toEqual([1, 1, 1, 1]);
      expect(urgeMailsOf()[0]!.to).toEqual(['reporter@jtj.test']);
      expect(JSON.parse(urgeHooks()[0]!.body).subject).toMatch(/^【催办】群众意见/);

      // Again, and after a restart: nothing twice.
      await scheduler().tick();
      clock = new Date('2024-07-23T01:00:00Z');
      await scheduler().tick();
      expect([
        warningHooks().length,
        urgeHooks().length,
        warningMails().length,
        urgeMailsOf().length,
      ]).toEqual([1, 1, 1, 1]);
    });
  });
}
