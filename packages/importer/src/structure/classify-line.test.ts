import { describe, expect, it } from 'vitest';
import { classifyLine, type LineContext } from './classify-line.ts';
import type { TocChapter } from './toc-match.ts';

/** A context in a 章/节 document inside an open section; each case overrides what it needs. */
const ctx = (o: Partial<LineContext> = {}): LineContext => ({
  scheme: 'full',
  mode: 'body',
  boxHasProjects: false,
  boxProjectOpen: false,
  prev: null,
  prevCut: false,
  nextCut: false,
  lastPage: 0,
  hasChapter: true,
  hasSection: true,
  hasItem: false,
  itemKind: null,
  lastWasParagraph: false,
  next: null,
  nextNo: () => 1,
  tocChapterFor: () => null,
  tocSectionFor: () => null,
  ...o,
});
const kindOf = (text: string, o: Partial<LineContext> = {}) => classifyLine({ text }, ctx(o)).kind;

describe('classifyLine', () => {
  describe('rule annexStart: 附件, 附表 and 附录 after the body start an annex', () => {
    it.each([
      ['附件', true, 'annex'],
      ['附件1：名词解释', true, 'annex'],
      ['附件2 名词解释', true, 'annex'],
      ['附表', true, 'annex'],
      ['附录 指标解释', true, 'annex'],
      // Before the first chapter (a cover's attachment list) and in sentences, it is not.
      ['附件', false, 'text'],
      ['附件中所列项目由区发展改革委统筹调度。', true, 'text'],
    ])('%s (after a chapter: %s) → %s', (text, hasChapter, kind) => {
      expect(kindOf(text, { hasChapter, hasSection: false })).toBe(kind);
    });

    it('should read only tables and 专栏 in an annex: its 一、 are notes', () => {
      expect(kindOf('一、指标解释', { mode: 'annex', scheme: 'flat', nextNo: () => 1 })).toBe('text');
      expect(kindOf('专栏1 主要指标', { mode: 'annex' })).toBe('heading');
    });
  });

  describe('rule hardWrappedLine: a line after one cut at the wrap width continues its sentence', () => {
    it.each([
      ['四，比一九九○年提高四和五个百分点', true, 'text'],
      ['三、宏观调控目标和政策', true, 'text'],
      ['（三）加快发展现代服务业', true, 'text'],
      ['节机制，重视发挥慈善等第三次分配作用，', true, 'text'],
      // The next number at its level stays a heading even after a cut line.
      ['二、宏观调控目标和政策', true, 'heading'],
      ['（二）加快发展现代服务业', true, 'heading'],
      // After a line that ended where its author ended it, the same lines are headings.
      ['三、宏观调控目标和政策', false, 'heading'],
      ['（二）加快发展现代服务业', false, 'heading'],
    ])('%s after a cut line: %s → %s', (text, prevCut, kind) => {
      expect(
        kindOf(text, { prevCut, scheme: 'flat', hasChapter: true, hasSection: false, nextNo: () => 2 }),
      ).toBe(kind);
    });
  });

  describe('rule pageFooter: page numbers of PDF text, between paragraphs and inside TOCs', () => {
    it.each([
      ['— 3 —', 'pageNumber'],
      ['27', 'pageNumber'],
      ['第 3 页 共 20 页', 'pageNumber'],
      ['3/20', 'pageNumber'],
      ['II', 'pageNumber'],
      ['I I', 'pageNumber'],
      ['2025年', 'text'],
      ['III类水体比例达到80%。', 'text'],
    ])('should read %s as %s', (text, kind) => {
      expect(kindOf(text)).toBe(kind);
    });
    it.each([
      ['27', 0, 'tableRow'],
      ['27', 26, 'pageNumber'],
      ['— 27 —', 0, 'pageNumber'],
    ])('should read %s inside a text table, after page %i, as %s', (text, lastPage, kind) => {
      expect(kindOf(text, { mode: 'textTable', lastPage })).toBe(kind);
    });
  });

  describe('rule realTable: HTML and .docx tables', () => {
    it.each([
      [[['指标', '单位', '2025年']], true],
      [[['项目', '内容']], false],
    ])('should tell an indicator table from %j', (table, indicators) => {
      expect(classifyLine({ text: '', table }, ctx())).toEqual({ kind: 'realTable', indicators });
    });
  });

  describe('rule textTable: a flattened table runs until a heading or a paragraph', () => {
    it.each([
      ['地区生产总值', 'tableRow'],
      ['预期性', 'tableRow'],
      ['属 性', 'tableRow'],
      ['第二章 发展目标', 'endTable'],
      ['二、主要任务', 'endTable'],
      ['专栏2 重大项目', 'endTable'],
      [
        '到2025年，全区经济总量迈上新台阶，产业结构更加优化，城乡区域发展更加协调，人民生活水平显著提高，生态环境持续改善。',
        'endTable',
      ],
    ])('should read %s as %s', (text, kind) => {
      expect(kindOf(text, { mode: 'textTable' })).toBe(kind);
    });
  });

  describe('rule projectBox: numbered projects of a 专栏', () => {
    it('should split a project into its name and description', () => {
      expect(classifyLine({ text: '1.城市更新工程。改造老旧小区30个' }, ctx({ mode: 'box' }))).toEqual({
        kind: 'boxProject',
        no: 1,
        name: '城市更新工程',
        description: '改造老旧小区30个',
      });
    });
    it.each([
      ['以下项目由区发改委牵头。', false, 'boxIntro'],
      ['改造雨污管网', true, 'boxText'],
      ['第三节 推进城市更新', true, 'endBox'],
      [
        '全面推进城市更新，加快补齐基础设施短板，提升城市功能品质和宜居水平，建设人民满意城市。',
        true,
        'endBox',
      ],
    ])('should read %s (projects started: %s) as %s', (text, boxHasProjects, kind) => {
      expect(kindOf(text, { mode: 'box', boxHasProjects })).toBe(kind);
    });
  });

  describe('rule sectionLostNumber: section headings whose ordinal was dropped or misread', () => {
    it.each([
      ['节 推进数字经济', '推进数字经济'],
      ['第节造林和育林', '造林和育林'],
      ['第=节中等专业学校', '中等专业学校'],
    ])('should read %s as a section titled %s', (text, title) => {
      expect(classifyLine({ text }, ctx())).toEqual({ kind: 'sectionLostNumber', title });
    });
    it('should not look for 节 in a document without 节', () => {
      expect(kindOf('节 推进数字经济', { scheme: 'flat' })).toBe('text');
    });
  });

  describe('rule generalProvisions: an unnumbered 总则 before 第一章 (special plans)', () => {
    it.each([
      ['总则', 'generalProvisions'],
      ['总 则', 'generalProvisions'],
      ['总则部分的规定', 'text'],
    ])('should read %s as %s', (text, kind) => {
      expect(kindOf(text)).toBe(kind);
    });
    it('should leave 总则 to the text in a document numbered 一、/（一）', () => {
      expect(kindOf('总则', { scheme: 'flat' })).toBe('text');
    });
  });

  describe('rule numberedHeading: markers at the level the document gives them', () => {
    it.each([
      ['第一篇 指导方针和目标', 'full', 'part'],
      ['第二编 各经济部门发展计划', 'full', 'part'],
      ['第三章 发展目标', 'full', 'chapter'],
      ['第二节 主要任务', 'full', 'section'],
      ['一、加快发展', 'full', 'item'],
      ['一、加快发展', 'chapterOnly', 'section'],
      ['一、加快发展', 'flat', 'chapter'],
      ['（一）经济增长速度', 'flat', 'section'],
      ['27三、优化营商环境', 'flat', 'chapter'],
      ['专栏3 重大项目', 'full', 'box'],
    ] as const)('should read %s in a %s document as a %s', (text, scheme, level) => {
      const action = classifyLine({ text }, ctx({ scheme }));
      expect(action.kind === 'heading' && action.level).toBe(level);
    });
    it('should not take 1. for an item before any section is open', () => {
      expect(kindOf('1.加快发展', { scheme: 'flat', hasSection: false })).toBe('text');
    });
  });

  describe('rule headingAfterSentence: a heading glued to the end of the previous paragraph', () => {
    it.each([
      ['居民收入增长与经济增长同步，城镇化率提高到45%。四、推进科技创新', 4, 25],
      ['居民收入增长与经济增长同步，城镇化率提高到45%。九、推进科技创新', 4, null],
    ])('should split %s when the next chapter is %i', (text, next, at) => {
      const action = classifyLine({ text }, ctx({ scheme: 'flat', nextNo: () => next }));
      expect(action.kind === 'splitAt' ? action.at : null).toBe(at);
    });
  });

  describe('rule tocHeadingWithoutPrefix: a heading that lost 第X章 but matches the TOC', () => {
    const entry: TocChapter = {
      entry: { kind: 'chapter', no: 3, title: '建设现代产业体系', page: 12, line: 20 },
      sections: [],
      used: false,
      usedSections: new Set(),
    };
    it.each([
      ['建设现代产业体系', 3, 'tocChapter'],
      ['建设现代产业体系。加快发展', 3, 'text'],
      ['――建设现代产业体系', 3, 'text'],
      ['建设现代产业体系', 5, 'text'],
    ])('should read %s, when chapter %i comes next, as %s', (text, next, kind) => {
      expect(kindOf(text, { tocChapterFor: () => entry, nextNo: () => next })).toBe(kind);
    });
  });

  describe('rule tableCaption: the caption before a text table', () => {
    it.each([
      ['表1 “十四五”时期经济社会发展主要指标', 'tableCaption'],
      ['附表 主要指标', 'tableCaption'],
      ['表1 重大项目', 'text'],
    ])('should read %s as %s', (text, kind) => {
      expect(kindOf(text)).toBe(kind);
    });
  });

  describe('rule unnumberedItem: an item that lost its 二、 between paragraphs', () => {
    const after = {
      hasItem: true,
      itemKind: 'cn' as const,
      lastWasParagraph: true,
      next: '坚持创新驱动，加快培育发展新动能，推动产业链现代化水平明显提升。',
    };
    it.each([
      ['加快数字化发展', after, 'unnumberedItem'],
      ['加快数字化发展', { ...after, lastWasParagraph: false }, 'text'],
      ['加快数字化发展，', after, 'text'],
      ['加快数字化发展', { ...after, next: '二、推进改革' }, 'text'],
    ])('should read %s in context %j as %s', (text, o, kind) => {
      expect(kindOf(text, o)).toBe(kind);
    });
  });
});
