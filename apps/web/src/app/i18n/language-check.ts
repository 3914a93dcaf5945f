/**
 * What "no English in zh-CN, no Chinese in English" allows: the product's name, the language switch (each
 * language names itself), file formats, units, the period codes the report form takes and opinions' tracking codes. Used by the
 * catalog's test and by the browser test that reads every staff page.
 */
const LATIN_ALLOWED = [
  /Gangmu/g,
  /English/g,
  /\b(?:PDF|Word|Excel|txt|MB|KB)\b/g,
  /km²/g,
  /\b\d{4}-(?:Q[1-4]|H[12]|M\d\d)\b/g,
  /\bGM-[2-9A-Z]{4}-[2-9A-Z]{4}\b/g, // an opinion's tracking code, which the visitor reads out
];
const CJK_ALLOWED = [/纲目/g, /中文/g];

/** Latin words in `text` that are not allowed in the Chinese interface. */
export function latinWords(text: string): string[] {
  const rest = LATIN_ALLOWED.reduce((s, re) => s.replace(re, ' '), text);
  return rest.match(/[A-Za-z]+/g) ?? [];
}

/** Chinese characters in `text` that are not allowed in the English interface. */
export function chineseWords(text: string): string[] {
  const rest = CJK_ALLOWED.reduce((s, re) => s.replace(re, ' '), text);
  return rest.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? [];
}
