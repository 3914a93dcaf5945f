import { describe, expect, it } from 'vitest';
import { parseTargetText } from './target-spec.ts';

describe('parseTargetText', () => {
  it.each([
    ['7-7.5', { op: 'range', lo: 7, hi: 7.5 }],
    ['5～6', { op: 'range', lo: 5, hi: 6 }],
    ['≤3', { op: 'atMost', value: 3 }],
    ['<5.5', { op: 'atMost', value: 5.5, strict: true }],
    ['5.5以内', { op: 'atMost', value: 5.5 }],
    ['≥98', { op: 'atLeast', value: 98 }],
    ['95以上', { op: 'atLeast', value: 95 }],
    ['>90', { op: 'atLeast', value: 90, strict: true }],
    ['6左右', { op: 'about', value: 6 }],
    ['100', { op: 'value', value: 100 }],
    ['〔13.5〕', { op: 'value', value: 13.5, cumulative: true }],
    ['累计降低13.5', { op: 'value', value: 13.5, cumulative: true, decrease: true }],
    ['[18]', { op: 'value', value: 18, cumulative: true }],
    ['达市标准', { op: 'linked', sourcePlan: '市', note: '达市标准' }],
    ['完成国家下达任务', { op: 'linked', sourcePlan: '国家', note: '完成国家下达任务' }],
    ['完成省下达任务', { op: 'linked', sourcePlan: '省', note: '完成省下达任务' }],
    ['——', { op: 'none' }],
    ['', { op: 'none' }],
    ['高于地区生产总值增长', { op: 'qualitative', text: '高于地区生产总值增长' }],
  ])('should parse %s', (text, expected) => {
    expect(parseTargetText(text)).toEqual(expected);
  });
});
