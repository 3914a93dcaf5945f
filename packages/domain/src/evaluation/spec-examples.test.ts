/** The 34 worked examples of SPEC §3 (`docs/evaluation.md`), each as written there, tolerance 1e-3. */
import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from './evaluate-indicator.ts';
import type { Assessment, IndicatorDef, Observation, Stage, Status } from './types.ts';

const growth = (lo: number, hi: number, attribute: 'expected' | 'binding' = 'expected'): IndicatorDef => ({
  id: 'g',
  nameZh: '地区生产总值年均增速',
  unit: '%',
  attribute,
  kind: 'growth_rate',
  target: { lo, hi },
});
const rates = (...pct: number[]): Observation[] => pct.map((p, i) => ({ year: 2021 + i, pct: p }));
const levels = (pairs: [number, number][]): Observation[] => pairs.map(([year, value]) => ({ year, value }));
const min = (
  value: number,
  attribute: 'expected' | 'binding',
  extra: Partial<IndicatorDef> = {},
): IndicatorDef => ({
  id: 'm',
  nameZh: '指标',
  unit: '%',
  attribute,
  kind: 'level_min',
  target: { value },
  ...extra,
});
const max = (
  value: number,
  attribute: 'expected' | 'binding',
  extra: Partial<IndicatorDef> = {},
): IndicatorDef => ({
  id: 'x',
  nameZh: '城镇登记失业率',
  unit: '%',
  attribute,
  kind: 'level_max',
  target: { value },
  ...extra,
});
const cum = (D: number): IndicatorDef => ({
  id: 'c',
  nameZh: '单位生产总值能耗累计降低',
  unit: '%',
  attribute: 'expected',
  kind: 'cumulative_change',
  target: { value: D },
});
const count = (n: number): IndicatorDef => ({
  id: 'n',
  nameZh: '国家4A旅游景区',
  unit: '个',
  attribute: 'expected',
  kind: 'count',
  target: { value: n },
});

interface Case {
  id: string;
  def: IndicatorDef;
  obs: Observation[];
  year: number;
  stage?: Stage;
  status: Status;
  flags?: string[];
  values?: Partial<Record<keyof Assessment, number>>;
}

const cases: Case[] = [
  {
    id: 'E1',
    def: growth(7, 7.5),
    obs: rates(8.0, 4.5, 6.0),
    year: 2023,
    status: 'AT_RISK',
    values: { projectedValue: 6.157, requiredRemainingPerYear: 8.277 },
  },
  {
    id: 'E2',
    def: growth(7, 7.5),
    obs: rates(7.5, 7.2, 7.0),
    year: 2023,
    status: 'ON_TRACK',
    values: { projectedValue: 7.233, requiredRemainingPerYear: 6.651 },
  },
  {
    id: 'E3',
    def: growth(1, 3),
    obs: rates(-2.0, 1.5, 0.5),
    year: 2023,
    status: 'OFF_TRACK',
    values: { projectedValue: -0.011 },
  },
  {
    id: 'E4',
    def: growth(8, 10),
    obs: rates(12, 11, 9),
    year: 2023,
    status: 'ON_TRACK',
    flags: ['ABOVE_RANGE'],
    values: { projectedValue: 10.66 },
  },
  {
    id: 'E5',
    def: growth(7, 7.5),
    obs: rates(3.0),
    year: 2021,
    status: 'AT_RISK',
    flags: ['LOW_CONFIDENCE'],
    values: { projectedValue: 3.0, requiredRemainingPerYear: 8.024 },
  },
  {
    id: 'E6',
    def: growth(7, 7.5),
    obs: rates(8.0, 4.5, 6.0, 7.0, 8.5),
    year: 2025,
    status: 'NEARLY_ACHIEVED',
    values: { projectedValue: 6.79 },
  },
  {
    id: 'E7',
    def: growth(7, 7.5, 'binding'),
    obs: rates(8.0, 4.5, 6.0, 7.0, 8.5),
    year: 2025,
    status: 'NOT_ACHIEVED',
  },
  {
    id: 'E8',
    def: max(3, 'expected'),
    obs: levels([
      [2020, 3.2],
      [2021, 3.0],
      [2022, 2.9],
      [2023, 2.8],
    ]),
    year: 2023,
    status: 'ON_TRACK',
    values: { timeShare: 0.6, projectedValue: 2.5333 },
  },
  {
    id: 'E9',
    def: max(3, 'expected'),
    obs: levels([
      [2020, 2.4],
      [2023, 2.9],
    ]),
    year: 2023,
    status: 'AT_RISK',
    values: { projectedValue: 3.2333 },
  },
  {
    id: 'E10',
    def: max(3, 'expected'),
    obs: levels([
      [2020, 2.8],
      [2022, 3.4],
    ]),
    year: 2022,
    status: 'OFF_TRACK',
    values: { timeShare: 0.4, projectedValue: 4.3 },
  },
  {
    id: 'E11',
    def: min(9, 'binding', { unit: '张' }),
    obs: levels([
      [2020, 7.2],
      [2023, 8.25],
    ]),
    year: 2023,
    status: 'AT_RISK',
    values: { taskShare: 0.5833, paceRatio: 0.9722, projectedValue: 8.95 },
  },
  {
    id: 'E12',
    def: min(9, 'expected', { unit: '张' }),
    obs: levels([
      [2020, 7.2],
      [2023, 8.25],
    ]),
    year: 2023,
    status: 'ON_TRACK',
    values: { paceRatio: 0.9722, projectedValue: 8.95 },
  },
  {
    id: 'E13',
    def: min(30, 'binding'),
    obs: levels([
      [2020, 26.0],
      [2023, 28.5],
    ]),
    year: 2023,
    status: 'ON_TRACK',
    values: { taskShare: 0.625, paceRatio: 1.0417, projectedValue: 30.1667 },
  },
  {
    id: 'E14',
    def: min(100, 'binding'),
    obs: levels([
      [2020, 97.0],
      [2023, 100.5],
    ]),
    year: 2023,
    status: 'ACHIEVED',
    flags: ['PROVISIONAL'],
    values: { projectedValue: 102.8333 },
  },
  {
    id: 'E15',
    def: min(100, 'expected', { naturalLimit: 100 }),
    obs: levels([
      [2020, 96.5],
      [2023, 99.2],
    ]),
    year: 2023,
    status: 'ACHIEVED',
    flags: ['NEAR_LIMIT_TOLERANCE', 'PROVISIONAL'],
    values: { projectedValue: 100 },
  },
  {
    id: 'E16',
    def: min(55, 'expected', { naturalLimit: 100 }),
    obs: levels([
      [2020, 48.0],
      [2021, 49.0],
      [2022, 49.5],
    ]),
    year: 2022,
    status: 'OFF_TRACK',
    values: { timeShare: 0.4, taskShare: 0.2143, paceRatio: 0.5357, projectedValue: 51.75 },
  },
  {
    id: 'E17',
    def: min(55, 'expected', { naturalLimit: 100 }),
    obs: levels([
      [2020, 48.0],
      [2021, 48.3],
    ]),
    year: 2021,
    status: 'AT_RISK',
    flags: ['LOW_CONFIDENCE'],
    values: { timeShare: 0.2, paceRatio: 0.2143, projectedValue: 49.5 },
  },
  {
    id: 'E18',
    def: min(220, 'expected', { unit: '亿元', scale: 'amount' }),
    obs: levels([
      [2020, 150],
      [2023, 185],
    ]),
    year: 2023,
    status: 'AT_RISK',
    values: { taskShare: 0.5476, paceRatio: 0.9126, projectedValue: 212.761 },
  },
  {
    id: 'E19',
    def: min(20, 'expected', { unit: '亿元', scale: 'amount' }),
    obs: levels([
      [2020, 0],
      [2023, 10],
    ]),
    year: 2023,
    status: 'AT_RISK',
    flags: ['LOG_FALLBACK_LINEAR'],
    values: { taskShare: 0.5, paceRatio: 0.8333, projectedValue: 16.6667 },
  },
  {
    id: 'E20',
    def: min(30, 'expected'),
    obs: levels([[2023, 31.0]]),
    year: 2023,
    status: 'ACHIEVED',
    flags: ['BASE_SUBSTITUTED', 'PROVISIONAL', 'LOW_CONFIDENCE'],
  },
  {
    id: 'E21',
    def: min(30, 'expected'),
    obs: levels([[2023, 28.0]]),
    year: 2023,
    status: 'NOT_ASSESSABLE',
    flags: ['BASE_SUBSTITUTED', 'INSUFFICIENT_DATA'],
  },
  {
    id: 'E22',
    def: cum(14),
    obs: rates(3.0, 2.0, 2.5),
    year: 2023,
    status: 'AT_RISK',
    values: { paceRatio: 0.8416, requiredRemainingPerYear: 3.673, projectedValue: 11.8943 },
  },
  {
    id: 'E23',
    def: cum(14),
    obs: rates(-1.0, 0.5),
    year: 2022,
    status: 'OFF_TRACK',
    values: { paceRatio: -0.0832, projectedValue: -1.2421 },
  },
  {
    id: 'E24',
    def: {
      id: 'e',
      nameZh: '单位生产总值能耗累计降低',
      unit: '%',
      attribute: 'expected',
      kind: 'linked',
      linked: { sourcePlan: '南昌市“十四五”规划', note: '达市标准' },
    },
    obs: levels([
      [2020, 100],
      [2021, 97],
      [2022, 95.06],
      [2023, 92.6835],
    ]),
    year: 2023,
    status: 'NOT_ASSESSABLE',
    flags: ['LINKED_UNRESOLVED'],
  },
  {
    id: 'E25',
    def: count(1),
    obs: levels([[2023, 0]]),
    year: 2023,
    stage: 'in_progress',
    status: 'ON_TRACK',
  },
  {
    id: 'E26',
    def: count(1),
    obs: levels([[2023, 0]]),
    year: 2023,
    stage: 'not_started',
    status: 'AT_RISK',
    values: { timeShare: 0.6 },
  },
  { id: 'E27', def: count(1), obs: levels([[2025, 0]]), year: 2025, status: 'NOT_ACHIEVED' },
  {
    id: 'E28',
    def: count(10),
    obs: levels([[2023, 5]]),
    year: 2023,
    status: 'AT_RISK',
    values: { paceRatio: 0.8333, projectedValue: 8.3333 },
  },
  {
    id: 'E29',
    def: {
      id: 'b',
      nameZh: '区间',
      unit: '%',
      attribute: 'expected',
      kind: 'level_band',
      target: { lo: 2.5, hi: 3.5 },
    },
    obs: levels([
      [2020, 3.0],
      [2023, 3.8],
    ]),
    year: 2023,
    status: 'AT_RISK',
  },
  {
    id: 'E30',
    def: min(30, 'binding'),
    obs: levels([
      [2020, 32.0],
      [2023, 29.5],
    ]),
    year: 2023,
    status: 'OFF_TRACK',
    values: { projectedValue: 27.8333 },
  },
  {
    id: 'E31',
    def: {
      id: 'y',
      nameZh: '国民平均受教育年限',
      unit: '年',
      attribute: 'expected',
      kind: 'linked',
      linked: {
        sourcePlan: '市',
        note: '达市标准',
        resolved: { kind: 'level_min', target: { value: 11.5 } },
      },
    },
    obs: levels([
      [2020, 11.0],
      [2023, 11.3],
    ]),
    year: 2023,
    status: 'ON_TRACK',
    flags: ['LINKED_RESOLVED'],
    values: { taskShare: 0.6, paceRatio: 1.0, projectedValue: 11.5 },
  },
  {
    id: 'E32',
    def: max(3, 'binding'),
    obs: levels([
      [2020, 3.4],
      [2023, 3.1],
    ]),
    year: 2023,
    status: 'OFF_TRACK',
    values: { projectedValue: 2.9 },
  },
  {
    id: 'E33',
    def: max(3, 'expected'),
    obs: levels([
      [2020, 3.4],
      [2023, 3.1],
    ]),
    year: 2023,
    status: 'AT_RISK',
    values: { projectedValue: 2.9 },
  },
  {
    id: 'E34',
    def: max(35, 'binding', { nameZh: 'PM2.5平均浓度', mode: 'reach' }),
    obs: levels([
      [2020, 45],
      [2023, 38],
    ]),
    year: 2023,
    status: 'ON_TRACK',
    flags: ['AHEAD'],
    values: { taskShare: 0.7, paceRatio: 1.1667, projectedValue: 33.3333 },
  },
];

describe('evaluateIndicator: SPEC §3 worked examples', () => {
  it.each(cases)('$id → $status', ({ def, obs, year, stage, status, flags, values }) => {
    const result = evaluateIndicator(def, obs, { asOfYear: year, ...(stage ? { stage } : {}) });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const a = result.assessment;
    expect(a.status).toBe(status);
    expect([...a.flags].sort()).toEqual([...(flags ?? [])].sort());
    for (const [key, expected] of Object.entries(values ?? {})) {
      expect(a[key as keyof Assessment], key).toBeCloseTo(expected as number, 3);
    }
  });

  it('E24 carries the trend-only class: +2.5009 %/yr, significant progress', () => {
    const e24 = cases.find((c) => c.id === 'E24')!;
    const result = evaluateIndicator(e24.def, e24.obs, { asOfYear: 2023 });
    expect(result.ok && result.assessment.trendOnly?.cls).toBe('SIGNIFICANT_PROGRESS');
    expect(result.ok && result.assessment.trendOnly?.ratePct).toBeCloseTo(2.5009, 3);
  });

  it('E22 reports the cumulative reduction so far in its reason', () => {
    const result = evaluateIndicator(cum(14), rates(3.0, 2.0, 2.5), { asOfYear: 2023 });
    expect(result.ok && result.assessment.reason.params.cumulative).toBeCloseTo(7.3165, 3);
    expect(result.ok && result.assessment.reason.params.q).toBeCloseTo(2.9714, 3);
  });
});
