import { describe, expect, it } from 'vitest';
import { en, zh } from './messages.ts';
import {
  AUDIT_ENTITY,
  AUDIT_VERB,
  OPINION_STATUS,
  OPINION_TARGET,
  PROJECT_STAGE,
  REPORT_STATUS,
  ROLE,
  WARNING_STATUS,
} from './codes.ts';
import { chineseWords, latinWords } from './language-check.ts';
import { OPINION_RATING, OPINION_RECORD, OPINION_STATE } from './participation-messages.ts';

const CODE_TABLES = {
  AUDIT_ENTITY,
  AUDIT_VERB,
  OPINION_STATUS,
  OPINION_TARGET,
  OPINION_STATE,
  OPINION_RECORD,
  OPINION_RATING,
  PROJECT_STAGE,
  REPORT_STATUS,
  ROLE,
  WARNING_STATUS,
};
const codeLabels = Object.entries(CODE_TABLES).flatMap(([table, labels]) =>
  Object.entries(labels).map(([code, l]) => [`${table}.${code}`, l.zh, l.en] as const),
);
const messages: [string, string, string][] = Object.keys(zh).map((k) => [
  k,
  zh[k as keyof typeof zh],
  en[k as keyof typeof zh],
]);

describe('the staff app catalog', () => {
  it.each([...messages, ...codeLabels])(
    '%s: no English in zh-CN, no Chinese in English',
    (_key, zhText, enText) => {
      const shown = (s: string) => s.replace(/\{\w+\}/g, ''); // placeholders are filled, not shown
      expect(latinWords(shown(zhText))).toEqual([]);
      expect(chineseWords(shown(enText))).toEqual([]);
    },
  );

  it('has the same placeholders in both languages', () => {
    for (const [key, zhText, enText] of messages) {
      const names = (s: string): string[] => [...(s.match(/\{\w+\}/g) ?? [])].sort();
      // The Chinese may leave a detail out (the chain's problem is a developer's note); never add one.
      expect(
        names(zhText).every((n) => names(enText).includes(n)),
        key,
      ).toBe(true);
    }
  });

  it('the checks catch what they are for', () => {
    expect(latinWords('已报送 submitted')).toEqual(['submitted']);
    expect(latinWords('佐证材料（PDF、Word，≤ 20 MB）期别 2024-Q2')).toEqual([]);
    expect(latinWords('跟踪码 GM-7KQ4-M2XP')).toEqual([]);
    expect(latinWords('GM-0000-OOOO')).not.toEqual([]); // 0 and O are not in the codes' alphabet
    expect(chineseWords('Status: 待审核')).toEqual(['待审核']);
  });
});
