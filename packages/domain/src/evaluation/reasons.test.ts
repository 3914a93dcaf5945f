import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from './evaluate-indicator.ts';
import { formatReason, REASON_CODES } from './reasons.ts';
import { formatSummary, summarizePlan } from './summary.ts';
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
      '前三年年均增长6.16%，低于目标下限7%；后两年需年均增长8.28%方可完成。',
    );
    expect(formatReason(r.assessment.reason, 'en')).toBe(
      'Average growth of 6.16% over 3 years is below the floor of 7%. The remaining 2 years need 8.28% a year.',
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
      '目标为“达市标准”，尚未录入上级规划的目标值，暂无法评估；趋势明显向好（年均2.5%）。',
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
    expect(formatSummary(summarizePlan(rows))).toBe(
      '7项主要指标中，1项提前实现，2项快于预期，1项基本符合预期，2项滞后（其中约束性1项），1项暂无法评估。',
    );
  });

  it('should count by status, attribute and chapter', () => {
    const s = summarizePlan(rows);
    expect(s.byAttribute.binding).toMatchObject({ ON_TRACK: 1, AT_RISK: 1, NOT_ASSESSABLE: 1 });
    expect(s.byChapter['10']).toMatchObject({ ON_TRACK: 1, AT_RISK: 1, OFF_TRACK: 1 });
  });
});
