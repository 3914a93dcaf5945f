import { describe, expect, it } from 'vitest';
import { spreadsheetCell, spreadsheetText } from './spreadsheet-text.ts';

describe('spreadsheetText', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","点此")', '\'=HYPERLINK("http://evil.example","点此")'],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-3.5', '-3.5'],
    ['+2%', '+2%'],
    ['地区生产总值', '地区生产总值'],
    ['', ''],
    ['a=b', 'a=b'],
  ])('should write %j as %j', (text, expected) => {
    expect(spreadsheetText(text)).toBe(expected);
  });

  it('should leave numbers and nulls as they are', () => {
    expect(spreadsheetCell(-5)).toBe(-5);
    expect(spreadsheetCell(null)).toBe(null);
    expect(spreadsheetCell('=1')).toBe("'=1");
  });
});
