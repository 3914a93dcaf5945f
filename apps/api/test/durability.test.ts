/**
 * kill -9 of the server while writes are in flight loses none of the writes it acknowledged: the server
 * runs as a real process (gangmu serve), is killed with SIGKILL halfway through 1,000 acknowledged writes,
 * restarted on the same database, and every acknowledged write is then found, with an intact audit chain.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer as createNetServer } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { createDatabase, databaseConfigFrom, verifyAuditChain } from '@gangmu/storage';
import { DRIVERS, freshDatabaseUrl } from './process-helpers.ts';

const BIN = resolve(import.meta.dirname, '../../../node_modules/.bin/gangmu');

const children = new Set<ChildProcess>();
afterEach(() => {
  // A failed assertion must not leave a server running.
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  children.clear();
});

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolvePort(port));
    });
  });
}

function startServer(url: string, port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(BIN, ['serve', '--port', String(port), '--database', url, '--no-example'], {
    env: { ...process.env, LOG_LEVEL: 'warn', SCHEDULER_INTERVAL_S: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 90_000);
    child.stdout!.on('data', () => {
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolveStart({ child, output: () => output });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
}

async function signIn(base: string, password: string) {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: body.csrfToken };
}

const NEW_PASSWORD = 'durable office 2024';

/** The first sign-in with the one-time password, which the server requires to be changed before any work. */
async function firstSignIn(base: string, oneTime: string) {
  const auth = await signIn(base, oneTime);
  const res = await fetch(`${base}/api/session/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: auth.cookie, 'x-csrf-token': auth.csrf },
    body: JSON.stringify({ currentPassword: oneTime, newPassword: NEW_PASSWORD }),
  });
  if (res.status !== 204) throw new Error(`password change: ${res.status} ${await res.text()}`);
  return auth;
}

for (const driver of DRIVERS) {
  describe(`${driver}: durability`, () => {
    it('should keep every acknowledged write across kill -9 and a restart', async () => {
      const { url, drop } = await freshDatabaseUrl(driver);
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      let server = await startServer(url, port);
      const password = /one-time password: (\S+)/.exec(server.output())![1]!;
      let auth = await firstSignIn(base, password);
      const acknowledged = new Set<string>();
      let next = 0;
      let killed = false;
      const writeOne = async (): Promise<void> => {
        const code = `U${next++}`;
        try {
          const res = await fetch(`${base}/api/units`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: auth.cookie, 'x-csrf-token': auth.csrf },
            body: JSON.stringify({ code, name: `单位${code}` }),
          });
          if (res.status === 201) acknowledged.add(code);
        } catch {
          // The server was killed under this request: it was never acknowledged.
        }
      };
      const pump = async (until: number) => {
        const workers = Array.from({ length: 8 }, async () => {
          while (acknowledged.size < until && !(killed && until === 500)) await writeOne();
        });
        await Promise.all(workers);
      };
      const killer = (async () => {
        while (acknowledged.size < 500) await new Promise((r) => setTimeout(r, 2));
        killed = true;
        server.child.kill('SIGKILL');
      })();
      await Promise.all([pump(500), killer]);
      await new Promise((r) => server.child.once('exit', r).listenerCount('exit') && setTimeout(r, 100));
      const beforeRestart = acknowledged.size;
      server = await startServer(url, port);
      auth = await signIn(base, NEW_PASSWORD);
      killed = false;
      await pump(1000);
      server.child.kill('SIGTERM');
      await new Promise((r) => server.child.once('exit', r));

      const db = createDatabase(databaseConfigFrom(url));
      const stored = new Set(
        (await db.kysely.selectFrom('units').select('code').execute()).map((u) => u.code),
      );
      const missing = [...acknowledged].filter((c) => !stored.has(c));
      const chain = await verifyAuditChain(db.kysely);
      await sql`select 1`.execute(db.kysely);
      await db.close();
      await drop();
      expect(beforeRestart).toBeGreaterThanOrEqual(500);
      expect(acknowledged.size).toBeGreaterThanOrEqual(1000);
      expect(missing).toEqual([]);
      expect(chain.ok).toBe(true);
    }, 180_000);
  });
}
void join;
