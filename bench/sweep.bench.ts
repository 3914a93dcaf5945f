/**
 * npm run bench:sweep — the daily warning sweep over a national-size data set on PostgreSQL: 3,000 plans,
 * 1.5 million tasks (5 % past their deadline, 10 % with milestones) and 200,000 indicators with six yearly
 * values each, generated in SQL in a schema of its own. Reports the first sweep (which raises every warning)
 * and the median of three repeated sweeps (the daily case: nothing new), with peak memory. Goal (issue 5): ≤ 30 s.
 */
import pg from 'pg';
import { createDatabase, migrateToLatest } from '@gangmu/storage';
import { runSweep, SYSTEM_CALLER } from '@gangmu/commands';
import { fmt, median } from './lib.ts';

const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PLANS = Number(process.env.BENCH_PLANS ?? 3000);
const TASKS = Number(process.env.BENCH_TASKS ?? 1_500_000);
const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 200_000);
const schema = `sweep_${Date.now()}`;

const admin = new pg.Client({ connectionString: PG_URL });
await admin.connect();
await admin.query(`create schema ${schema}`);
const db = createDatabase({ driver: 'postgres', url: PG_URL, schema });
try {
  await migrateToLatest(db);
  const q = (text: string) => admin.query(`set search_path = ${schema}; ${text}`);
  const t0 = performance.now();
  await q(
    `insert into units (id, code, name, created_at) select gen_random_uuid()::text, 'U' || i, '单位' || i, now()::text from generate_series(1, 50) i`,
  );
  await q(`insert into plans (id, title, status, published_version, diagnostics, created_at, updated_at, period_start, period_end, base_year)
           select 'p' || i, '规划' || i, 'published', 1, '[]', now()::text, now()::text, 2021, 2025, 2020 from generate_series(1, ${PLANS}) i`);
  await q(`insert into tasks (id, plan_id, title, lead_unit_id, co_unit_ids, deadline, milestones, indicator_ids, project_ids, status, progress, position, created_at)
           select 't' || i, 'p' || (1 + i % ${PLANS}), '任务' || i, (select id from units order by code limit 1),
                  '[]',
                  case when i % 20 = 0 then '2024-03-31' else '2026-12-31' end,
                  case when i % 10 = 1 then '[{"title":"节点","dueDate":"' || case when i % 40 = 1 then '2024-01-31' else '2026-06-30' end || '"}]' else '[]' end,
                  '[]', '[]', 'open', 0, i, now()::text
           from generate_series(1, ${TASKS}) i`);
  const defs = [
    `'{"nameZh":"增速","unit":"%","attribute":"expected","kind":"growth_rate","target":{"lo":7,"hi":7.5},"baseYear":2020,"targetYear":2025}'`,
    `'{"nameZh":"覆盖率","unit":"%","attribute":"binding","kind":"level_min","target":{"value":95},"naturalLimit":100,"baseYear":2020,"targetYear":2025}'`,
    `'{"nameZh":"失业率","unit":"%","attribute":"expected","kind":"level_max","target":{"value":3},"mode":"hold","baseYear":2020,"targetYear":2025}'`,
  ];
  await q(`insert into indicators (id, plan_id, position, name, unit, attribute, kind, definition, unit_id)
           select 'i' || i, 'p' || (1 + i % ${PLANS}), i, '指标' || i, '%', 'expected',
                  case i % 3 when 0 then 'growth_rate' when 1 then 'level_min' else 'level_max' end,
                  case i % 3 when 0 then ${defs[0]} when 1 then ${defs[1]} else ${defs[2]} end,
                  (select id from units order by code limit 1)
           from generate_series(1, ${INDICATORS}) i`);
  await q(`insert into observations (id, indicator_id, plan_id, year, period, value, pct, entered_at)
           select 'o' || i || '-' || y, 'i' || i, 'p' || (1 + i % ${PLANS}), y, 'Y',
                  case when i % 3 = 0 then null when i % 3 = 1 then 85 + (y - 2020) * (1 + (i % 7) * 0.3) else 2.6 + (i % 5) * 0.1 end,
                  case when i % 3 = 0 then 4 + (i % 9) * 0.5 else null end,
                  now()::text
           from generate_series(1, ${INDICATORS}) i, generate_series(2020, 2025) y
           where not (i % 3 = 0 and y = 2020)`);
  await q('analyze');
  console.log(
    `bench:sweep  node ${process.version}  ${new Date().toISOString()}  PostgreSQL, ${PLANS} plans, ${TASKS} tasks, ${INDICATORS} indicators × 6 years (generated in ${fmt((performance.now() - t0) / 1000, 1)} s)`,
  );

  const run = async () => {
    const start = performance.now();
    const r = await runSweep(
      { db, now: () => new Date(), caller: SYSTEM_CALLER },
      { today: '2024-07-01', asOfYear: 2023 },
    );
    return { ms: performance.now() - start, raised: r.raised.length, checked: r.checked };
  };
  const first = await run();
  console.log(
    `first sweep     ${fmt(first.ms / 1000, 2)} s  raised ${first.raised} warnings  (read ${first.checked.tasks} candidate tasks, evaluated ${first.checked.indicators} indicators)`,
  );
  const again: number[] = [];
  for (let i = 0; i < 3; i++) again.push((await run()).ms);
  console.log(
    `daily sweep     median ${fmt(median(again) / 1000, 2)} s  (runs ${again.map((x) => fmt(x / 1000, 2)).join(', ')} s; nothing new to raise)`,
  );
  console.log(`memory          peak RSS ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);
} finally {
  await db.close();
  await admin.query(`drop schema ${schema} cascade`);
  await admin.end();
}
