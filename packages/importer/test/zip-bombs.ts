/**
 * Archive bombs for tests (issue 12), generated, never stored: `@gangmu/importer/testing`.
 * - deflateZeros(n): a raw DEFLATE stream of n zero bytes at the format's best ratio (≈ 1032:1), written bit by
 *   bit (one fixed-Huffman block: a literal, then copies of 258 bytes at distance 1), so a 1 GiB bomb costs
 *   ≈ 6.5 MB and a few milliseconds to make, never 1 GiB of memory.
 * - zipArchive(entries): a ZIP whose headers say whatever the entry says (`declaredSize`), true or not.
 * - xmlBombDocx(xmlBytes): a .docx whose document.xml is `xmlBytes` of real, highly repetitive WordprocessingML.
 */
import { strToU8, zipSync } from 'fflate';

class BitWriter {
  private readonly out: Uint8Array;
  private at = 0;
  private bits = 0;
  private count = 0;
  constructor(capacity: number) {
    this.out = new Uint8Array(capacity);
  }
  /** Writes `n` bits of `value`, least significant first (DEFLATE's order for headers and extra bits). */
  write(value: number, n: number): void {
    this.bits |= value << this.count;
    this.count += n;
    while (this.count >= 8) {
      this.out[this.at++] = this.bits & 0xff;
      this.bits >>>= 8;
      this.count -= 8;
    }
  }
  /** Writes a Huffman code of `n` bits, most significant first (DEFLATE's order for codes). */
  code(value: number, n: number): void {
    let reversed = 0;
    for (let i = 0; i < n; i++) reversed |= ((value >> i) & 1) << (n - 1 - i);
    this.write(reversed, n);
  }
  finish(): Uint8Array {
    if (this.count > 0) this.out[this.at++] = this.bits & 0xff;
    return this.out.subarray(0, this.at);
  }
}

/** A raw DEFLATE stream that inflates to `size` zero bytes (size ≥ 1). */
export function deflateZeros(size: number): Uint8Array {
  const copies = Math.floor((size - 1) / 258);
  const tail = size - 1 - copies * 258;
  const w = new BitWriter(Math.ceil(((copies + 1) * 13 + (tail + 2) * 8 + 10) / 8) + 8);
  w.write(1, 1); // BFINAL
  w.write(1, 2); // BTYPE 01: fixed Huffman codes
  w.code(0x30, 8); // literal 0
  for (let i = 0; i < copies; i++) {
    w.code(0b11000101, 8); // length code 285: 258 bytes
    w.code(0, 5); // distance code 0: distance 1
  }
  for (let i = 0; i < tail; i++) w.code(0x30, 8);
  w.code(0, 7); // end of block (256)
  return w.finish();
}

export interface ZipEntry {
  readonly name: string;
  /** The stored bytes: raw DEFLATE data when `method` is 8, the content itself when 0. */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  /** The uncompressed size written in both headers (a lie, when it is not the truth). */
  readonly declaredSize: number;
}

/** A ZIP archive of `entries`, with local headers, a central directory and its end record. CRCs are 0. */
export function zipArchive(entries: readonly ZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const dir = new Uint8Array(46 + name.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 20, true);
    dv.setUint16(10, e.method, true);
    dv.setUint32(20, e.data.length, true);
    dv.setUint32(24, e.declaredSize, true);
    dv.setUint16(28, name.length, true);
    dv.setUint32(42, offset, true);
    dir.set(name, 46);
    parts.push(local, e.data);
    central.push(dir);
    offset += local.length + e.data.length;
  }
  const dirSize = central.reduce((n, d) => n + d.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A .docx (honest headers) whose word/document.xml is `xmlBytes` of repeated paragraphs (≈ 3 KB per MB, at fflate's level 9). */
export function xmlBombDocx(xmlBytes: number): Uint8Array {
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
  const tail = '</w:body></w:document>';
  const paragraph = strToU8('<w:p><w:r><w:t>发展</w:t></w:r></w:p>');
  const xml = new Uint8Array(xmlBytes);
  const headBytes = strToU8(head);
  xml.set(headBytes, 0);
  let at = headBytes.length;
  const tailBytes = strToU8(tail);
  while (at + paragraph.length + tailBytes.length <= xmlBytes) {
    xml.set(paragraph, at);
    at += paragraph.length;
  }
  xml.set(tailBytes, at);
  at += tailBytes.length;
  xml.fill(0x20, at); // pad to the exact size with spaces after the root element
  return zipSync(
    {
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': xml,
    },
    { level: 9 },
  );
}
