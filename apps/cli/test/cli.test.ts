import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../src/main.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'node_modules/.bin/gangmu');
const EXAMPLE = join(ROOT, 'examples/xihu-2021-2025/plan.txt');

async function run(args: string[], now?: () => Date) {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    ...(now ? { now } : {}),
  });
  return { code, out, err };
}

function tempJson(value: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gangmu-cli-')), 'input.json');
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('gangmu import', () => {
  it('should print the draft in the gold shape from the installed bin', () => {
    const json = JSON.parse(
      execFileSync(BIN, ['import', EXAMPLE, '--format', 'json'], { encoding: 'utf8', cwd: ROOT }),
    );
    expect(Object.keys(json)).toEqual([
      'title',
      'issuer',
      'period',
      'baseYear',
      'chapters',
      'boxes',
      'indicators',
      'proseTargets',
      'baselines',
      'diagnostics',
    ]);
    expect(json.chapters[0].sections[0].items[0]).toEqual({
      no: 1,
      title: '综合实力明显增强,西湖“实力之梁”更加坚挺',
      text: expect.any(String),
    });
  });

  it('should print a readable tree by default', async () => {
    const { code, out } = await run(['import', EXAMPLE]);
    expect(code).toBe(0);
    expect(out).toContain('第十二章 强化规划实施保障措施');
    expect(out).toContain('    二、提升城区形象');
  });

  it('should import a PDF from the installed bin, its JSON untouched by pdfjs, its diagnostics with pages', () => {
    const pdf = join(ROOT, 'packages/pdf-source/test/fixtures/example-xihu-2021-2025.print.pdf');
    const json = JSON.parse(
      execFileSync(BIN, ['import', pdf, '--format', 'json'], { encoding: 'utf8', cwd: ROOT }),
    );
    expect(json.chapters).toHaveLength(12);
    expect(json.diagnostics.find((d: { code: string }) => d.code === 'pdf_furniture_dropped').page).toBe(1);
  }, 120_000);

  it('should exit 1 on a scanned PDF, saying it has no text layer', async () => {
    const { code, out } = await run([
      'import',
      join(ROOT, 'packages/pdf-source/test/fixtures/scanned-no-text-layer.pdf'),
    ]);
    expect(code).toBe(1);
    expect(out).toContain('扫描件，无文字层');
  }, 60_000);

  it('should name a missing file and a bad format flag', async () => {
    expect((await run(['import', '/nonexistent/plan.txt'])).err).toContain('ENOENT');
    expect((await run(['import', EXAMPLE, '--format', 'xml'])).code).toBe(2);
  });
});

describe('gangmu evaluate', () => {
  const input = {
    asOfYear: 2023,
    indicators: [
      {
        id: 'gdp',
        nameZh: '地区生产总值年均增速',
        unit: '%',
        attribute: 'expected',
        kind: 'growth_rate',
        target: { lo: 7, hi: 7.5 },
        observations: [
          { year: 2021, pct: 8 },
          { year: 2022, pct: 4.5 },
          { year: 2023, pct: 6 },
        ],
      },
      {
        id: 'bad-kind',
        nameZh: 'x',
        unit: '%',
        attribute: 'expected',
        kind: 'speed',
        target: { value: 1 },
        observations: [],
      },
      {
        id: 'no-target',
        nameZh: 'x',
        unit: '%',
        attribute: 'expected',
        kind: 'level_min',
        observations: [{ year: 2020, value: 1 }],
      },
      {
        id: 'nan',
        nameZh: 'x',
        unit: '%',
        attribute: 'binding',
        kind: 'level_min',
        target: { value: 9 },
        observations: [{ year: 2020, value: 'seven' }],
      },
      {
        id: 'year',
        nameZh: 'x',
        unit: '%',
        attribute: 'binding',
        kind: 'level_min',
        target: { value: 9 },
        observations: [{ year: 2031, value: 7 }],
      },
      {
        id: 'beds',
        nameZh: '千人病床数',
        unit: '张',
        attribute: 'binding',
        kind: 'level_min',
        target: { value: 9 },
        observations: [
          { year: 2020, value: 7.2 },
          { year: 2023, value: 8.25 },
        ],
      },
    ],
  };

  it('should evaluate every indicator and name each bad one without stopping the others', async () => {
    const { code, out } = await run(['evaluate', tempJson(input)]);
    expect(code).toBe(1);
    const { results } = JSON.parse(out);
    expect(results[0]).toMatchObject({
      id: 'gdp',
      status: 'AT_RISK',
      latestYear: 2023,
      reason: '进度滞后：前三年年均增长6.16%，低于目标下限7%；后两年需年均增长8.28%方可完成。',
    });
    expect(results[0].requiredRemainingPerYear).toBeCloseTo(8.277, 3);
    expect(results[1].error.message).toContain('UNKNOWN_KIND');
    expect(results[2].error.message).toContain('MISSING_TARGET');
    expect(results[3].error.message).toContain('INVALID_VALUE');
    expect(results[4].error.message).toContain('YEAR_OUTSIDE_PLAN');
    expect(results[5]).toMatchObject({ id: 'beds', status: 'AT_RISK', projectedMeetsTarget: false });
  });

  it.each([
    ['the last full year', '2024-03-01T02:00:00Z', 2023, []],
    ['the target year once the period is over', '2030-03-01T02:00:00Z', 2025, ['FINAL_DATA_PENDING']],
  ])(
    'should evaluate every indicator as of %s when asOfYear is absent (the default evaluation year)',
    async (_, now, year, flag) => {
      const { asOfYear: _drop, ...rest } = input;
      const doc = { indicators: [rest.indicators[0], rest.indicators[5]] };
      const { out } = await run(['evaluate', tempJson(doc)], () => new Date(now));
      const { out: asked } = await run(['evaluate', tempJson({ ...doc, asOfYear: year })]);
      expect(JSON.parse(out)).toEqual(JSON.parse(asked));
      const { results } = JSON.parse(out);
      expect(results.map((r: { latestYear: number }) => r.latestYear)).toEqual([2023, 2023]);
      for (const f of flag) expect(results[0].flags).toContain(f);
    },
  );

  it('should refuse a document that is not the evaluate input shape', async () => {
    const { code, err } = await run(['evaluate', tempJson({ rows: [] })]);
    expect(code).toBe(1);
    expect(err).toContain('indicators');
    const unreadable = spawnSync(BIN, ['evaluate', '/nonexistent.json'], { encoding: 'utf8' });
    expect(unreadable.status).toBe(1);
  });
});

describe('gangmu backup and restore', () => {
  it('should back up a database with the example plan and restore it into an empty one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gangmu-cli-backup-'));
    const source = `sqlite:${join(dir, 'source.db')}`;
    const target = `sqlite:${join(dir, 'target.db')}`;
    expect(
      (await run(['user', 'add', '--username', 'ops', '--role', 'admin', '--database', source])).code,
    ).toBe(0);
    const backup = await run(['backup', '--out', join(dir, 'b.jsonl'), '--database', source]);
    expect(backup.out).toContain('users 1');
    expect(statSync(join(dir, 'b.jsonl')).mode & 0o777).toBe(0o600);
    const restore = await run(['restore', '--from', join(dir, 'b.jsonl'), '--database', target]);
    expect(restore.code).toBe(0);
    expect((await run(['audit', 'verify', '--database', target])).out).toContain('audit chain intact');
    const again = await run(['restore', '--from', join(dir, 'b.jsonl'), '--database', target]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('nothing changed');
  });
});

describe('gangmu user add', () => {
  it('should refuse a password the policy rejects, naming the rule in both languages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gangmu-cli-user-'));
    const db = `sqlite:${join(dir, 'u.db')}`;
    for (const [password, words] of [
      ['aaaaaaaaaaaa', '至少两类字符'],
      ['Password1234', 'commonly used'],
      ['clerk-2024-spring', '不得包含用户名'],
    ] as const) {
      const res = await run(['user', 'add', '--username', 'clerk', '--password', password, '--database', db]);
      expect(res.code).toBe(2);
      expect(res.err).toContain(words);
    }
    expect(
      (await run(['user', 'add', '--username', 'clerk', '--password', 'a fine long one 7', '--database', db]))
        .code,
    ).toBe(0);
  });
});
