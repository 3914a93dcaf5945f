import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from '../evaluation/evaluate-indicator.ts';
import type { IndicatorDef } from '../evaluation/types.ts';
import { aggregateShortfall, checkConsistency, isAdditive, type CheckedIndicator } from './consistency.ts';
import { nameSimilarity, scoreLink, suggestLinks, unitAgreement } from './link-suggestion.ts';
import { planAccess } from './access.ts';
import { checkImplements, guessPlanType } from './plan-type.ts';
import { isUpperStandardTarget, resolveLinkedTarget } from './resolve-linked.ts';
import { appendRevision, targetInForce } from './target-in-force.ts';

describe('plan types', () => {
  it.each([
    ['南昌市西湖区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', 'outline'],
    ['西湖区2023年国民经济和社会发展计划', 'annual'],
    ['西湖区“十四五”生态环境保护专项规划', 'special'],
    ['赣江新区一体化发展区域规划', 'regional'],
    ['北京市生态修复规划', 'special'],
  ])('%s is guessed %s', (title, type) => expect(guessPlanType(title)).toBe(type));
});

describe('implements relations stay without cycles', () => {
  const edges = [
    { planId: 'district', parentId: 'city' },
    { planId: 'city', parentId: 'province' },
    { planId: 'special', parentId: 'district' },
  ];
  it.each([
    ['annual', 'district', { ok: true }],
    ['district', 'district', { ok: false, reason: 'SELF' }],
    ['district', 'city', { ok: false, reason: 'DUPLICATE' }],
    [
      'province',
      'special',
      { ok: false, reason: 'CYCLE', path: ['special', 'district', 'city', 'province'] },
    ],
    ['city', 'district', { ok: false, reason: 'CYCLE', path: ['district', 'city'] }],
    ['special', 'city', { ok: true }],
  ])('%s implements %s → %j', (plan, parent, expected) => {
    expect(checkImplements(edges, plan, parent)).toEqual(expected);
  });
});

const base: IndicatorDef = {
  id: 'green',
  nameZh: '建成区绿化覆盖率',
  unit: '%',
  attribute: 'binding',
  kind: 'level_min',
  target: { value: 30 },
  targetHistory: [{ from: 2023, target: { value: 28 }, note: '区人大常委会决定' }],
};

describe('the target in force (SPEC §2.9)', () => {
  it.each([
    [2021, 30, false],
    [2022, 30, false],
    [2023, 28, true],
    [2025, 28, true],
  ])('as of %i the target is %i (revised: %s)', (year, value, revised) => {
    const r = targetInForce(base, year);
    expect(r.target?.value).toBe(value);
    expect(r.revision !== undefined).toBe(revised);
  });

  it('the engine evaluates with the same target in force', () => {
    const obs = [
      { year: 2020, value: 26 },
      { year: 2022, value: 27.5 },
    ];
    const as2022 = evaluateIndicator(base, obs, { asOfYear: 2022 });
    const as2023 = evaluateIndicator(base, obs, { asOfYear: 2023 });
    expect(as2022.ok && as2022.assessment.flags).not.toContain('TARGET_REVISED');
    expect(as2023.ok && as2023.assessment.flags).toContain('TARGET_REVISED');
  });

  it.each([
    [{ from: 2024, target: { value: 27 } }, { ok: true }],
    [
      { from: 2023, target: { value: 27 } },
      { ok: false, reason: 'NOT_AFTER_LATEST', latest: 2023 },
    ],
    [
      { from: 2020, target: { value: 27 } },
      { ok: false, reason: 'OUTSIDE_PERIOD' },
    ],
    [
      { from: 2026, target: { value: 27 } },
      { ok: false, reason: 'OUTSIDE_PERIOD' },
    ],
    [
      { from: 2024, target: {} },
      { ok: false, reason: 'EMPTY_TARGET' },
    ],
  ])('appending %j → %j', (revision, expected) => {
    const r = appendRevision(base.targetHistory, revision, { baseYear: 2020, targetYear: 2025 });
    expect(r.ok ? { ok: true } : r).toEqual(expected);
    if (r.ok) expect(r.history).toHaveLength(2);
  });
});

describe('link suggestions', () => {
  it.each([
    ['地区生产总值年均增长', '地区生产总值年均增长（%）', 1],
    ['城镇化率', '常住人口城镇化率', 0.8],
    ['ＰＭ2.5平均浓度', 'pm2.5平均浓度', 1],
    ['单位GDP能耗降低', '地区生产总值增长', 0],
  ])('name similarity of %s and %s is %d', (a, b, s) => expect(nameSimilarity(a, b)).toBeCloseTo(s, 2));

  it.each([
    ['%', '％', 1],
    ['亿元', '万元', 0.5],
    ['', '亿元', 0.5],
    ['%', '亿元', 0],
  ])('unit %s vs %s agrees %d', (a, b, s) => expect(unitAgreement(a, b)).toBe(s));

  it('explains its score by its parts', () => {
    const s = scoreLink(
      { id: 'd1', name: '城镇化率', unit: '%', attribute: 'expected' },
      { id: 'c1', name: '常住人口城镇化率', unit: '％', attribute: 'binding' },
    );
    expect(s).toEqual({ upperId: 'c1', score: 0.76, name: 0.8, unit: 1, attribute: 0 });
  });

  it('proposes the best upper indicators per lower one, best first, none below the threshold', () => {
    const upper = [
      { id: 'c-gdp', name: '地区生产总值增长', unit: '%', attribute: 'expected' as const },
      { id: 'c-green', name: '建成区绿化覆盖率', unit: '%', attribute: 'binding' as const },
      { id: 'c-retail', name: '社会消费品零售总额增长', unit: '%', attribute: 'expected' as const },
    ];
    const lower = [
      { id: 'd-gdp', name: '地区生产总值年均增速', unit: '%', attribute: 'expected' as const },
      { id: 'd-green', name: '绿化覆盖率', unit: '%', attribute: 'binding' as const },
      { id: 'd-x', name: '4A级景区数量', unit: '个', attribute: 'expected' as const },
    ];
    const out = suggestLinks(lower, upper);
    expect(out.map((s) => [s.lowerId, s.candidates[0]?.upperId])).toEqual([
      ['d-gdp', 'c-gdp'],
      ['d-green', 'c-green'],
      ['d-x', undefined],
    ]);
  });
});

describe('达市标准', () => {
  it.each([
    ['达市标准', true],
    ['达到市定标准', true],
    ['完成市下达任务', true],
    ['符合国家要求', true],
    ['≥30', false],
    [null, false],
  ])('%s is an upper standard: %s', (text, expected) => expect(isUpperStandardTarget(text)).toBe(expected));

  const upper: IndicatorDef = { ...base, id: 'c', targetHistory: undefined, naturalLimit: 100 };

  it('resolves from the linked upper indicator', () => {
    const r = resolveLinkedTarget({ upper, upperPlan: '市纲要' }, 'link');
    expect(r).toEqual({
      ok: true,
      source: 'link',
      linked: {
        sourcePlan: '市纲要',
        note: 'link',
        resolved: { kind: 'level_min', target: { value: 30 }, naturalLimit: 100 },
      },
    });
  });

  it('a quota wins over the link, and carries its document', () => {
    const r = resolveLinkedTarget({
      upper,
      quota: { target: { value: 33 }, documentNo: '洪府发〔2021〕12号' },
    });
    expect(r.ok && r.source).toBe('quota');
    expect(r.ok && r.linked.sourcePlan).toBe('洪府发〔2021〕12号');
    expect(r.ok && r.linked.resolved?.target).toEqual({ value: 33 });
  });

  it.each([
    [{}, 'NO_SOURCE'],
    [{ quota: { target: { value: 1 }, documentNo: 'x' } }, 'NO_KIND'],
    [{ upper: { kind: 'linked' as const, linked: { sourcePlan: 'p', note: '' } } }, 'UPPER_UNRESOLVED'],
  ])('%j cannot resolve: %s', (input, reason) => {
    expect(resolveLinkedTarget(input)).toEqual({ ok: false, reason });
  });

  it('the resolved definition is evaluated by the engine', () => {
    const r = resolveLinkedTarget({ upper });
    if (!r.ok) throw new Error('unresolved');
    const district: IndicatorDef = {
      id: 'd',
      nameZh: '绿化覆盖率',
      unit: '%',
      attribute: 'binding',
      kind: 'linked',
      linked: r.linked,
    };
    const e = evaluateIndicator(
      district,
      [
        { year: 2020, value: 31 },
        { year: 2022, value: 31.5 },
      ],
      { asOfYear: 2022 },
    );
    expect(e.ok && e.assessment.flags).toContain('LINKED_RESOLVED');
    expect(e.ok && e.assessment.status).toBe('ACHIEVED');
  });
});

const ind = (id: string, name: string, unit: string, def: Partial<IndicatorDef>): CheckedIndicator => ({
  id,
  name,
  unit,
  def: { id, nameZh: name, unit, attribute: 'expected', kind: 'level_min', ...def },
});

describe('consistency', () => {
  const lower = {
    planId: 'pA',
    government: '甲区',
    indicators: [
      ind('a-green', '绿化覆盖率', '%', { target: { value: 28 } }),
      ind('a-gdp', '地区生产总值增长', '%', { kind: 'growth_rate', target: { lo: 7 } }),
      ind('a-pm', 'PM2.5浓度', '微克/立方米', { kind: 'level_max', target: { value: 35 } }),
    ],
    items: [{ id: 'a-item', implements: ['c-task-1'] }],
  };
  const upper = {
    planId: 'pC',
    indicators: [
      ind('c-green', '建成区绿化覆盖率', '%', { attribute: 'binding', target: { value: 30 } }),
      ind('c-water', '地表水优良比例', '%', { attribute: 'binding', target: { value: 90 } }),
      ind('c-gdp', '地区生产总值增长', '%', { kind: 'growth_rate', target: { lo: 6.5 } }),
    ],
    tasks: [
      { id: 'c-task-1', title: '老旧小区改造', assignedDown: true },
      { id: 'c-task-2', title: '海绵城市建设', assignedDown: true },
      { id: 'c-task-3', title: '市级机场扩建', assignedDown: false },
    ],
  };
  const findings = checkConsistency({
    lower,
    upper,
    links: [
      { lowerId: 'a-green', upperId: 'c-green' },
      { lowerId: 'a-gdp', upperId: 'c-gdp' },
    ],
    quotas: [
      { lowerId: 'a-green', target: { value: 30 }, documentNo: '市文〔2021〕1号' },
      { lowerId: 'a-gdp', target: { lo: 6.5 }, documentNo: '市文〔2021〕1号' },
      { lowerId: 'a-pm', target: { value: 33 }, documentNo: '市文〔2021〕2号' },
    ],
    year: 2023,
  });

  it.each([
    ['WEAKER_THAN_QUOTA', 'a-green'],
    ['WEAKER_THAN_QUOTA', 'a-pm'],
    ['BINDING_WITHOUT_COUNTERPART', 'c-water'],
    ['TASK_WITHOUT_ITEM', 'c-task-2'],
  ])('finds %s on %s', (code, subject) => {
    expect(findings.some((f) => f.code === code && f.subjectId === subject)).toBe(true);
  });

  it('finds nothing else (a stronger target, a linked binding one, an implemented or unassigned task)', () => {
    expect(findings).toHaveLength(4);
    const weaker = findings.find((f) => f.subjectId === 'a-green')!;
    expect(weaker.reason).toBe('甲区指标“绿化覆盖率”的目标28%弱于上级下达的30%（市文〔2021〕1号）。');
    expect(weaker.key).toBe('WEAKER_THAN_QUOTA:a-green:30:28');
  });

  it.each([
    [ind('x', '地区生产总值', '亿元', { scale: 'amount', target: { value: 1000 } }), true],
    [ind('x', '常住人口', '万人', { target: { value: 50 } }), true],
    [ind('x', '4A级景区', '个', { kind: 'count', target: { value: 3 } }), true],
    [ind('x', '城镇化率', '%', { target: { value: 70 } }), false],
    [ind('x', '人均可支配收入', '元', { target: { value: 7e4 } }), false],
    [ind('x', '地区生产总值增长', '%', { kind: 'growth_rate', target: { lo: 7 } }), false],
  ])('additive: %j → %s', (i, expected) => expect(isAdditive(i)).toBe(expected));

  it.each([
    [[400, 500], 0, true],
    [[400, 600], 0, false],
    [[400], 1, false],
  ])('districts %j (missing %i) short of 1000: %s', (values, missing, short) => {
    const r = aggregateShortfall({
      upper: ind('c-gdp-amt', '地区生产总值', '亿元', { target: { value: 1000 } }),
      upperGovernment: '某市',
      lowerTargets: values.map((value, i) => ({ government: `区${i}`, value })),
      missing,
      year: 2023,
    });
    expect(r !== null).toBe(short);
  });
});

describe('plan access by government', () => {
  const parents: Record<string, string | null> = { province: null, city: 'province', a: 'city', b: 'city' };
  const parentOf = (g: string) => parents[g] ?? null;
  it.each([
    ['a', 'a', 'edit'],
    ['b', 'a', 'public'],
    ['city', 'a', 'read'],
    ['province', 'b', 'read'],
    ['a', 'city', 'public'],
    [null, 'a', 'edit'],
    ['a', null, 'edit'],
  ])('staff of %s on a plan of %s: %s', (caller, plan, expected) => {
    expect(planAccess(caller, plan, parentOf)).toBe(expected);
  });
});
