/**
 * One line of source text made comparable: full-width digits and letters become ASCII, every Unicode
 * space (U+2002, U+3000, NBSP, …) becomes one ordinary space, zero-width characters go. Chinese
 * punctuation stays as printed; only ％ and the full-width decimal point inside numbers are made ASCII,
 * because numbers are parsed from them.
 */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]+/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function normalizeLine(raw: string): string {
  let s = raw.replace(ZERO_WIDTH, '');
  s = s.replace(/[\uff01-\uff5e]/g, (ch) => {
    const code = ch.charCodeAt(0);
    const ascii = String.fromCharCode(code - 0xfee0);
    // Digits, letters and % only: full-width （，：；） carry meaning in Chinese text and stay.
    return /[0-9A-Za-z%+=<>.\-/~]/.test(ascii) ? ascii : ch;
  });
  s = s.replace(/(\d)\s*[．·]\s*(?=\d)/g, '$1.');
  return s.replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Text without any white space, for comparing headings ("目  录" = "目录"). */
export const compact = (s: string): string => s.replace(/\s+/g, '');

/** Splits decoded text into lines: CRLF, CR, form feeds and Unicode line/paragraph separators all break lines. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\f\v\u2028\u2029\u0085]/);
}
