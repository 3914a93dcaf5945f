/**
 * npm run bench:api — autocannon on 127.0.0.1 with 50 connections against the real server (a separate
 * process on SQLite, then on PostgreSQL when one is reachable): the plan evaluation endpoint and the
 * published-plan read, each beside a bare Fastify route that returns the same bytes from memory in the
 * same run. Goals (issue 4): ≥ 0.5 of the bare route's requests/s and p99 ≤ 50 ms on SQLite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { fmt } from './lib.ts';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
/** The first of four ports (server and bare route, SQLite then PostgreSQL); on a shared machine, each engineer's own. */
const PORT = Number(process.env.BENCH_PORT ?? 4100);
const dir = mkdtempSync(join(tmpdir(), 'gangmu-bench-api-'));

function start(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  const child = spawn(cmd, args, {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 60_000);
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

async function load(url: string) {
  const r = await autocannon({ url, connections: 50, duration: DURATION });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
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
    try {
      for (const [name, url, bareUrl] of [
        ['plan evaluation', evalUrl, `http://127.0.0.1:${port + 1}/evaluation`],
        ['published plan read', planUrl, `http://127.0.0.1:${port + 1}/plan`],
      ] as const) {
        const real = await load(url);
        const baseline = await load(bareUrl);
        console.log(
          `${label.padEnd(10)} ${name.padEnd(20)} ${fmt(real.rps, 0).padStart(6)} req/s  p50 ${real.p50} ms  p99 ${real.p99} ms  errors ${real.errors}  |  bare ${fmt(baseline.rps, 0).padStart(6)} req/s  p50 ${baseline.p50} ms  p99 ${baseline.p99} ms  |  ratio ${fmt(real.rps / baseline.rps, 2)}`,
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
  `bench:api  node ${process.version}  ${new Date().toISOString()}  autocannon, 50 connections, ${DURATION} s per endpoint`,
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
