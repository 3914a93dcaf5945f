import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { parsePlan, DOCX_MAX_XML_BYTES } from '../src/index.ts';
import { buildDocx } from './docx-builder.ts';

describe('parsePlan on Word .docx files', () => {
  const docx = buildDocx([
    '某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    '某区人民政府',
    { numbered: 'chapter', text: '总体要求' },
    '第一节 发展目标',
    { numbered: 'item', text: '经济发展' },
    '到2025年，地区生产总值年均增长6.5%。',
    { numbered: 'item', text: '民生改善' },
    '专栏1 主要指标',
    {
      table: [
        ['类别', '指标', '2020年', '2025年', '属性'],
        ['经济发展', '地区生产总值增速(%)', '3.5', '6.5', '预期性'],
        ['', '常住人口城镇化率(%)', '60', '65', '约束性'],
      ],
    },
    { numbered: 'chapter', text: '保障措施' },
    '第一节 加强组织领导',
  ]);
  const { draft, diagnostics, format } = parsePlan(docx);

  it('should read paragraphs and restore Word automatic numbering (第%1章, %1、)', () => {
    expect(format).toBe('docx');
    expect(draft.title).toBe('某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    expect(draft.chapters.map((c) => [c.no, c.title])).toEqual([
      [1, '总体要求'],
      [2, '保障措施'],
    ]);
    expect(draft.chapters[0]?.sections[0]?.items.map((i) => [i.no, i.title])).toEqual([
      [1, '经济发展'],
      [2, '民生改善'],
    ]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('should read Word tables as tables, the empty category cell inheriting the one above', () => {
    expect(
      draft.indicators.map((i) => [i.category, i.name, i.previousPeriod, i.target, i.attribute]),
    ).toEqual([
      ['经济发展', '地区生产总值增速', '3.5', '6.5', '预期性'],
      ['经济发展', '常住人口城镇化率', '60', '65', '约束性'],
    ]);
  });

  it('should read a 专栏 box set in a one-cell table as a box with its projects, and show it in the source', () => {
    const boxed = parsePlan(
      buildDocx([
        '某区国民经济和社会发展第十四个五年规划纲要',
        { numbered: 'chapter', text: '产业发展' },
        '第一节 打造现代服务业示范区',
        '推进服务业提质增效。',
        {
          box: [
            '专栏2 产业转型升级项目',
            '1.商贸综合体建设项目。包括大悦城、绿地中心等商业综合体。',
            '2.文化广场项目。集主题酒店、影视城于一体。',
          ],
        },
        '第二节 加快推进镇村经济发展',
      ]),
    );
    expect(boxed.draft.boxes.map((b) => [b.no, b.title, b.chapter, b.projects.map((p) => p.name)])).toEqual([
      [2, '产业转型升级项目', 1, ['商贸综合体建设项目', '文化广场项目']],
    ]);
    expect(boxed.sourceText?.split('\n')).toContain('2.文化广场项目。集主题酒店、影视城于一体。');
  });

  it('should refuse a part that would inflate beyond the limit (a zip bomb) with one diagnostic', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(DOCX_MAX_XML_BYTES + 1) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1_000_000);
    const result = parsePlan(bomb);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['docx_too_large']);
  });

  it('should name a Word package without its document part', () => {
    const result = parsePlan(zipSync({ 'word/styles.xml': strToU8('<x/>') }));
    expect(result.diagnostics[0]?.params.reason).toContain('word/document.xml');
  });
});
