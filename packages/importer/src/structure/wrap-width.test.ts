import { describe, expect, it } from 'vitest';
import { displayWidth, hardWrap } from './wrap-width.ts';

const paragraph =
  '按照党中央决策部署，统筹推进经济社会发展各项工作，全面完成规划确定的主要目标任务，人民生活水平显著提高。';

/** A body of paragraphs cut every `width` characters, as PDF text gives it. */
const wrapped = (width: number) =>
  Array.from({ length: 12 }, () => paragraph.repeat(3)).flatMap((p) => {
    const lines: string[] = [];
    for (let i = 0; i < p.length; i += width) lines.push(p.slice(i, i + width));
    return lines;
  });

describe('displayWidth', () => {
  it.each([
    ['全角文字', 4],
    ['GDP增长6.5%', 5.5],
    ['', 0],
  ])('%s → %d cells', (text, cells) => expect(displayWidth(text)).toBe(cells));
});

describe('hardWrap', () => {
  it.each([18, 27, 33, 40])('should find the width of a body wrapped at %d', (width) => {
    expect(hardWrap(wrapped(width))?.width).toBe(width);
  });

  it('should measure a typeset page by printed width, where half-width digits take half a cell', () => {
    // Every line is 20 cells wide; those with four digits hold 22 characters.
    const cjk = '全区经济总量迈上新台阶产业结构更加优化城乡';
    const lines = Array.from({ length: 40 }, (_, i) =>
      i % 2 ? `2025${cjk.slice(0, 18)}` : cjk.slice(0, 20),
    );
    const wrap = hardWrap(lines)!;
    expect(wrap.width).toBe(20);
    expect(wrap.measure('2025年')).toBe(3);
  });

  it('should find none in a body of whole paragraphs (a web page, a .docx)', () => {
    const lines = Array.from({ length: 60 }, (_, i) => paragraph.slice(0, 20 + ((i * 7) % 31)) + '。');
    expect(hardWrap(lines)).toBeNull();
  });

  it('should find none in a short text', () => {
    expect(hardWrap(wrapped(20).slice(0, 10))).toBeNull();
  });
});
