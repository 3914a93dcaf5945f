import { describe, expect, it } from 'vitest';
import { extractProseTargets } from './prose-targets.ts';

const para = (text: string) => ({ text, line: 1, chapter: 1, section: null });
const targetsIn = (text: string) => extractProseTargets([para(text)], 2020).map((t) => [t.value, t.unit]);

describe('extractProseTargets: what the plan aims at, not what the last period reached', () => {
  it.each([
    ['到2025年，高新技术企业累计达到500家。', [[500, '家']]],
    ['力争高新技术企业累计达到500家。', [[500, '家']]],
    ['规划期内新建5G基站1000个。', [[1000, '个']]],
    // Results reported as such, where no heading said "this is the review of the last period":
    ['高新技术企业累计达到350家，创新平台不断涌现。', []],
    ['全区建成了标准化菜市场12个。', []],
    ['新增城镇就业累计完成3.2万人。', []],
  ])('%s → %j', (text, expected) => {
    expect(targetsIn(text)).toEqual(expected);
  });
});
