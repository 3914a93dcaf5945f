import { describe, expect, it } from 'vitest';
import { sourceLines } from './source-lines.ts';

describe('sourceLines', () => {
  it.each([
    [
      'text',
      'a\r\nb\nc',
      [
        ['a', null],
        ['b', null],
        ['c', null],
      ],
    ],
    [
      'a PDF source (a form feed opens each page)',
      'a\nb\fc\fd',
      [
        ['a', 1],
        ['b', 1],
        ['c', 2],
        ['d', 3],
      ],
    ],
    [
      'an empty page',
      'a\f\fb',
      [
        ['a', 1],
        ['', 2],
        ['b', 3],
      ],
    ],
    [
      'bare CR and a Unicode line separator',
      'a\rb\u2028c',
      [
        ['a', null],
        ['b', null],
        ['c', null],
      ],
    ],
  ])('should number the lines of %s as the importer does', (_kind, text, expected) => {
    expect(sourceLines(text).map((l) => [l.text, l.page])).toEqual(expected);
  });

  it('should mark the first line of every page', () => {
    expect(sourceLines('a\nb\fc').map((l) => l.opensPage)).toEqual([true, false, true]);
  });
});
