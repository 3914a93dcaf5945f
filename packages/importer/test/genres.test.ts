/** Genres other than the outline (纲要): how their numbering maps onto parts, chapters, sections and items. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../src/index.ts';

const PROPOSAL = readFileSync(join(import.meta.dirname, 'fixtures/proposal-excerpt.txt'));

describe('parsePlan on the CPC proposal genre (建议)', () => {
  const { draft, diagnostics } = parsePlan(PROPOSAL);

  it('should take a title ending in 建议 and its period', () => {
    expect(draft.title).toBe('中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议');
    expect(draft.period).toMatchObject({ start: 2021, end: 2025 });
    expect(diagnostics.map((d) => d.code)).not.toContain('no_title');
  });

  it('should read 一、 as parts and the articles numbered on across them as chapters', () => {
    expect(draft.parts.map((p) => p.title)).toEqual([
      '全面建成小康社会，开启全面建设社会主义现代化国家新征程',
      '“十四五”时期经济社会发展指导方针和主要目标',
      '坚持创新驱动发展，全面塑造发展新优势',
    ]);
    expect(draft.chapters.map((c) => [c.no, c.part])).toEqual(
      [1, 1, 1, 2, 2, 2, 3, 3, 3, 3].map((part, i) => [i + 1, part]),
    );
    expect(draft.chapters[6]!.title).toBe('强化国家战略科技力量');
  });
});

describe('parsePlan on 一、 headings with lists that start again at 1', () => {
  const text = [
    '某县生态环境保护规划',
    '一、发展基础',
    '1．环境质量持续改善。全县空气质量优良天数比例逐年提高。',
    '2．污染防治成效明显。重点行业完成超低排放改造。',
    '二、主要任务',
    '1．深入打好蓝天保卫战。推进工业炉窑综合治理。',
    '2．深入打好碧水保卫战。加强饮用水水源地保护。',
    '三、保障措施',
    '1．加强组织领导。建立健全工作机制。',
    '2．强化资金保障。加大财政投入力度。',
  ].join('\n');

  it('should keep 一、 as chapters: lists under each heading are not articles of a proposal', () => {
    const { draft } = parsePlan(text);
    expect(draft.parts).toEqual([]);
    expect(draft.chapters.map((c) => c.title)).toEqual(['发展基础', '主要任务', '保障措施']);
  });
});

describe('parsePlan on a document that is only an indicator table (an annex, an excerpt)', () => {
  const national = readFileSync(join(import.meta.dirname, 'fixtures/national-style.txt'), 'utf8');
  const table = national.split('\n').slice(21, 31).join('\n');

  it('should read the table and warn that there is no outline, without an error', () => {
    const { draft, diagnostics } = parsePlan(table);
    expect(draft.indicators).toHaveLength(6);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.find((d) => d.code === 'tables_without_outline')?.params).toEqual({
      indicators: 6,
      boxes: 1,
    });
  });
});

describe('parsePlan on a plan followed by an annex (附件)', () => {
  const example = readFileSync(
    join(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'),
    'utf8',
  );
  const national = readFileSync(join(import.meta.dirname, 'fixtures/national-style.txt'), 'utf8').split('\n');
  const outlineOf = (text: string) =>
    parsePlan(text).draft.chapters.map((c) => [c.title, c.sections.map((s) => s.items.length)]);

  it('should keep the annex’s numbered notes out of the last section', () => {
    const annex = [
      '',
      '附件',
      '一、指标解释',
      '城镇化率：指城镇常住人口占总人口的比重。',
      '二、名词解释',
      '“两新一重”：新型基础设施建设等。',
    ];
    const { diagnostics } = parsePlan(example + annex.join('\n'));
    expect(outlineOf(example + annex.join('\n'))).toEqual(outlineOf(example));
    expect(diagnostics.find((d) => d.code === 'annex_found')?.params).toEqual({ title: '附件' });
  });

  it('should still read the indicator table printed in an annex, and end it at the next annex', () => {
    const body = [...national.slice(0, 21), ...national.slice(31)];
    const text = [
      ...body,
      '',
      '附表',
      '',
      ...national.slice(21, 31),
      '',
      '附件2 名词解释',
      '一、新型举国体制',
      '指集中力量办大事。',
    ];
    const { draft } = parsePlan(text.join('\n'));
    expect(draft.indicators.map((i) => i.name)).toHaveLength(6);
    expect(draft.chapters.map((c) => c.title)).toEqual(
      parsePlan(body.join('\n')).draft.chapters.map((c) => c.title),
    );
  });
});
