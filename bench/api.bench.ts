/**
 * npm run bench:api — autocannon on 127.0.0.1 with 50 connections against the real server (a separate
 * process on SQLite, then on PostgreSQL when one is reachable): the plan evaluation endpoint and the
 * published-plan read, each beside a bare Fastify route that returns the same bytes from memory in the
 * same run. Goals (issue 4): ≥ 0.5 of the bare route's requests/s and p99 ≤ 50 ms on SQLite.
 * Then the same again while 10 MB plans are imported one after another through POST /api/plans/import (issue
 * 12: the import reads in a worker thread, so it must not stall the reads), the bare route measured under the same
 * load. BENCH_IMPORT=off skips that case, =only runs it alone; BENCH_PORT moves the ports (four from it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { generatedLargePlan } from '@gangmu/storage/testing';
import { fmt } from './lib.ts';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
/** The first of four ports (server and bare route, SQLite then PostgreSQL); on a shared machine, each engineer's own. */
const PORT = Number(process.env.BENCH_PORT ?? 4100);
const IMPORT = process.env.BENCH_IMPORT ?? 'with';
const IMPORT_BYTES = 10 * 1024 * 1024;
/** Everything the server printed, by process: the first start prints the administrator's one-time password. */
const output = new WeakMap<ChildProcess, () => string>();
const dir = mkdtempSync(join(tmpdir(), 'gangmu-bench-api-'));

function start(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  const child = spawn(cmd, args, {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 60_000);
    output.set(child, () => out);
    const onData = (d: Buffer) => {
      out += d;
      if (out.includes('listening on')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

type Load = Awaited<ReturnType<typeof load>>;

async function load(url: string) {
  const r = await autocannon({ url, connections: 50, duration: DURATION });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

/** Signs in as the first administrator with the printed one-time password, and replaces it. */
async function signIn(base: string, server: ChildProcess): Promise<Record<string, string>> {
  const once = /one-time password: (\S+)/.exec(output.get(server)!())?.[1];
  if (!once) throw new Error('the server printed no one-time password (not a fresh database?)');
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: once }),
  });
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const headers = { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken };
  const change = await fetch(`${base}/api/session/password`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ currentPassword: once, newPassword: `bench office ${Date.now()} Import` }),
  });
  if (change.status !== 204) throw new Error(`password change: ${change.status} ${await change.text()}`);
  return headers;
}

/** Imports a 10 MB plan again and again until stopped; stop() waits for the one in flight. */
function importsRunning(base: string, headers: Record<string, string>) {
  const body = new Uint8Array(generatedLargePlan(IMPORT_BYTES));
  const seconds: number[] = [];
  const failures: string[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const res = await fetch(`${base}/api/plans/import`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
        body,
      });
      const text = await res.text();
      if (res.status === 201) seconds.push((performance.now() - started) / 1000);
      else failures.push(`${res.status} ${text.slice(0, 120)}`);
    }
  })();
  return {
    mb: body.length / 1024 / 1024,
    stop: async () => {
      running = false;
      await loop;
      return { seconds, failures };
    },
  };
}

async function run(label: string, database: string, port: number) {
  const server = await start('node_modules/.bin/gangmu', [
    'serve',
    '--port',
    String(port),
    '--database',
    database,
  ]);
  try {
    const base = `http://127.0.0.1:${port}`;
    const plans = (await (await fetch(`${base}/api/plans`)).json()) as { plans: { id: string }[] };
    const id = plans.plans[0]!.id;
    const planUrl = `${base}/api/plans/${id}`;
    const evalUrl = `${base}/api/plans/${id}/evaluation?year=2023`;
    writeFileSync(join(dir, 'plan.json'), Buffer.from(await (await fetch(planUrl)).arrayBuffer()));
    writeFileSync(join(dir, 'eval.json'), Buffer.from(await (await fetch(evalUrl)).arrayBuffer()));
    const bare = await start(process.execPath, [
      '--import',
      'tsx',
      'bench/bare-server.ts',
      String(port + 1),
      join(dir, 'plan.json'),
      join(dir, 'eval.json'),
    ]);
    const endpoints = [
      ['plan evaluation', evalUrl, `http://127.0.0.1:${port + 1}/evaluation`],
      ['published plan read', planUrl, `http://127.0.0.1:${port + 1}/plan`],
    ] as const;
    const line = (name: string, real: Load, baseline: Load) =>
      `${label.padEnd(10)} ${name.padEnd(20)} ${fmt(real.rps, 0).padStart(6)} req/s  p50 ${real.p50} ms  p99 ${real.p99} ms  errors ${real.errors}  |  bare ${fmt(baseline.rps, 0).padStart(6)} req/s  p50 ${baseline.p50} ms  p99 ${baseline.p99} ms  |  ratio ${fmt(real.rps / baseline.rps, 2)}`;
    try {
      if (IMPORT !== 'only')
        for (const [name, url, bareUrl] of endpoints) {
          const real = await load(url);
          const baseline = await load(bareUrl);
          console.log(line(name, real, baseline));
        }
      if (IMPORT !== 'off') {
        const imports = importsRunning(base, await signIn(base, server));
        // Let the first upload arrive and its reading start in the worker.
        await new Promise((r) => setTimeout(r, 2000));
        for (const [name, url, bareUrl] of endpoints) {
          const real = await load(url);
          const baseline = await load(bareUrl);
          console.log(line(`${name} + import`, real, baseline));
        }
        const { seconds, failures } = await imports.stop();
        console.log(
          `${label.padEnd(10)} imports of ${fmt(imports.mb, 1)} MB meanwhile: ${seconds.length} done (${seconds.map((s) => `${fmt(s, 1)} s`).join(', ')})${failures.length ? `, failed: ${failures.join('; ')}` : ''}`,
        );
      }
    } finally {
      bare.kill();
    }
  } finally {
    server.kill();
  }
}

console.log(
  `bench:api  node ${process.version}  ${new Date().toISOString()}  autocannon, 50 connections, ${DURATION} s per endpoint${IMPORT === 'off' ? '' : `; "+ import": while ${IMPORT_BYTES / 1024 / 1024} MB plans are imported one after another`}`,
);
await run('SQLite', `sqlite:${join(dir, 'bench.db')}`, PORT);
const pgUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_${Date.now()}`;
const admin = new pg.Client({ connectionString: pgUrl });
try {
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await run('PostgreSQL', `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}schema=${schema}`, PORT + 2);
  await admin.query(`drop schema ${schema} cascade`);
} catch (e) {
  console.log(`PostgreSQL skipped: ${(e as Error).message}`);
} finally {
  await admin.end().catch(() => {});
}
