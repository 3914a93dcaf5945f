/**
 * TRUST_PROXY (issue 12): behind the proxy, a client that rotates X-Forwarded-For values must still meet the
 * per-address limits of sign-in and opinions. The proxy is 10.0.0.2 (the socket's address); it appends the
 * address it saw to whatever X-Forwarded-For the client sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/index.ts';
import { DRIVERS, startFixture, type Fixture } from './helpers.ts';

const PROXY = '10.0.0.2';
const forged = (i: number) => `203.0.113.${i + 1}`;

/** What the proxy forwards: the client's own header, then the client's real address. */
const viaProxy = (client: string, i: number) => ({
  remoteAddress: PROXY,
  headers: { 'x-forwarded-for': `${forged(i)}, ${client}` },
});

for (const driver of DRIVERS) {
  describe(`${driver}: per-address limits behind a proxy`, () => {
    let f: Fixture | undefined;
    afterEach(async () => {
      await f?.close();
      f = undefined;
    });

    it('should limit sign-ins by the address the proxy saw, not by the client-sent X-Forwarded-For (TRUST_PROXY=1)', async () => {
      const { trustProxy } = loadConfig([], { TRUST_PROXY: '1' });
      // The fixture signs in six users from 127.0.0.1, a different address.
      f = await startFixture(driver, { trustProxy, loginRateLimit: 8 });
      const signIn = (client: string, i: number) =>
        f!.app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { username: `nobody${i}`, password: 'wrong password 1' },
          ...viaProxy(client, i),
        });
      const codes: number[] = [];
      for (let i = 0; i < 11; i++) codes.push((await signIn('198.51.100.7', i)).statusCode);
      expect(codes.slice(0, 8)).toEqual(Array(8).fill(401));
      expect(codes.slice(8)).toEqual([429, 429, 429]);
      // Another client behind the same proxy has its own count.
      expect((await signIn('198.51.100.8', 0)).statusCode).toBe(401);
    });

    it('should limit opinions by the address the proxy saw (TRUST_PROXY=1)', async () => {
      const { trustProxy } = loadConfig([], { TRUST_PROXY: '1' });
      f = await startFixture(driver, { trustProxy });
      const post = (client: string, i: number) =>
        f!.app.inject({
          method: 'POST',
          url: `/api/plans/${f!.planId}/opinions`,
          payload: { targetType: 'plan', content: `意见第${i}条` },
          ...viaProxy(client, i),
        });
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) codes.push((await post('198.51.100.7', i)).statusCode);
      expect(codes).toEqual([202, 202, 202, 202, 202, 429, 429]);
      expect((await post('198.51.100.8', 0)).statusCode).toBe(202);
    });

    it('should ignore X-Forwarded-For from a client that is not a listed proxy (TRUST_PROXY=list)', async () => {
      const { trustProxy } = loadConfig([], { TRUST_PROXY: `${PROXY}, 10.1.0.0/16` });
      f = await startFixture(driver, { trustProxy });
      const codes: number[] = [];
      for (let i = 0; i < 7; i++)
        codes.push(
          (
            await f.app.inject({
              method: 'POST',
              url: `/api/plans/${f.planId}/opinions`,
              payload: { targetType: 'plan', content: `直连意见${i}` },
              remoteAddress: '198.51.100.9',
              headers: { 'x-forwarded-for': forged(i) },
            })
          ).statusCode,
        );
      expect(codes).toEqual([202, 202, 202, 202, 202, 429, 429]);
    });
  });
}

describe('TRUST_PROXY', () => {
  it.each([
    [{}, false],
    [{ TRUST_PROXY: '0' }, false],
    [{ TRUST_PROXY: '1' }, 1],
    [{ TRUST_PROXY: '2' }, 2],
    [{ TRUST_PROXY: '10.0.0.2,fd00::/8' }, ['10.0.0.2', 'fd00::/8']],
  ])('should read %j as %j', (env, expected) => {
    expect(loadConfig([], env).trustProxy).toEqual(expected);
  });

  it('should read the flag, bare as one hop', () => {
    expect(loadConfig(['--trust-proxy'], {}).trustProxy).toBe(1);
    expect(loadConfig(['--trust-proxy', '10.0.0.0/8'], { TRUST_PROXY: '1' }).trustProxy).toEqual([
      '10.0.0.0/8',
    ]);
    expect(loadConfig(['--trust-proxy', '--no-example'], {}).trustProxy).toBe(1);
  });

  it.each(['true', 'yes', '10.0.0.300', '10.0.0.0/33', '99'])('should refuse "%s" at start', (value) => {
    expect(() => loadConfig([], { TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
  });
});
