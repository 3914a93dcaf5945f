/**
 * Bytes to text. Government files arrive as UTF-8 (with or without BOM), UTF-16 (Word's "Unicode text")
 * or GB18030/GBK (older Windows tools). The BOM decides when there is one; otherwise UTF-16 shows as
 * NUL bytes in every other position, and anything that is not valid UTF-8 is read as GB18030, which is
 * a superset of GBK and GB2312.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly invalidSequences: number;
}

function nulShare(bytes: Uint8Array, parity: 0 | 1): number {
  const n = Math.min(bytes.length, 4096);
  let nul = 0;
  let total = 0;
  for (let i = parity; i < n; i += 2) {
    total++;
    if (bytes[i] === 0) nul++;
  }
  return total ? nul / total : 0;
}

/** Share of characters a Chinese document is made of: CJK ideographs and punctuation, full-width forms, printable ASCII. */
function plausibleShare(text: string): number {
  if (!text) return 0;
  let ok = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x09 ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x2027)
    )
      ok++;
  }
  return ok / [...text].length;
}

export function detectEncoding(bytes: Uint8Array): {
  encoding: TextEncodingName;
  bomLength: number;
  text?: string;
} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // UTF-16 without BOM: ASCII-heavy text has a NUL in every other byte; Chinese text has few NULs (only its
  // digits, punctuation and line ends), so both byte orders are decoded and the one that reads as text wins.
  if (bytes.length >= 4 && bytes.length % 2 === 0) {
    const odd = nulShare(bytes, 1);
    const even = nulShare(bytes, 0);
    if (odd > 0.3 && even < 0.05) return { encoding: 'utf-16le', bomLength: 0 };
    if (even > 0.3 && odd < 0.05) return { encoding: 'utf-16be', bomLength: 0 };
    if (odd + even > 0) {
      const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
      const le = plausibleShare(new TextDecoder('utf-16le').decode(sample));
      const be = plausibleShare(new TextDecoder('utf-16be').decode(sample));
      if (Math.max(le, be) > 0.9) return { encoding: le >= be ? 'utf-16le' : 'utf-16be', bomLength: 0 };
    }
  }
  try {
    // Decoded once: the strict UTF-8 check is also the decoding.
    return { encoding: 'utf-8', bomLength: 0, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { encoding: 'gb18030', bomLength: 0 };
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const detected = detectEncoding(bytes);
  const { encoding, bomLength } = detected;
  const text = detected.text ?? new TextDecoder(encoding).decode(bytes.subarray(bomLength));
  let invalid = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) invalid++;
  return { text, encoding, invalidSequences: invalid };
}

/**
 * Whether decoded bytes look like binary data rather than text: NUL bytes or many control characters.
 * A PDF, an image or an .xls arrives here when someone picks the wrong file.
 */
export function looksBinary(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  if (encoding.startsWith('utf-16')) return null;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'NUL bytes';
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'PDF';
  return n > 0 && control / n > 0.02 ? 'control characters' : null;
}
