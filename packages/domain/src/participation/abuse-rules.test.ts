import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ABUSE_SETTINGS,
  findDuplicate,
  findSensitiveWords,
  INTAKE_MESSAGES,
  judgeIntake,
  normaliseOpinionText,
  opinionSimilarity,
  type RecentOpinion,
} from './abuse-rules.ts';

const TEXT = '建议在桃花镇增设一处社区养老服务中心，方便老年人就近养老。';

describe('normalised similarity', () => {
  it.each([
    ['ＡＢＣ　１２３！', 'abc123'],
    ['建议：增设 养老中心。', '建议增设养老中心'],
  ])('normalises %s to %s', (input, expected) => expect(normaliseOpinionText(input)).toBe(expected));

  it.each<[string, string, boolean]>([
    [TEXT, TEXT, true],
    [TEXT, '建议在桃花镇增设一处社区养老服务中心,方便老年人就近养老!!', true],
    [TEXT, '建议在桃花镇增设一处社区养老服务中心，方便老人就近养老。', true],
    [TEXT, '建议在桃花镇增设一处社区卫生服务中心，方便群众就近看病。', false],
    [TEXT, '希望加快地铁二号线延伸段的建设进度。', false],
  ])('%s ~ %s: duplicate %s', (a, b, dup) => {
    expect(opinionSimilarity(a, b) >= DEFAULT_ABUSE_SETTINGS.duplicateThreshold).toBe(dup);
  });

  it('is symmetric and 0 for empty text', () => {
    expect(opinionSimilarity('甲乙丙丁', '乙丙丁戊')).toBeCloseTo(opinionSimilarity('乙丙丁戊', '甲乙丙丁'));
    expect(opinionSimilarity('', '！！')).toBe(0);
  });
});

describe('duplicates on the same target within N days', () => {
  const recent: RecentOpinion[] = [
    { id: 'same-target', targetKey: 'indicator:i1', content: TEXT, postedOn: '2024-03-01' },
    { id: 'other-target', targetKey: 'indicator:i2', content: TEXT, postedOn: '2024-03-05' },
  ];
  it.each<[string, string, string | null]>([
    ['indicator:i1', '2024-03-05', 'same-target'],
    ['indicator:i1', '2024-03-08', 'same-target'],
    ['indicator:i1', '2024-03-09', null], // 8 days later: outside the window
    ['indicator:i3', '2024-03-05', null],
    ['indicator:i2', '2024-03-05', 'other-target'],
  ])('on %s posted %s → %s', (targetKey, postedOn, id) => {
    expect(findDuplicate({ targetKey, content: TEXT, postedOn }, recent)?.id ?? null).toBe(id);
  });
});

describe('sensitive words and the intake verdict', () => {
  it('finds words through spaces and full-width letters', () => {
    expect(findSensitiveWords('欢迎来 博 彩 网站')).toEqual(['博彩']);
    expect(findSensitiveWords('加ｗｅｉ信', ['加wei信'])).toEqual(['加wei信']);
    expect(findSensitiveWords(TEXT)).toEqual([]);
  });

  const base = { candidate: { targetKey: 'plan:p', content: TEXT, postedOn: '2024-03-05' }, recent: [] };
  it.each<[string, Parameters<typeof judgeIntake>[0], string]>([
    ['a plain opinion', { ...base, postedTodayFromAddress: 0 }, 'accept'],
    ['the sixth of the day', { ...base, postedTodayFromAddress: 5 }, 'over_cap'],
    [
      'a sensitive word',
      {
        ...base,
        candidate: { ...base.candidate, content: `${TEXT}另有博彩广告` },
        postedTodayFromAddress: 0,
      },
      'hold',
    ],
    [
      'a duplicate',
      {
        ...base,
        recent: [{ id: 'o1', targetKey: 'plan:p', content: TEXT, postedOn: '2024-03-04' }],
        postedTodayFromAddress: 1,
      },
      'duplicate',
    ],
  ])('%s → %s', (_, input, kind) => expect(judgeIntake(input).kind).toBe(kind));

  it('has a message in both languages for each refusal', () => {
    expect(INTAKE_MESSAGES.OPINION_DAILY_CAP.zh({ cap: 5 })).toContain('5 条');
    expect(INTAKE_MESSAGES.OPINION_DUPLICATE.en({ code: 'ABCD-1234' })).toContain('ABCD-1234');
    expect(INTAKE_MESSAGES.OPINION_HELD_FOR_REVIEW.zh()).toMatch(/审核/);
  });
});
