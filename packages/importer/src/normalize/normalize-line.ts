/**
 * One line of source text made comparable: full-width digits and letters become ASCII, every Unicode
 * space (U+2002, U+3000, NBSP, …) becomes one ordinary space, zero-width characters go. Chinese
 * punctuation stays as printed; only ％ and the full-width decimal point inside numbers are made ASCII,
 * because numbers are parsed from them.
 */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]+/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Ｆｕｌｌ-width digits, letters and ％＋－．／＜＝＞～ (U+FF05 …). */
const FULL_WIDTH_ASCII =
  /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff0d\uff0e\uff0f\uff1c-\uff1e\uff5e]/g;

/** Anything normalizeLine would change; most lines of a plan have none of it and are only trimmed. */
const NEEDS_WORK =
  /[\u00a0\u00ad\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\t\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff0d\uff0e\uff0f\uff1c-\uff1e\uff5e·]| {2}/;

export function normalizeLine(raw: string): string {
  if (!NEEDS_WORK.test(raw)) return raw.trim();
  let s = raw.replace(ZERO_WIDTH, '');
  // Digits, letters and the symbols numbers are written with: full-width （，：；） carry meaning in Chinese text and stay.
  s = s.replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (s.includes('．') || s.includes('·')) s = s.replace(/(\d)\s*[．·]\s*(?=\d)/g, '$1.');
  return s.replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Text without any white space, for comparing headings ("目  录" = "目录"). */
export const compact = (s: string): string => s.replace(/\s+/g, '');

/** Splits decoded text into lines: CRLF, CR, form feeds and Unicode line/paragraph separators all break lines. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\f\v\u2028\u2029\u0085]/);
}
