import { describe, expect, it } from 'vitest';
import { splitRunInTitle } from './run-in-title.ts';
import { splitHeadingRuns } from './heading-runs.ts';

describe('splitRunInTitle: a title glued to its first sentence with no separator', () => {
  it.each([
    ['稳定粮食生产能力严格执行基本农田保护制度，保持全国耕地总量动态平衡', '稳定粮食生产能力'],
    ['加强水利建设水利建设要全面规划，统筹兼顾', '加强水利建设'],
    ['优化能源结构能源建设要发挥资源优势，优化能源结构', '优化能源结构'],
    ['深化农村改革加快农村土地制度法制化建设，长期稳定', '深化农村改革'],
    ['调整农业和农村经济结构农业和农村经济结构调整，要面向市场', '调整农业和农村经济结构'],
  ])('should cut %s after %s', (rest, title) => {
    expect(splitRunInTitle(rest).title).toBe(title);
  });
  it('should keep a line with no sentence start as the title', () => {
    expect(splitRunInTitle('社会主义精神文明建设')).toEqual({ title: '社会主义精神文明建设', text: '' });
  });
});

describe('splitHeadingRuns: a heading and its paragraph separated by a run of spaces', () => {
  it.each([
    [
      '第一章\u3000发展环境\u3000\u3000“十三五”时期，全区经济',
      ['第一章\u3000发展环境', '“十三五”时期，全区经济'],
    ],
    [
      '第一篇指导方针和目标\u3000\u3000第一章国民经济和社会发展的指导方针\u3000\u3000经过二十多年',
      ['第一篇指导方针和目标', '第一章国民经济和社会发展的指导方针', '经过二十多年'],
    ],
    [
      '\u3000\u3000二、国民经济的指导方针\u3000\u3000（一）未来十五年',
      ['二、国民经济的指导方针', '（一）未来十五年'],
    ],
    ['第一节  指导思想', ['第一节  指导思想']],
    ['总    则', ['总    则']],
    ['第一章 发展环境      12', ['第一章 发展环境      12']],
    ['全区经济  持续发展', ['全区经济  持续发展']],
  ])('should split %j into %j', (raw, pieces) => {
    expect(splitHeadingRuns(raw)).toEqual(pieces);
  });
});
