import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from './evaluate-indicator.ts';
import { formatReason, REASON_CODES } from './reasons.ts';
import { breakdownPlan, formatSummary, summarizePlan } from './summary.ts';
import type { Assessment, IndicatorDef } from './types.ts';

const gdp: IndicatorDef = {
  id: 'gdp',
  nameZh: '地区生产总值年均增速',
  unit: '%',
  attribute: 'expected',
  kind: 'growth_rate',
  target: { lo: 7, hi: 7.5 },
};

describe('formatReason', () => {
  it('should say E1 in one sentence a leader can read, in Chinese and in English', () => {
    const r = evaluateIndicator(
      gdp,
      [
        { year: 2021, pct: 8 },
        { year: 2022, pct: 4.5 },
        { year: 2023, pct: 6 },
      ],
      { asOfYear: 2023 },
    );
    if (!r.ok) throw new Error('invalid');
    expect(formatReason(r.assessment.reason)).toBe(
      '进度滞后：前三年年均增长6.16%，低于目标下限7%；后两年需年均增长8.28%方可完成。',
    );
    expect(formatReason(r.assessment.reason, 'en')).toBe(
      'At risk: Average growth of 6.16% over 3 years is below the floor of 7%. The remaining 2 years need 8.28% a year.',
    );
  });

  it('should cover the same codes in both languages', () => {
    expect([...REASON_CODES.en].sort()).toEqual([...REASON_CODES.zh].sort());
  });

  it('should explain an unresolved 达市标准 row with its trend', () => {
    const def: IndicatorDef = {
      id: 'e',
      nameZh: '单位生产总值能耗累计降低',
      unit: '%',
      attribute: 'expected',
      kind: 'linked',
      linked: { sourcePlan: '市', note: '达市标准' },
    };
    const r = evaluateIndicator(
      def,
      [
        { year: 2020, value: 100 },
        { year: 2023, value: 92.6835 },
      ],
      { asOfYear: 2023 },
    );
    expect(r.ok && formatReason(r.assessment.reason)).toBe(
      '暂无法评估：目标为“达市标准”，尚未录入上级规划的目标值；趋势明显向好（年均2.5%）。',
    );
  });
});

describe('summarizePlan', () => {
  const a = (status: Assessment['status'], flags: Assessment['flags'] = []) => ({ status, flags });
  const rows = [
    { attribute: 'expected' as const, chapter: 2, assessment: a('ACHIEVED', ['PROVISIONAL']) },
    { attribute: 'expected' as const, chapter: 2, assessment: a('ON_TRACK', ['ABOVE_RANGE']) },
    { attribute: 'binding' as const, chapter: 2, assessment: a('ON_TRACK', ['AHEAD']) },
    { attribute: 'expected' as const, chapter: 10, assessment: a('ON_TRACK') },
    { attribute: 'binding' as const, chapter: 10, assessment: a('AT_RISK') },
    { attribute: 'expected' as const, chapter: 10, assessment: a('OFF_TRACK') },
    { attribute: 'binding' as const, chapter: 7, assessment: a('NOT_ASSESSABLE', ['LINKED_UNRESOLVED']) },
  ];

  it('should write the mid-term sentence in the national report structure', () => {
    const counts = summarizePlan(rows, { final: false });
    expect(counts).toEqual({
      form: 'midterm',
      total: 7,
      achieved: 1,
      ahead: 2,
      onTrack: 1,
      behind: 2,
      behindBinding: 1,
      notAssessable: 1,
    });
    expect(formatSummary(counts)).toBe(
      '7项主要指标中，1项提前实现，2项快于预期，1项基本符合预期，2项滞后（其中约束性1项），1项暂无法评估。',
    );
  });

  it('should write the final form with every indicator counted once, the pending ones by their trend', () => {
    const final = [
      { attribute: 'expected' as const, assessment: a('ACHIEVED') },
      { attribute: 'expected' as const, assessment: a('NEARLY_ACHIEVED') },
      { attribute: 'binding' as const, assessment: a('NOT_ACHIEVED') },
      { attribute: 'expected' as const, assessment: a('ON_TRACK', ['STALE_DATA', 'FINAL_DATA_PENDING']) },
      { attribute: 'expected' as const, assessment: a('ACHIEVED', ['PROVISIONAL', 'FINAL_DATA_PENDING']) },
      { attribute: 'binding' as const, assessment: a('AT_RISK', ['FINAL_DATA_PENDING']) },
      { attribute: 'binding' as const, assessment: a('NOT_ASSESSABLE', ['LINKED_UNRESOLVED']) },
    ];
    const counts = summarizePlan(final, { final: true });
    expect(counts).toEqual({
      form: 'final',
      total: 7,
      achieved: 1,
      nearlyAchieved: 1,
      notAchieved: 1,
      pending: 3,
      pendingLikely: 2,
      pendingUnlikely: 1,
      notAssessable: 1,
    });
    expect(formatSummary(counts)).toBe(
      '7项主要指标中，1项已完成，1项基本完成，1项未完成；3项尚无终期数据，其中按趋势预计能完成2项、难以完成1项；1项暂无法评估。',
    );
    expect(formatSummary(counts, 'en')).toBe(
      'Of 7 main indicators: 1 achieved, 1 nearly achieved, 1 not achieved; 3 have no final-year data yet, of which on their trend 2 likely to be met and 1 unlikely; 1 cannot be assessed.',
    );
  });

  it('should count by status, attribute and chapter', () => {
    const s = breakdownPlan(rows);
    expect(s.byAttribute.binding).toMatchObject({ ON_TRACK: 1, AT_RISK: 1, NOT_ASSESSABLE: 1 });
    expect(s.byChapter['10']).toMatchObject({ ON_TRACK: 1, AT_RISK: 1, OFF_TRACK: 1 });
  });
});
