/**
 * npm run bench:portfolio — the plan system's portfolio views over a national-size data set on PostgreSQL
 * (issue 15): the governments of the administrative hierarchy (国家 › 31 省 › 93 市 › 2,790 县/区), one outline
 * per government and special plans to make 3,000 plans, 200,000 indicators with six yearly values each (the
 * data set of bench:sweep), every lower outline implementing its city's and its province's, its indicators
 * linked to theirs. Generated in SQL in a schema of its own and dropped at the end.
 *
 * Measures, through the commands the API calls, p50 and p95 of 40 runs after 3 warm-ups:
 *   - one district's government-wide view (governmentPortfolio; goal ≤ 100 ms p95),
 *   - a province's side-by-side view of the ≈ 100 plans implementing its outline (sideBySide; goal ≤ 300 ms),
 *   - the link suggestion for one district plan against its parents (suggestLinks; goal ≤ 1 s),
 * each beside a baseline measured in the same run: one indexed read of the rows the view shows (the plans'
 * indicators), so the ratio says what the view costs beyond fetching its data.
 */
import pg from 'pg';
import { createDatabase, migrateToLatest } from '@gangmu/storage';
import {
  governmentPortfolio,
  sideBySide,
  suggestLinks,
  type Caller,
  type CommandContext,
} from '@gangmu/commands';
import { fmt, median } from './lib.ts';

const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PLANS = 3000;
const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
/** BENCH_SCHEMA=name keeps the generated schema (or reuses it if it exists), to measure a change without regenerating. */
const kept = process.env.BENCH_SCHEMA;
const schema = kept ?? `portfolio_${Date.now()}`;

const admin = new pg.Client({ connectionString: PG_URL });
await admin.connect();
const reuse =
  kept !== undefined &&
  (await admin.query('select 1 from information_schema.schemata where schema_name = $1', [kept])).rowCount ===
    1;
if (!reuse) await admin.query(`create schema ${schema}`);
const db = createDatabase({ driver: 'postgres', url: PG_URL, schema });
/** Runs SQL in the bench's schema; the rows of the statement's result. */
async function q(text: string): Promise<{ n?: number }[]> {
  const results = (await admin.query(`set search_path = ${schema}; ${text}`)) as unknown as pg.QueryResult[];
  return results.at(-1)!.rows as { n?: number }[];
}

/** 国家 100000; provinces 110000…; three cities each (…0100); thirty counties per city (…0101…0130). */
async function governments(): Promise<void> {
  await q(`insert into governments (id, code, name, level, parent_id, created_at)
           values ('g100000', '100000', '全国', 'nation', null, now()::text)`);
  await q(`insert into governments (id, code, name, level, parent_id, created_at)
           select 'g' || (10 + p) || '0000', (10 + p) || '0000', '省' || p, 'province', 'g100000', now()::text
           from generate_series(1, 31) p`);
  await q(`insert into governments (id, code, name, level, parent_id, created_at)
           select 'g' || (10 + p) || '0' || c || '00', (10 + p) || '0' || c || '00', '省' || p || '市' || c, 'prefecture',
                  'g' || (10 + p) || '0000', now()::text
           from generate_series(1, 31) p, generate_series(1, 3) c`);
  await q(`insert into governments (id, code, name, level, parent_id, created_at)
           select 'g' || (10 + p) || '0' || c || lpad(d::text, 2, '0'), (10 + p) || '0' || c || lpad(d::text, 2, '0'),
                  '省' || p || '市' || c || '区' || d, 'county', 'g' || (10 + p) || '0' || c || '00', now()::text
           from generate_series(1, 31) p, generate_series(1, 3) c, generate_series(1, 30) d`);
}

/** One outline per government, then special plans of the first counties up to 3,000; relations upward. */
async function plans(): Promise<void> {
  await q(`insert into plans (id, title, status, published_version, diagnostics, created_at, updated_at,
                              period_start, period_end, base_year, government_id, plan_type)
           select 'p' || code, name || '国民经济和社会发展第十四个五年规划纲要', 'published', 1, '[]', now()::text,
                  now()::text, 2021, 2025, 2020, id, 'outline'
           from governments`);
  const outlines = Number((await q(`select count(*)::int as n from plans`))[0]!.n);
  await q(`insert into plans (id, title, status, published_version, diagnostics, created_at, updated_at,
                              period_start, period_end, base_year, government_id, plan_type)
           select 'p' || g.code || 's' || i, g.name || '专项规划' || i, 'published', 1, '[]', now()::text, now()::text,
                  2021, 2025, 2020, g.id, 'special'
           from (select id, code, name, row_number() over (order by code) as r from governments where level = 'county') g,
                generate_series(1, 2) i
           where g.r <= ${Math.ceil((PLANS - outlines) / 2)}
           limit ${PLANS - outlines}`);
  // Each lower outline implements its parent government's outline and, below a city, its province's too.
  await q(`insert into plan_relations (id, plan_id, parent_plan_id, created_at)
           select 'r' || c.code || '-' || p.code, 'p' || c.code, 'p' || p.code, now()::text
           from governments c join governments p on p.id = c.parent_id`);
  await q(`insert into plan_relations (id, plan_id, parent_plan_id, created_at)
           select 'r' || c.code || '-' || pp.code, 'p' || c.code, 'p' || pp.code, now()::text
           from governments c join governments p on p.id = c.parent_id join governments pp on pp.id = p.parent_id
           where c.level = 'county'`);
  await q(`insert into plan_relations (id, plan_id, parent_plan_id, created_at)
           select 'r' || p.id, p.id, 'p' || g.code, now()::text
           from plans p join governments g on g.id = p.government_id where p.plan_type = 'special'`);
}

/** 200,000 indicators spread over the plans, six yearly values each, lower ones linked to their parents'. */
async function indicators(): Promise<void> {
  const defs = [
    `'{"nameZh":"地区生产总值增速","unit":"%","attribute":"expected","kind":"growth_rate","target":{"lo":7,"hi":7.5},"baseYear":2020,"targetYear":2025}'`,
    `'{"nameZh":"森林覆盖率","unit":"%","attribute":"binding","kind":"level_min","target":{"value":95},"naturalLimit":100,"baseYear":2020,"targetYear":2025}'`,
    `'{"nameZh":"城镇调查失业率","unit":"%","attribute":"expected","kind":"level_max","target":{"value":3},"mode":"hold","baseYear":2020,"targetYear":2025}'`,
  ];
  const names = `(array['地区生产总值增速','森林覆盖率','城镇调查失业率','研发经费投入增长','常住人口城镇化率','单位GDP能耗降低','居民人均可支配收入增长','每千人口执业医师数'])`;
  await q(
    `create temporary table plan_order as select id, row_number() over (order by id) - 1 as r from plans`,
  );
  await q(`insert into indicators (id, plan_id, position, name, unit, attribute, kind, definition)
           select 'i' || i, po.id, i / ${PLANS}, ${names}[1 + (i / ${PLANS}) % 8] || (i / ${PLANS}), '%', 'expected',
                  case i % 3 when 0 then 'growth_rate' when 1 then 'level_min' else 'level_max' end,
                  case i % 3 when 0 then ${defs[0]} when 1 then ${defs[1]} else ${defs[2]} end
           from generate_series(0, ${INDICATORS - 1}) i join plan_order po on po.r = i % ${PLANS}`);
  await q(`insert into observations (id, indicator_id, plan_id, year, period, value, pct, entered_at)
           select 'o' || i.id || '-' || y, i.id, i.plan_id, y, 'Y',
                  case when i.kind = 'growth_rate' then null when i.kind = 'level_min' then 85 + (y - 2020) * 1.5 else 2.8 end,
                  case when i.kind = 'growth_rate' then 6.5 + (y % 3) * 0.5 else null end, now()::text
           from indicators i, generate_series(2020, 2025) y`);
  await q(`insert into indicator_links (id, plan_id, indicator_id, upper_plan_id, upper_indicator_id, status, score,
                                        score_parts, created_at)
           select 'l' || li.id || '-' || ui.id, li.plan_id, li.id, ui.plan_id, ui.id, 'confirmed', 0.9,
                  '{"name":1,"unit":1,"attribute":1}', now()::text
           from plan_relations r
           join indicators li on li.plan_id = r.plan_id
           join indicators ui on ui.plan_id = r.parent_plan_id and ui.position = li.position`);
  await q(`insert into users (id, username, display_name, password_hash, role, failed_logins, created_at, version, government_id)
           values ('u-district', 'district', '区发改委', '-', 'admin', 0, now()::text, 1, 'g110101'),
                  ('u-province', 'province', '省发改委', '-', 'admin', 0, now()::text, 1, 'g110000')`);
  await q('analyze');
}

const caller = (id: string, name: string): Caller => ({ actor: { id, name }, role: 'admin', unitId: null });
const context = (c: Caller): CommandContext => ({
  db,
  now: () => new Date('2024-07-01T00:00:00Z'),
  caller: c,
});

async function measure(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: median(times), p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]! };
}

const indicatorRows = (planIds: string[]) =>
  db.kysely.selectFrom('indicators').selectAll().where('plan_id', 'in', planIds).execute();

function line(label: string, view: { p50: number; p95: number }, base: { p50: number }, goal: number) {
  console.log(
    `${label.padEnd(34)} p50 ${fmt(view.p50, 1).padStart(7)} ms  p95 ${fmt(view.p95, 1).padStart(7)} ms  ` +
      `baseline p50 ${fmt(base.p50, 1).padStart(6)} ms  ratio ${fmt(view.p50 / base.p50, 1).padStart(5)}  ` +
      `goal p95 ≤ ${goal} ms: ${view.p95 <= goal ? 'met' : 'NOT met'}`,
  );
}

try {
  await migrateToLatest(db);
  const t0 = performance.now();
  if (!reuse) {
    await governments();
    await plans();
    await indicators();
  }
  const outlines = Number(
    (await q(`select count(*)::int as n from plans where plan_type = 'outline'`))[0]!.n,
  );
  const count = async (table: string) => Number((await q(`select count(*)::int as n from ${table}`))[0]!.n);
  console.log(
    `bench:portfolio  node ${process.version}  ${new Date().toISOString()}  PostgreSQL: ${await count('governments')} governments, ` +
      `${await count('plans')} plans (${outlines} outlines), ${await count('indicators')} indicators × 6 years, ` +
      `${await count('indicator_links')} indicator links (${reuse ? `schema ${schema} reused` : `generated in ${fmt((performance.now() - t0) / 1000, 1)} s`})`,
  );

  const district = context(caller('u-district', '区发改委'));
  const districtPlans = (
    await db.kysely.selectFrom('plans').select('id').where('government_id', '=', 'g110101').execute()
  ).map((p) => p.id);
  line(
    `district view (${districtPlans.length} plans)`,
    await measure(() => governmentPortfolio(district, { governmentId: 'g110101', year: 2023 })),
    await measure(() => indicatorRows(districtPlans)),
    100,
  );

  const province = context(caller('u-province', '省发改委'));
  const children = (
    await db.kysely
      .selectFrom('plan_relations')
      .select('plan_id')
      .where('parent_plan_id', '=', 'p110000')
      .execute()
  ).map((r) => r.plan_id);
  line(
    `province side by side (${children.length} plans)`,
    await measure(() => sideBySide(province, { planId: 'p110000', year: 2023 })),
    await measure(() => indicatorRows(['p110000', ...children])),
    300,
  );

  const parents = (
    await db.kysely
      .selectFrom('plan_relations')
      .select('parent_plan_id')
      .where('plan_id', '=', 'p110101')
      .execute()
  ).map((r) => r.parent_plan_id);
  line(
    `link suggestion (1 plan, ${parents.length} parents)`,
    await measure(() => suggestLinks(district, { planId: 'p110101' })),
    await measure(() => indicatorRows(['p110101', ...parents])),
    1000,
  );
  console.log(
    `memory                             peak RSS ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`,
  );
} finally {
  await db.close();
  if (!kept) await admin.query(`drop schema ${schema} cascade`);
  await admin.end();
}
