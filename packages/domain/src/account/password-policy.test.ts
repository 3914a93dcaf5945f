import { describe, expect, it } from 'vitest';
import { checkPassword, describePasswordProblems } from './password-policy.ts';

describe('checkPassword', () => {
  it.each([
    ['aaaaaaaaaa', 'li', ['too_short', 'one_class']],
    ['1234567890', 'li', ['too_short', 'one_class']],
    ['          ', 'li', ['too_short', 'one_class']],
    ['aaaaaaaaaaaa', 'li', ['one_class']],
    ['            ', 'li', ['one_class']],
    ['123456789012', 'li', ['one_class', 'common']],
    ['Password1234', 'li', ['common']],
    ['pass-word 1234', 'li', ['common']],
    ['woaini1314520', 'li', ['common']],
    ['zhangwei2024!', 'zhangwei', ['contains_username']],
    ['ZhangWei2024!', 'zhangwei', ['contains_username']],
    ['correct horse battery', 'li', []],
    ['规划纲要2025年主要目标', 'li', []],
    ['e2e password 12345', 'admin', []],
    ['Li2024spring!', 'li', []],
  ])('%j for %s breaks %j', (password, username, problems) => {
    expect(checkPassword(password, username)).toEqual(problems);
  });

  it('should count characters, not UTF-16 units', () => {
    expect(checkPassword('规划纲要目标年度任务12', 'li')).toEqual([]);
    expect(checkPassword('规划纲要目标1', 'li')).toEqual(['too_short']);
  });

  it('should word each problem in both languages', () => {
    expect(describePasswordProblems(['too_short', 'common'], 'zh')).toBe('密码至少 12 个字符；密码过于常见');
    expect(describePasswordProblems(['one_class'], 'en')).toContain('two kinds');
  });
});
