import { describe, expect, it } from 'vitest';
import { ancestorCodes, isUnder, nearestAncestor, parseDivisionCode } from './division.ts';

describe('parseDivisionCode', () => {
  it.each([
    ['100000', 'nation', null],
    ['000000', 'nation', null],
    ['360000', 'province', '100000'],
    ['360100', 'prefecture', '360000'],
    ['360111', 'county', '360100'],
    ['110101', 'county', '110100'],
    ['360111004', 'township', '360111'],
    ['360111004000', 'township', '360111'],
    ['360111000000', 'county', '360100'],
    ['360100000000', 'prefecture', '360000'],
    [' 360111 ', 'county', '360100'],
  ])('%s is a %s under %s', (code, level, parent) => {
    const r = parseDivisionCode(code);
    expect(r.ok && { level: r.level, parent: r.parent }).toEqual({ level, parent });
  });

  it.each([
    ['36011', 'BAD_LENGTH'],
    ['36a111', 'NOT_DIGITS'],
    ['', 'NOT_DIGITS'],
    ['360111004001', 'VILLAGE_LEVEL'],
    ['360111000', 'ZERO_PART'],
    ['360100004', 'ZERO_PART'],
    ['003600', 'ZERO_PART'],
    ['1234567', 'BAD_LENGTH'],
  ])('%s is refused: %s', (code, reason) => {
    expect(parseDivisionCode(code)).toEqual({ ok: false, reason });
  });
});

describe('ancestors', () => {
  const existing = new Set(['100000', '110000', '360000', '360100', '360111', '420000']);
  const exists = (c: string) => existing.has(c);

  it('lists the codes above, nearest first', () => {
    expect(ancestorCodes('360111004')).toEqual(['360111', '360100', '360000', '100000']);
  });

  it.each([
    ['360111004', '360111'],
    ['360111', '360100'],
    ['110101', '110000'], // 直辖市: no 110100 government
    ['429004', '420000'], // 省直辖县级市
    ['100000', null],
  ])('the nearest existing government above %s is %s', (code, parent) => {
    expect(nearestAncestor(code, exists)).toBe(parent);
  });

  it.each([
    ['360111', '360100', true],
    ['360111', '100000', true],
    ['360111', '110000', false],
    ['360111', '360111', false],
  ])('%s under %s: %s', (code, ancestor, expected) => {
    expect(isUnder(code, ancestor, exists)).toBe(expected);
  });
});
