/**
 * The worked examples E35–E50 of SPEC v2 (docs/method/SPEC.md §3), each run through the CLI's documented
 * input: `gangmu evaluate spec-v2/E##.json` with `{ asOfYear, indicators: [{ …definition, observations }] }`.
 * Values are compared to 3 decimals, as the spec asks.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'node_modules/.bin/gangmu');
const input = (id: string) => join(import.meta.dirname, 'spec-v2', `${id}.json`);

interface Expected {
  id: string;
  status: string;
  flags: string[];
  values?: Record<string, number>;
  annual?: { year: number; target: number; actual: number; met: boolean }[];
  label?: string;
}

const EXAMPLES: Expected[] = [
  {
    id: 'E35',
    status: 'ON_TRACK',
    flags: ['CURRENT_PRICE_BASIS', 'ABOVE_RANGE', 'SLOWING'],
    values: { projectedValue: 8.1792, recentPct: 5.7466, requiredRemainingPerYear: 5.2552, latestYear: 2023 },
    label: '快于预期',
  },
  {
    id: 'E36',
    status: 'ON_TRACK',
    flags: ['CURRENT_PRICE_BASIS', 'ABOVE_RANGE'],
    values: { projectedValue: 8.1792 },
  },
  {
    id: 'E37',
    status: 'AT_RISK',
    flags: ['CURRENT_PRICE_BASIS'],
    values: { projectedValue: 6.2742, requiredRemainingPerYear: 8.098 },
  },
  { id: 'E38', status: 'AT_RISK', flags: [], values: { projectedValue: 5.4988 } },
  {
    id: 'E39',
    status: 'ON_TRACK',
    flags: ['INCOMPLETE_CHAIN', 'SLOWING'],
    values: { projectedValue: 6.9953 },
  },
  {
    id: 'E40',
    status: 'ON_TRACK',
    flags: ['BASE_SUBSTITUTED', 'CURRENT_PRICE_BASIS'],
    values: { projectedValue: 6.0, requiredRemainingPerYear: 6.0 },
  },
  {
    id: 'E41',
    status: 'ON_TRACK',
    flags: ['ABOVE_RANGE', 'SLOWING'],
    values: { projectedValue: 7.9506, recentPct: 4.0 },
  },
  {
    id: 'E42',
    status: 'ON_TRACK',
    flags: ['ABOVE_RANGE', 'LOW_CONFIDENCE', 'STALE_DATA'],
    values: { projectedValue: 8.0, latestYear: 2021 },
  },
  {
    id: 'E43',
    status: 'ON_TRACK',
    flags: ['STALE_DATA', 'FINAL_DATA_PENDING'],
    values: { projectedValue: 7.3991 },
    label: '预计能完成',
  },
  {
    id: 'E44',
    status: 'AT_RISK',
    flags: ['STALE_DATA', 'FINAL_DATA_PENDING'],
    values: { projectedValue: 8.95 },
    label: '预计难以完成',
  },
  {
    // Only the annual check is specified: one year of a chain that starts late (2021 missing).
    id: 'E45',
    status: 'AT_RISK',
    flags: ['INCOMPLETE_CHAIN', 'LOW_CONFIDENCE'],
    annual: [{ year: 2022, target: 7, actual: 4.1, met: false }],
  },
  {
    // Only the annual check is specified: one value above the plan's ceiling of 3 cannot be paced.
    id: 'E46',
    status: 'NOT_ASSESSABLE',
    flags: ['BASE_SUBSTITUTED', 'INSUFFICIENT_DATA'],
    annual: [{ year: 2023, target: 3.5, actual: 3.2, met: true }],
  },
  { id: 'E47', status: 'AT_RISK', flags: [], values: { projectedValue: 6.0999 } },
  { id: 'E48', status: 'ON_TRACK', flags: ['TARGET_REVISED'], values: { projectedValue: 6.1999 } },
  {
    id: 'E49',
    status: 'ON_TRACK',
    flags: ['CURRENT_PRICE_BASIS', 'ABOVE_RANGE', 'SLOWING'],
    values: { projectedValue: 8.1792, recentPct: 4.1 },
  },
  { id: 'E50', status: 'ON_TRACK', flags: [], values: { projectedValue: 6.8, recentPct: 6.8 } },
];

async function evaluate(id: string) {
  let out = '';
  let err = '';
  const code = await main(['evaluate', input(id)], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out);
}

describe('gangmu evaluate: SPEC v2 worked examples E35–E50', () => {
  it.each(EXAMPLES)('$id → $status $flags', async ({ id, status, flags, values, annual, label }) => {
    const { results, summary } = await evaluate(id);
    const r = results[0];
    expect(r.status).toBe(status);
    expect([...r.flags].sort()).toEqual([...flags].sort());
    for (const [key, expected] of Object.entries(values ?? {})) expect(r[key], key).toBeCloseTo(expected, 3);
    if (annual) {
      expect(r.annual).toHaveLength(annual.length);
      annual.forEach((a, i) => {
        expect(r.annual[i]).toMatchObject({ year: a.year, target: a.target, met: a.met });
        expect(r.annual[i].actual).toBeCloseTo(a.actual, 3);
      });
    } else expect(r.annual).toBeUndefined();
    // One label everywhere: the label field opens the reason in both languages.
    if (label) expect(r.label).toBe(label);
    expect(r.reason.startsWith(`${r.label}：`)).toBe(true);
    expect(r.reasonEn.toLowerCase().startsWith(`${r.labelEn.toLowerCase()}:`)).toBe(true);
    expect(summary.total).toBe(1);
    expect(typeof summary.sentence).toBe('string');
    expect(typeof summary.sentenceEn).toBe('string');
  });

  it('E35 says what the average hides and on what basis, with the slowdown named', async () => {
    const { results } = await evaluate('E35');
    expect(results[0].reason).toBe(
      '快于预期：前三年年均增长8.18%，高于目标上限7.5%。但2023年增长5.75%，低于目标下限7%。按现价计算，含价格因素。',
    );
  });

  it('E43 and E44 are judged on the trend in the final year, and the summary takes its final form', async () => {
    const e43 = await evaluate('E43');
    expect(e43.results[0].reason).toContain('尚无2025年终期数据，按趋势判断。依据2023年数据。');
    expect(e43.summary).toEqual({
      form: 'final',
      total: 1,
      achieved: 0,
      nearlyAchieved: 0,
      notAchieved: 0,
      pending: 1,
      pendingLikely: 1,
      pendingUnlikely: 0,
      notAssessable: 0,
      sentence: '1项主要指标中，1项尚无终期数据，其中按趋势预计能完成1项。',
      sentenceEn:
        'Of 1 main indicators: 1 have no final-year data yet, of which on their trend 1 likely to be met.',
    });
    expect((await evaluate('E44')).summary).toMatchObject({ pending: 1, pendingUnlikely: 1 });
  });

  it('E48 names the revised target in force; E47 (a year earlier) keeps the original', async () => {
    expect((await evaluate('E48')).results[0].reason).toContain(
      '目标自2023年起调整为6.5～7%（区人大常委会批准调整）。',
    );
    expect((await evaluate('E47')).results[0].reason).not.toContain('调整');
  });

  it('E42 names the year the assessment rests on', async () => {
    expect((await evaluate('E42')).results[0].reason).toContain('依据2021年数据。');
  });

  it('runs from the installed bin as documented', () => {
    const out = JSON.parse(execFileSync(BIN, ['evaluate', input('E37')], { encoding: 'utf8', cwd: ROOT }));
    expect(out.results[0]).toMatchObject({ id: 'gdp', status: 'AT_RISK', label: '进度滞后' });
    expect(out.summary).toMatchObject({ form: 'midterm', total: 1, behind: 1, behindBinding: 0 });
  });
});
