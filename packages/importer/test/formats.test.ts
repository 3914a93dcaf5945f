import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parsePlan } from '../src/index.ts';
import { fixture, scoreImport } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('parsePlan across layouts and encodings', () => {
  it.each([
    ['national-style.txt', 'national-style.expected.json'],
    ['county-glued.txt', 'county-glued.expected.json'],
    ['county-glued.gbk.txt', 'county-glued.expected.json'],
    ['county-glued.utf16le.txt', 'county-glued.expected.json'],
    ['county-glued.utf16be-nobom.txt', 'county-glued.expected.json'],
  ])('should read %s as its expected outline', (file, expected) => {
    expect(scoreImport(fixture(file), join(FIXTURES, expected))).toBeGreaterThanOrEqual(0.98);
  });

  it('should drop running page headers and page numbers of text copied from a PDF', () => {
    const title = '某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';
    const text = [
      title,
      '第一章 总体要求',
      '第一节 发展目标',
      '一、经济目标',
      '到2025年，地区生产总值年均增长6%左右，',
      '— 3 —',
      title,
      '城乡居民收入稳步增长。',
      '二、社会目标',
      '社会事业全面进步。',
    ].join('\n');
    const { draft, diagnostics } = parsePlan(Buffer.from(text));
    const item = draft.chapters[0]!.sections[0]!.items[0]!;
    expect(item.text).not.toContain(title);
    expect(item.text).toContain('城乡居民收入稳步增长');
    expect(diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['running_header_dropped', 'page_numbers_dropped']),
    );
  });

  it("should take the period from a special plan's short title and split dotted TOC leaders from page numbers", () => {
    const text = [
      '某县“十四五”生态环境保护规划',
      '目　录',
      '第一章　规划背景……………………1',
      '第一节　工作成效…………………1',
      '第二章　总体要求……………………5',
      '第一章　规划背景',
      '第一节　工作成效',
      '空气质量持续改善。',
      '第二章　总体要求',
      '到2025年，森林覆盖率达到65%以上。',
    ].join('\n');
    const { draft } = parsePlan(Buffer.from(text));
    expect(draft.period).toEqual({ start: 2021, end: 2025, vision: null });
    expect(draft.chapters.map((c) => [c.no, c.title, c.tocPage])).toEqual([
      [1, '规划背景', 1],
      [2, '总体要求', 5],
    ]);
    expect(draft.proseTargets[0]).toMatchObject({ value: 65, unit: '%', year: 2025 });
  });

  it('should not take the tail of a wrapped line for an item that lost its number', () => {
    const text = [
      '某县国民经济和社会发展第十四个五年规划纲要',
      '第一章 总体要求',
      '第一节 发展目标',
      '一、经济目标',
      '全面推进产业转型升级，加快构建现代产业体系和现代化经济',
      '体系建设',
      '全面完成各项目标任务，确保经济社会持续健康发展取得新成效。',
      '二、社会目标',
      '社会事业全面进步。',
    ].join('\n');
    const { draft } = parsePlan(Buffer.from(text));
    expect(draft.chapters[0]!.sections[0]!.items.map((i) => i.title)).toEqual(['经济目标', '社会目标']);
    expect(draft.chapters[0]!.sections[0]!.items[0]!.text).toContain('现代化经济体系建设');
  });

  it('should find growth and ceiling targets stated in the main-goals prose, and no past figure', () => {
    const text = [
      '某市国民经济和社会发展第十四个五年规划纲要',
      '第一章 发展目标',
      '第一节 主要目标',
      '——经济发展取得新成效。地区生产总值年均增长6.5%左右，一般公共预算收入年均增长5%。',
      '——民生福祉达到新水平。城镇新增就业每年保持在1.2万人以上，城镇调查失业率控制在5.5%以内。',
      '第二节 发展基础',
      '2020年全市地区生产总值达到1200亿元，比上年增长3.5%。',
    ].join('\n');
    const { draft } = parsePlan(Buffer.from(text));
    expect(draft.proseTargets.map((t) => [t.value, t.unit])).toEqual([
      [6.5, '%'],
      [5, '%'],
      [1.2, '万人'],
      [5.5, '%'],
    ]);
    expect(draft.baselines.map((b) => [b.metric, b.value, b.year])).toEqual([['地区生产总值', 1200, 2020]]);
  });

  it('should read 第X部分 as parts, like 第X篇', () => {
    const text = [
      '某省国民经济和社会发展第十四个五年规划纲要',
      '第一部分 发展基础',
      '第一章 发展成就',
      '第一节 经济发展',
      '一、总量增长',
      '第二部分 主要任务',
      '第二章 创新驱动',
      '第一节 科技创新',
      '一、平台建设',
    ].join('\n');
    const { draft } = parsePlan(Buffer.from(text));
    expect(draft.parts.map((p) => p.title)).toEqual(['发展基础', '主要任务']);
    expect(draft.chapters.map((c) => [c.no, c.part])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('should say which encoding it detected', () => {
    const { diagnostics } = parsePlan(fixture('county-glued.gbk.txt'));
    expect(diagnostics.find((d) => d.code === 'encoding_detected')?.params.encoding).toBe('GB18030');
  });

  it('should read a UTF-8 file with a BOM like one without', () => {
    const plain = fixture('county-glued.txt');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    expect(parsePlan(withBom).draft).toEqual(parsePlan(plain).draft);
  });

  it('should normalise full-width digits, CRLF, form feeds and odd spaces', () => {
    const text =
      '某县“十四五”规划\r\n第一章\u3000总体要求\f\n第一节\u2002发展目标\r\n一、目标。到２０２５年，森林覆盖率达到６５．５％。\r\n';
    const { draft } = parsePlan(Buffer.from(text));
    expect(draft.chapters[0]?.title).toBe('总体要求');
    expect(draft.chapters[0]?.sections[0]?.title).toBe('发展目标');
    expect(draft.proseTargets[0]).toMatchObject({ value: 65.5, unit: '%', year: 2025 });
  });

  describe('an HTML page from a government site', () => {
    const { draft, diagnostics } = parsePlan(fixture('city-page.html'));

    it('should drop navigation, scripts and footer and keep the plan', () => {
      expect(draft.title).toBe('某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
      expect(draft.chapters.map((c) => c.title)).toEqual(['发展基础', '主要目标']);
      expect(JSON.stringify(draft)).not.toContain('导航里的假标题');
      expect(JSON.stringify(draft)).not.toContain('不应出现');
    });

    it('should read the HTML table as a table, categories spanning rows', () => {
      expect(
        draft.indicators.map((i) => [i.category, i.name, i.unit, i.previousPeriod, i.target, i.attribute]),
      ).toEqual([
        ['经济发展', '地区生产总值增长', '%', '3.8', '6左右', '预期性'],
        ['经济发展', '研发经费投入强度', '%', '1.9', '2.5', '预期性'],
        ['民生福祉', '城镇调查失业率', '%', null, '<5.5', '预期性'],
        ['民生福祉', '每千人口拥有执业（助理）医师数', '人', '2.6', '3.2', '预期性'],
        ['绿色生态', '单位地区生产总值能源消耗降低', '%', null, '完成省下达任务', '约束性'],
      ]);
      expect(draft.indicators[4]?.targetSpec).toEqual({
        op: 'linked',
        sourcePlan: '省',
        note: '完成省下达任务',
      });
    });

    it('should point diagnostics at lines of the HTML source', () => {
      expect(diagnostics.every((d) => d.line >= 0 && d.line <= 60)).toBe(true);
      expect(draft.baselines.map((b) => b.value)).toEqual([3050.6, 42816]);
    });
  });

  it('should read a two-level table header (目标值 over 2020年 | 2025年)', () => {
    const html = `<html><body><h1>某市国民经济和社会发展第十四个五年规划纲要</h1><p>第一章 总体要求</p><p>第一节 主要指标</p><p>专栏1 主要指标</p>
      <table><tr><th rowspan="2">类别</th><th rowspan="2">指标</th><th rowspan="2">单位</th><th colspan="2">目标值</th><th rowspan="2">属性</th></tr>
      <tr><th>2020年</th><th>2025年</th></tr>
      <tr><td rowspan="2">经济</td><td>地区生产总值增长</td><td>%</td><td>3.5</td><td>6左右</td><td>预期性</td></tr>
      <tr><td>研发经费投入强度</td><td>%</td><td>2.1</td><td>2.8</td><td>预期性</td></tr></table></body></html>`;
    const { draft } = parsePlan(Buffer.from(html));
    expect(draft.indicators.map((i) => [i.category, i.name, i.previousPeriod, i.target])).toEqual([
      ['经济', '地区生产总值增长', '3.5', '6左右'],
      ['经济', '研发经费投入强度', '2.1', '2.8'],
    ]);
  });

  it('should detect the format from the content, not the name', () => {
    const html = fixture('city-page.html');
    // Same bytes, whatever a file name would have said: the importer never sees one.
    expect(parsePlan(html).format).toBe('html');
    expect(parsePlan(fixture('county-glued.txt')).format).toBe('text');
  });
});

describe('parsePlan on bad input', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'empty_input'],
    ['only white space', Buffer.from(' \n\t\r\n '), 'empty_input'],
    [
      'a PNG image',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      'binary_input',
    ],
    [
      'a PDF',
      Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\x00\x01\x02', 'latin1'),
      'pdf_unreadable',
    ],
    [
      'a zip that is not a Word file',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
      'docx_unreadable',
    ],
  ])('should give one clear diagnostic for %s', (_name, bytes, code) => {
    const { draft, diagnostics } = parsePlan(bytes);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([code]);
    expect(draft.chapters).toEqual([]);
  });

  it('should say so when a text has no outline at all', () => {
    const { diagnostics } = parsePlan(Buffer.from('这是一封普通的信。\n没有任何章节。\n'));
    expect(diagnostics.map((d) => d.code)).toContain('no_structure');
  });
});
