/**
 * Webhook targets (issue 12): a URL that resolves to loopback, link-local, private or unspecified addresses, or to
 * one of this server's own ports, is refused at registration with the reason, unless WEBHOOK_ALLOW lists it; and
 * refused again as a delivery connects (a name that resolves elsewhere later gets no connection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhook, enqueueNotices, listOutbox, SYSTEM_ACTOR } from '@gangmu/storage';
import { loadConfig, Scheduler } from '../src/index.ts';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';
import { startWebhookReceiver } from './receivers.ts';

const register = (f: Fixture, url: string, lang = 'en') =>
  f.app.inject({
    method: 'POST',
    url: '/api/webhooks',
    headers: { ...as(f.sessions.admin), 'accept-language': lang },
    payload: { url, preset: 'json' },
  });

for (const driver of DRIVERS) {
  describe(`${driver}: webhook targets`, () => {
    let strict: Fixture;
    let allowing: Fixture;
    let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
    beforeAll(async () => {
      receiver = await startWebhookReceiver();
      strict = await startFixture(driver);
      allowing = await startFixture(driver, { webhookAllow: '127.0.0.1,10.20.0.0/16', ownPorts: [5432] });
    });
    afterAll(async () => {
      await strict.close();
      await allowing.close();
      await receiver.close();
    });

    it.each([
      ['http://127.0.0.1:8080/hook', 'loopback', '127.0.0.1'],
      ['http://localhost:9/hook', 'loopback', undefined],
      ['http://[::1]/hook', 'loopback', '::1'],
      ['http://[::ffff:127.0.0.1]/hook', 'loopback', undefined],
      ['http://169.254.169.254/latest/meta-data/', 'link_local', '169.254.169.254'],
      ['http://10.20.1.5/hook', 'private', '10.20.1.5'],
      ['http://192.168.1.20:8080/hook', 'private', '192.168.1.20'],
      ['https://172.16.0.1/hook', 'private', '172.16.0.1'],
      ['http://0.0.0.0:3000/', 'unspecified', '0.0.0.0'],
    ])('should refuse %s (%s) at registration with the reason', async (url, problem, address) => {
      const res = await register(strict, url);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toMatchObject({ field: 'url', problem });
      if (address) expect(res.json().error.message).toContain(address);
      expect(res.json().error.message).toContain('WEBHOOK_ALLOW');
    });

    it('should give the reason in Chinese by default', async () => {
      const res = await register(strict, 'http://169.254.169.254/', 'zh-CN');
      expect(res.json().error.message).toBe(
        '请求内容不符合要求：url 指向链路本地地址（含云平台元数据地址） 169.254.169.254；内网接收端须由管理员加入 WEBHOOK_ALLOW',
      );
    });

    it('should accept a public address, and an intranet receiver that WEBHOOK_ALLOW lists', async () => {
      expect((await register(strict, 'https://203.0.113.10/robot/send')).statusCode).toBe(201);
      expect((await register(allowing, 'http://10.20.1.5/hook')).statusCode).toBe(201);
      expect((await register(allowing, receiver.url)).statusCode).toBe(201);
      // Allowed ranges are exact: 10.21.x is not in 10.20.0.0/16.
      expect((await register(allowing, 'http://10.21.0.1/hook')).statusCode).toBe(400);
    });

    it("should refuse this server's own ports on this machine, even when the address is allowed", async () => {
      const res = await register(allowing, 'http://127.0.0.1:5432/');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.problem).toBe('own_port');
    });

    it('should refuse at delivery a target stored without the check (or that resolves elsewhere now), without connecting', async () => {
      const k = strict.t.db.kysely;
      const hook = await createWebhook(k, SYSTEM_ACTOR, { url: receiver.url, preset: 'json' });
      const before = receiver.hits.length;
      await enqueueNotices(
        k,
        [
          {
            key: `rebinding-${driver}`,
            channel: 'webhook',
            recipient: hook.id,
            event: 'warning.raised',
            subject: '预警',
            body: '测试',
          },
        ],
        new Date('2024-06-30T08:00:00Z'),
      );
      // The scheduler's default policy: no allow-list.
      const scheduler = new Scheduler({ db: strict.t.db, now: () => new Date('2024-06-30T08:00:00Z') });
      const counts = await scheduler.deliverDue();
      expect(counts.sent).toBe(0);
      expect(receiver.hits.length).toBe(before);
      const [notice] = (await listOutbox(k, {})).filter((n) => n.key === `rebinding-${driver}`);
      expect(notice!.last_error).toContain('loopback address 127.0.0.1');
    });
  });
}

describe('WEBHOOK_ALLOW', () => {
  it('should be read at start, and a malformed entry should stop it', () => {
    expect(loadConfig([], { WEBHOOK_ALLOW: '10.0.0.0/8, 192.168.1.20' }).webhookAllow).toBe(
      '10.0.0.0/8, 192.168.1.20',
    );
    expect(() => loadConfig([], { WEBHOOK_ALLOW: '10.0.0.0/33' })).toThrow(/WEBHOOK_ALLOW/);
    expect(() => loadConfig([], { WEBHOOK_ALLOW: 'intranet.local' })).toThrow(/WEBHOOK_ALLOW/);
  });
});
