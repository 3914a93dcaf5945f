import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { toIndicatorDef, evaluateIndicator } from '@gangmu/domain';
import { parsePlan } from '../src/index.ts';
import { example, ROOT, scoreImport } from './helpers.ts';

const GOLD = join(ROOT, 'examples/xihu-2021-2025/plan.gold.json');
const { draft, diagnostics } = parsePlan(example('plan.txt'));
const find = (code: string, line?: number) =>
  diagnostics.filter((d) => d.code === code && (line === undefined || d.line === line));

describe('parsePlan on the Xihu 14th Five-Year Plan', () => {
  it('should score at least 0.98 against the gold file', () => {
    expect(scoreImport(example('plan.txt'), GOLD)).toBeGreaterThanOrEqual(0.98);
  });

  it('should recover the title, issuer, period and base year', () => {
    expect(draft.title).toBe('南昌市西湖区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    expect(draft.issuer).toBe('南昌市西湖区人民政府');
    expect(draft.period).toEqual({ start: 2021, end: 2025, vision: 2035 });
    expect(draft.baseYear).toBe(2020);
  });

  // One assertion per defect listed in the gold file's sourceDefects, in the same order.
  it.each([
    ['U+2002 and U+3000 inside headings', () => find('heading_whitespace').length === 1],
    ['chapter 3 has no 第三章 prefix', () => find('heading_prefix_missing', 455).length === 1],
    [
      'chapter 7 drops 跃 and has no space after 第七章',
      () => find('heading_title_differs', 663).length === 1,
    ],
    [
      'chapter 12 is numbered 第十章',
      () => find('heading_number_wrong', 1019)[0]?.params.expected === '第十二章',
    ],
    [
      'chapter 7 sections lose their prefix',
      () => [667, 689, 699].every((l) => find('heading_prefix_missing', l).length === 1),
    ],
    [
      'chapter 10 sections read "节 …"',
      () => [829, 839, 861, 879].every((l) => find('heading_prefix_missing', l).length === 1),
    ],
    ['6.2 item 2 has no 二、', () => find('item_number_missing', 635)[0]?.params.no === 2],
    [
      'flattened indicator table with an extra —— cell',
      () => find('indicator_table_flattened').length === 1 && find('indicator_extra_cell').length === 1,
    ],
    [
      'page furniture before the title and after the end',
      () =>
        find('furniture_dropped')
          .map((d) => d.params.where)
          .join() === 'before,after',
    ],
    ['TOC page numbers trail the TOC lines', () => find('toc_page_numbers').length === 1],
  ])('should name the source defect: %s', (_defect, check) => {
    expect(check()).toBe(true);
  });

  it('should give every diagnostic a code, a Chinese and an English message, a line and an excerpt', () => {
    for (const d of diagnostics) {
      expect(d.code).toMatch(/^[a-z_]+$/);
      expect(d.message).toMatch(/[\u4e00-\u9fff]/);
      expect(d.messageEn).toMatch(/[A-Za-z]/);
      expect(typeof d.line).toBe('number');
      expect(typeof d.excerpt).toBe('string');
    }
  });

  it('should keep the text of items', () => {
    const item = draft.chapters[0]!.sections[0]!.items[0]!;
    expect(item.text).toContain('2020年地区生产总值达到592.42亿元');
  });

  it('should map the 17 indicators to the kinds of SPEC §2.1, the four 达市标准 rows linked and unresolved', () => {
    const defs = draft.indicators.map((row, i) =>
      toIndicatorDef(row, { id: `i${i + 1}`, baseYear: 2020, targetYear: 2025 }),
    );
    const kinds = Object.fromEntries(defs.map((d) => [d.nameZh, d.kind]));
    expect(kinds).toEqual({
      地区生产总值年均增速: 'growth_rate',
      财政总收入年均增速: 'growth_rate',
      固定资产投资年均增速: 'growth_rate',
      社会消费品零售总额年均增速: 'growth_rate',
      利用外资实际到位资金: 'growth_rate',
      实际利用内资年均增速: 'growth_rate',
      城乡居民人均可支配收入年均增速: 'growth_rate',
      城镇登记失业率: 'level_max',
      基本医疗保险覆盖率: 'level_min',
      基本养老保险覆盖率: 'level_min',
      国民平均受教育年限: 'linked',
      幼儿学前三年教育毛入园率: 'level_min',
      千人病床数: 'level_min',
      地表水达到或好于III类水体比例: 'linked',
      单位生产总值能耗累计降低: 'linked',
      生活垃圾回收利用率: 'linked',
      建成区绿化覆盖率: 'level_min',
    });
    const byName = (n: string) => defs.find((d) => d.nameZh === n)!;
    expect(byName('城镇登记失业率')).toMatchObject({ mode: 'hold', target: { value: 3 } });
    expect(byName('基本医疗保险覆盖率')).toMatchObject({ naturalLimit: 100, target: { value: 100 } });
    expect(byName('幼儿学前三年教育毛入园率').naturalLimit).toBeUndefined();
    expect(byName('地区生产总值年均增速')).toMatchObject({ target: { lo: 7, hi: 7.5 } });
    for (const d of defs.filter((x) => x.kind === 'linked')) {
      const r = evaluateIndicator(d, [], { asOfYear: 2023 });
      expect(r.ok && r.assessment.flags).toContain('LINKED_UNRESOLVED');
    }
  });
});
