import { describe, expect, it } from 'vitest';
import { readBulletin, type BulletinIndicator } from '../src/index.ts';

const GDP: BulletinIndicator = { id: 'gdp', name: '地区生产总值', unit: '亿元' };
const GDP_GROWTH: BulletinIndicator = { id: 'gdp-growth', name: '地区生产总值年均增速', unit: '%' };
const INDICATORS: readonly BulletinIndicator[] = [
  GDP,
  GDP_GROWTH,
  { id: 'retail', name: '社会消费品零售总额', unit: '亿元' },
  { id: 'investment', name: '固定资产投资年均增速', unit: '%' },
  { id: 'unemployment', name: '城镇登记失业率', unit: '%' },
  { id: 'urbanisation', name: '常住人口城镇化率', unit: '%' },
  { id: 'population', name: '常住人口', unit: '万人' },
  { id: 'income', name: '居民人均可支配收入', unit: '元' },
  { id: 'income-urban', name: '城镇居民人均可支配收入', unit: '元' },
  { id: 'income-rural', name: '农村居民人均可支配收入', unit: '元' },
  { id: 'energy', name: '单位生产总值能耗累计降低', unit: '%' },
  { id: 'pm25', name: 'PM2.5平均浓度', unit: '微克/立方米' },
];

/** The figures read from one sentence of a 2023 bulletin, as { id: [value?, pct?, qualifier?] }. */
function read(sentence: string): Record<string, unknown[]> {
  const { figures } = readBulletin(`2023年某区国民经济和社会发展统计公报\n${sentence}`, INDICATORS);
  const out: Record<string, unknown[]> = {};
  for (const f of figures) {
    if (f.indicatorId === 'gdp-growth') continue;
    out[f.indicatorId] = [f.value, f.pct, f.qualifier ?? f.pctQualifier].filter((x) => x !== undefined);
  }
  return out;
}

describe('readBulletin: sentence forms', () => {
  it.each([
    ['全年实现地区生产总值750.2亿元，比上年增长4.1%。', { gdp: [750.2, 4.1] }],
    ['初步核算，全年地区生产总值3780871万元，比上年增长2.4%。', { gdp: [378.0871, 2.4] }],
    [
      '全年实现地区生产总值（GDP）19917.0亿元，按可比价格计算，比上年增长 \\(8.6\\%\\) 。',
      { gdp: [19917, 8.6] },
    ],
    ['全县地区生产总值(GDP)完成2252248万元,按可比价计算,同比增长6.4%。', { gdp: [225.2248, 6.4] }],
    ['全年地区生产总值突破750亿元，同比增长4.1%。', { gdp: [750, 4.1, 'over'] }],
    ['地区生产总值约750亿元，下降1.5%。', { gdp: [750, -1.5, 'about'] }],
    ['地区生产总值突破3万亿元、达3.6万亿元。', { gdp: [36000] }],
    [
      '地区生产总值增长5.2%，固定资产投资增长1.6%，社会消费品零售总额增长4.7%。',
      { gdp: [5.2], investment: [1.6], retail: [4.7] },
    ],
    ['全年社会消费品零售总额331.57亿元，与上年持平。', { retail: [331.57, 0] }],
    ['全年全社会固定资产投资比上年增长 10.0%。', { investment: [10] }],
    ['城镇登记失业率 \\(2.88\\%\\) 。', { unemployment: [2.88] }],
    ['年末城镇登记失业率为3.1%，控制在4%以内。', { unemployment: [3.1] }],
    ['常住人口城镇化率提高至64.8%。', { urbanisation: [64.8] }],
    ['年末常住人口2119.2万人，比上年末增加24.5万人，增长1.2%。', { population: [2119.2, 1.2] }],
    ['年末常住人口398239人，比上年末增加5938人。', { population: [39.8239] }],
    ['全体居民人均可支配收入45755元，比上年增长8.7%。', { income: [45755, 8.7] }],
    [
      '城镇居民人均可支配收入52633元，增长8.3%。农村居民人均可支配收入29126元，增长10.2%。',
      { 'income-urban': [52633, 8.3], 'income-rural': [29126, 10.2] },
    ],
    ['城镇、农村居民人均可支配收入分别增长4.3%、5.7%。', { 'income-urban': [4.3], 'income-rural': [5.7] }],
    ['万元GDP能耗下降9.7%。', { energy: [-9.7] }],
    ['PM2.5平均浓度达47微克/立方米，同比下降2.1%。', { pm25: [47, -2.1] }],
    ['全年實現地區生產總值5277076萬元，比上年增長8.0%。', { gdp: [527.7076, 8] }],
    ['[b]全县[/b]地区生产总值[b]254.5[/b]亿元，比上年增长5.2%。', { gdp: [254.5, 5.2] }],
    ['全年实现社会消费品零售总额1,234.5亿元，增长1·8%。', { retail: [1234.5, 1.8] }],
    ['全年實(shí)現(xiàn)地區(qū)生產(chǎn)總值3711.05億元，同比增長(zhǎng)6.1%。', { gdp: [3711.05, 6.1] }],
    ['全县实现地区生产总值(现价)110.04亿元，按不变价计算增长5.5%。', { gdp: [110.04, 5.5] }],
  ])('should read %s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    ['人均地区生产总值94622元，增长6.7%。', 'per-capita GDP is another statistic'],
    ['非公有制经济增加值2732923万元，占地区生产总值51.8%。', 'a share of GDP is not GDP'],
    ['三次产业对GDP增长的贡献率分别为5.0%、47.0%、48.0%。', 'a contribution to GDP growth is not GDP'],
    ['亿元地区生产总值生产安全事故死亡率为0.013人，下降12.2%。', 'a safety rate per GDP is not GDP'],
    [
      '其中城镇常住人口1684.3万人，户籍人口城镇化率67.9%。',
      'urban and registered population are other statistics',
    ],
    ['地区生产总值年均增长5%左右。', 'a several-year average is not the year’s growth'],
    ['单位GDP能耗累计下降16%左右。', 'a five-year total is not the year’s change'],
    ['主要预期目标是：地区生产总值增长5%-5.5%，固定资产投资增长3.5%左右。', 'targets are not statistics'],
    ['表1：2021年地区生产总值及其增长速度', 'a caption names a year, not a figure'],
    ['比上年末提高0.7个百分点，城镇化率提高0.7个百分点。', 'a point difference is not a level'],
  ])('should read nothing from %s (%s)', (sentence) => {
    expect(read(sentence)).toEqual({});
  });
});

describe('readBulletin: document', () => {
  it('should take the year from the title, and from a work report the year before it', () => {
    expect(readBulletin('2021年成都市国民经济和社会发展统计公报\n正文', []).year).toBe(2021);
    expect(readBulletin('2026年江西省政府工作报告\n一、2025年工作回顾', []).year).toBe(2025);
    expect(readBulletin('2022年，全县上下……\n初步核算，全县生产总值254.5亿元。', []).year).toBe(2022);
  });

  it('should give a figure the year its sentence names', () => {
    const { figures } = readBulletin('2022年某省统计公报\n2021年，全省地区生产总值为29619.7亿元。', [GDP]);
    expect(figures).toMatchObject([{ indicatorId: 'gdp', year: 2021, value: 29619.7 }]);
  });

  it('should join a sentence broken over lines and pages, and point at its line', () => {
    const text =
      '2021年某市统计公报\n\n全年实现地区生产总值942.6亿元，按可比价格计算，\n\n<!-- Page 5 -->\n\n比上年增长 5.0%。';
    const { figures } = readBulletin(text, [GDP]);
    expect(figures).toMatchObject([{ value: 942.6, pct: 5, line: 3 }]);
  });

  it('should leave out the parts of a work report that plan ahead', () => {
    const text =
      '2026年某省政府工作报告\n一、2025年工作回顾\n地区生产总值增长5.2%。\n三、2026年工作安排\n地区生产总值增长5%左右。';
    expect(readBulletin(text, [GDP]).figures).toMatchObject([{ year: 2025, pct: 5.2 }]);
  });

  it('should say why a figure was not assigned, with its line', () => {
    const text = '2022年某区统计公报\n全年城镇新增就业岗位6007个。\n年末城镇登记失业率为4.';
    const indicators = [
      { id: 'jobs', name: '城镇新增就业', unit: '万人' },
      { id: 'unemployment', name: '城镇登记失业率', unit: '%' },
      { id: 'x', name: '村级集体经济收入', unit: '万元' },
    ];
    const r = readBulletin(text, indicators);
    expect(r.figures).toEqual([]);
    expect(r.missing).toEqual(['jobs', 'unemployment', 'x']);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['bulletin_unknown_indicator', 0],
      ['bulletin_unit_mismatch', 2],
      ['bulletin_unassigned', 3],
    ]);
  });

  it('should keep the first of two different figures and report the second', () => {
    const text = '2023年某区统计公报\n常住人口城镇化率为83.05%。\n年末户籍人口25万人，城镇化率为75.8%。';
    const r = readBulletin(text, [{ id: 'u', name: '常住人口城镇化率', unit: '%' }]);
    expect(r.figures).toMatchObject([{ value: 83.05 }]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['bulletin_conflict']);
  });

  it('should never throw, whatever the bytes', () => {
    for (const input of [new Uint8Array(), new Uint8Array([0, 1, 2, 255]), '', '%%%', '分别分别、、']) {
      expect(() => readBulletin(input, INDICATORS)).not.toThrow();
    }
    expect(readBulletin(new Uint8Array(), INDICATORS).diagnostics[0]?.code).toBe('empty_input');
  });
});
