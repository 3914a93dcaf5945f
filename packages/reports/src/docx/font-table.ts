/**
 * word/fontTable.xml naming each GB font with an alternative name and the GB2312 character set, so Word on a machine
 * without 仿宋_GB2312 (or 方正小标宋简体…) substitutes 仿宋 (or 宋体…) instead of a Latin default. The `docx` package
 * writes font entries only for embedded fonts, and embedding the GB fonts is neither licensed nor small; this part is
 * given to Packer as an override (its supported way to supply a part), the one part not built by its components.
 */
import { FONT_FALLBACKS } from './gbt9704.ts';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** w:charset 86 = GB2312 (Word's code for the simplified Chinese character set). */
const fontEntry = (name: string, altName: string): string =>
  `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(altName)}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;

export const FONT_TABLE_OVERRIDE = {
  path: 'word/fontTable.xml',
  data:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    Object.entries(FONT_FALLBACKS)
      .map(([name, alt]) => fontEntry(name, alt))
      .join('') +
    '</w:fonts>',
};
