/**
 * Chinese numerals as plans print them: 十二 (12), 六十五 (65), 一百零二 (102), 两 (2), and year digits
 * spelt one by one, 二〇三五 (2035). Arabic and full-width digits pass through.
 */
const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千';

/** @example parseChineseNumber('六十五') // 65;  parseChineseNumber('二〇三五') // 2035 */
export function parseChineseNumber(text: string): number | null {
  const s = text.trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '' || ![...s].every((ch) => ch in DIGIT || ch in UNIT)) return null;
  if (![...s].some((ch) => ch in UNIT)) {
    // Digit by digit: 二〇三五 → 2035
    return Number([...s].map((ch) => DIGIT[ch]).join(''));
  }
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in DIGIT) current = DIGIT[ch]!;
    else {
      total += (current || 1) * UNIT[ch]!;
      current = 0;
    }
  }
  return total + current;
}

/** @example formatChineseNumber(12) // '十二';  formatChineseNumber(65) // '六十五' */
export function formatChineseNumber(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n] ?? String(n);
  if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`;
  if (n < 100) return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    const restText =
      rest === 0
        ? ''
        : rest < 10
          ? `零${d[rest]}`
          : rest < 20
            ? `一${formatChineseNumber(rest)}`
            : formatChineseNumber(rest);
    return `${d[Math.floor(n / 100)]}百${restText}`;
  }
  return String(n);
}
