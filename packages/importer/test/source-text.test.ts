import { describe, expect, it } from 'vitest';
import { parseDocument, parsePlan, pageOfLine, pageStarts } from '../src/index.ts';
import { fixture } from './helpers.ts';

describe('the source text kept for the review', () => {
  it.each([
    ['county-glued.txt', 'utf-8'],
    ['county-glued.gbk.txt', 'GBK'],
    ['county-glued.utf16le.txt', 'UTF-16LE'],
    ['county-glued.utf16be-nobom.txt', 'UTF-16BE'],
  ])('should be the decoded text of %s (%s), never its raw bytes', (file) => {
    const { sourceText } = parsePlan(fixture(file));
    const utf8 = fixture('county-glued.txt')
      .toString('utf8')
      .replace(/^\ufeff/, '');
    expect(sourceText?.replace(/^\ufeff/, '').replace(/\r\n/g, '\n')).toBe(utf8.replace(/\r\n/g, '\n'));
  });

  it('should put line N of a rebuilt source at the N of the diagnostics', () => {
    const { sourceText, diagnostics } = parseDocument({
      format: 'pdf',
      source: '某县发展规划\n第一章\u3000总体要求\f— 2 —\n一、\u3000经济目标\n经济稳步增长。',
      lines: [
        { text: '某县发展规划', line: 1, page: 1 },
        { text: '第一章\u3000总体要求', line: 2, page: 1 },
        { text: '一、\u3000经济目标', line: 4, page: 2 },
        { text: '经济稳步增长。', line: 5, page: 2 },
      ],
    });
    expect(sourceText?.split(/\n|\f/)[3]).toBe('一、\u3000经济目标');
    const atLines = diagnostics.filter((x) => x.line > 0);
    expect(atLines.length).toBeGreaterThan(0);
    for (const d of atLines) expect(d.page).toBe(d.line <= 2 ? 1 : 2);
  });
});

describe('pageStarts and pageOfLine', () => {
  it.each([
    ['a\nb\fc\nd\fe', [1, 3, 5], [1, 1, 2, 2, 3]],
    ['a\nb\nc', [], []],
    ['a\f\fb', [1, 2, 3], [1, 2, 3]],
  ])('should find the pages of %j', (source, starts, pages) => {
    expect(pageStarts(source)).toEqual(starts);
    pages.forEach((p, i) => expect(pageOfLine(starts, i + 1)).toBe(p));
  });
});
