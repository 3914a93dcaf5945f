import { describe, expect, it } from 'vitest';
import type { PdfPage, TextRun, VisualLine } from '../src/index.ts';
import { visualLines } from '../src/visual-lines.ts';
import { findFurniture } from '../src/page-furniture.ts';
import { paragraphs, type NumberedLine } from '../src/paragraphs.ts';

const run = (str: string, x: number, y: number, size = 12): TextRun => ({
  str,
  x,
  y,
  width: str.trim() ? [...str].length * size * (/^[\x20-\x7e]+$/.test(str) ? 0.5 : 1) : size * 0.25,
  size: str.trim() ? size : 0,
});
const page = (runs: TextRun[], number = 1): PdfPage => ({
  number,
  width: 595,
  height: 842,
  runs,
  hasImage: false,
});
const line = (text: string, y: number, page = 1, x = 71, size = 12): VisualLine => ({
  text,
  x,
  right: x + [...text].length * size,
  y,
  size,
  page,
});

describe('visualLines: runs to printed lines', () => {
  it.each([
    [
      'runs on one baseline, drawn out of order',
      [run('总则', 107, 700), run('第一章', 71, 700)],
      ['第一章总则'],
    ],
    [
      'a full-width jump between a heading and its title',
      [run('第一章', 71, 700), run('总则', 119, 700)],
      ['第一章\u3000总则'],
    ],
    [
      'a gap of two ems (a run of spaces)',
      [run('第一章', 71, 700), run('总则', 131, 700)],
      ['第一章\u3000\u3000总则'],
    ],
    ['a narrow gap between Chinese words', [run('第一章', 71, 700), run('总则', 111, 700)], ['第一章 总则']],
    [
      'a subscript a little below the baseline',
      [run('CO', 71, 700), run('2', 83, 698, 8), run('排放', 88, 700)],
      ['CO2排放'],
    ],
    ['two baselines', [run('第一行', 71, 700), run('第二行', 71, 683)], ['第一行', '第二行']],
    // Writers put a quarter-em "autospace" between Chinese and digits: it is not a space of the text.
    [
      'autospace between Chinese and a number',
      [run('到', 71, 700), run(' ', 83, 700), run('2025', 86, 700), run('年', 110, 700)],
      ['到2025年'],
    ],
    ['a space glyph between two Chinese words', [run('属', 71, 700), run('性', 86, 700)], ['属 性']],
    ['blank runs only', [run(' ', 71, 700)], []],
  ])('should read %s', (_layout, runs, expected) => {
    expect(visualLines(page(runs)).map((l) => l.text)).toEqual(expected);
  });
});

describe('findFurniture: running headers, footers and page numbers', () => {
  const SENTENCES = '春夏秋冬东南西北上下左右前后内外甲乙丙丁'.split('');
  const body = (p: number) => [
    line(`正文${SENTENCES[p]}起首一行`, 700, p),
    line(`正文${SENTENCES[p + 10]}结尾一行`, 683, p),
  ];
  const pages = (n: number, top: (p: number) => string | null, bottom: (p: number) => string | null) =>
    Array.from({ length: n }, (_, i) => {
      const p = i + 1;
      return [
        ...(top(p) ? [line(top(p)!, 780, p)] : []),
        ...body(p),
        ...(bottom(p) ? [line(bottom(p)!, 60, p)] : []),
      ];
    });
  const dropped = (doc: VisualLine[][]) => {
    const f = findFurniture(doc);
    return doc.flatMap((lines, p) => lines.filter((_, i) => f.dropped.get(p)?.has(i)).map((l) => l.text));
  };

  it.each([
    [
      'the title over every page',
      pages(
        5,
        () => '某市发展规划纲要',
        () => null,
      ),
      5,
    ],
    [
      '“— N —” under every page',
      pages(
        5,
        () => null,
        (p) => `— ${p} —`,
      ),
      5,
    ],
    [
      '第N页 共M页',
      pages(
        4,
        () => null,
        (p) => `第 ${p} 页 共 4 页`,
      ),
      4,
    ],
    [
      'bare numbers following the pages',
      pages(
        6,
        () => null,
        (p) => `${p + 2}`,
      ),
      6,
    ],
    [
      'a header and a page number together',
      pages(
        4,
        () => '内部资料 注意保存',
        (p) => `${p}`,
      ),
      8,
    ],
  ])('should drop %s', (_layout, doc, count) => {
    expect(dropped(doc)).toHaveLength(count);
    expect(dropped(doc).some((t) => t.startsWith('正文'))).toBe(false);
  });

  it('should keep bare numbers that do not follow the pages (cells of a table at a page end)', () => {
    const doc = pages(
      6,
      () => null,
      (p) => [null, '100', null, '30', null, '7.5'][p - 1] ?? null,
    );
    expect(dropped(doc)).toEqual([]);
  });

  it('should keep the cover title that reads like the running header above it', () => {
    const doc = pages(
      5,
      () => '某市发展规划纲要',
      () => null,
    );
    doc[0]!.splice(1, 0, line('某市发展规划纲要', 740, 1));
    expect(dropped(doc)).toHaveLength(5);
    expect(findFurniture(doc).dropped.get(0)?.has(1)).toBe(false);
  });

  it('should keep a line that repeats on only two pages', () => {
    expect(
      dropped(
        pages(
          8,
          (p) => (p <= 2 ? '专栏1 重大项目' : null),
          () => null,
        ),
      ),
    ).toEqual([]);
  });
});

describe('paragraphs: wrapped lines joined', () => {
  const numbered = (lines: VisualLine[]): NumberedLine[] => lines.map((l, i) => ({ ...l, line: i + 1 }));
  const full = (text: string, y: number, x = 71) => ({ ...line(text, y, 1, x), right: 524 });

  it.each([
    [
      'a line that runs to the margin, continued',
      [full('到2025年，地区生产总值年均增长', 700), line('6%左右。', 683)],
      ['到2025年，地区生产总值年均增长6%左右。'],
    ],
    [
      'an indented next line (a new paragraph)',
      [full('第一段写到页边', 700), line('第二段缩进两格。', 683, 1, 95)],
      ['第一段写到页边', '第二段缩进两格。'],
    ],
    [
      'a numbered next line',
      [full('上一段写到页边', 700), line('二、推进科技创新', 683)],
      ['上一段写到页边', '二、推进科技创新'],
    ],
    ['a short line', [line('第一章 总则', 700), line('第一节 目标', 683)], ['第一章 总则', '第一节 目标']],
    [
      'run-in headings set apart by spaces, broken at the margin',
      [full('第三篇科技\u3000\u3000第十章推进科技进步', 700), line('要面向经济建设。', 683)],
      ['第三篇科技\u3000\u3000第十章推进科技进步', '要面向经济建设。'],
    ],
    [
      'a paragraph over a page break',
      [full('跨页的段落写到页边', 80), { ...line('在下一页继续。', 780, 2) }],
      ['跨页的段落写到页边在下一页继续。'],
    ],
    [
      'a gap wider than the line pitch',
      [full('段落写到页边', 700), line('空一行后的段落', 660)],
      ['段落写到页边', '空一行后的段落'],
    ],
  ])('should read %s', (_layout, lines, expected) => {
    // Enough full lines for the document to have a right margin at all.
    const filler = Array.from({ length: 20 }, (_, i) => full(`填充行${i}`, 300 - i * 17));
    const out = paragraphs(numbered([...lines, ...filler]), 595).map((p) => p.text);
    expect(out.slice(0, expected.length)).toEqual(expected);
  });

  it('should join nothing in text broken by hand (no line reaches the margin)', () => {
    const lines = Array.from({ length: 10 }, (_, i) =>
      line('二十五个字左右的短行二十五个字左右的短行', 700 - i * 17),
    );
    expect(paragraphs(numbered(lines), 595)).toHaveLength(10);
  });
});
