/**
 * Writes the GB fonts into word/fontTable.xml with an alternative name and the GB2312 character set, so Word on a
 * machine without 仿宋_GB2312 (or 方正小标宋简体…) substitutes 仿宋 (or 宋体…) instead of a Latin default. The `docx`
 * package writes a font table only for embedded fonts, and embedding the GB fonts is neither licensed nor small;
 * this is the one part of the file not produced through its API.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { FONT_FALLBACKS } from './gbt9704.ts';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** w:charset 86 = GB2312 (Word's code for the simplified Chinese character set). */
function fontEntry(name: string, altName: string): string {
  return `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(altName)}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
}

export function addFontFallbacks(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const table = files['word/fontTable.xml'];
  if (!table) return docx;
  const entries = Object.entries(FONT_FALLBACKS)
    .map(([name, alt]) => fontEntry(name, alt))
    .join('');
  const xml = strFromU8(table).replace(/<w:fonts([^>]*?)\/>$/, '<w:fonts$1></w:fonts>');
  files['word/fontTable.xml'] = strToU8(xml.replace('</w:fonts>', `${entries}</w:fonts>`));
  return zipSync(files, { level: 6 });
}
