/**
 * Issue 12: Office files are inflated with a running byte budget. Before, the sizes the archive declared were
 * trusted: an 88 KB .docx declaring (truly) 60 MB of XML passed the 64 MiB limit and its DOM took 3.6 GB, and a
 * part declaring 1 KB was inflated in full whatever it held.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { DOCX_MAX_XML_BYTES, parsePlan, unzipWithBudget } from '../src/index.ts';
import { deflateZeros, xmlBombDocx, zipArchive } from './zip-bombs.ts';

const MB = 1024 * 1024;
/** One step of the reader inflates at most ≈ 1032 × 4 KB. */
const STEP_OUTPUT = 4.2 * MB;

describe('unzipWithBudget', () => {
  it('should return the wanted parts of an honest archive', () => {
    const zip = zipSync({
      'a.xml': strToU8('<a/>'),
      'b.bin': new Uint8Array(100_000),
      'c.txt': strToU8('c'),
    });
    const r = unzipWithBudget(zip, { maxBytes: MB, wanted: (n) => n !== 'c.txt' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.files).sort()).toEqual(['a.xml', 'b.bin']);
    expect(r.files['b.bin']!.length).toBe(100_000);
    expect(r.inflated).toBe(100_004);
  });

  it('should stop a part that declares 1 KB and inflates to 1 GiB at the budget, not after it', () => {
    const bomb = zipArchive([
      { name: 'xl/workbook.xml', data: deflateZeros(1024 * MB), method: 8, declaredSize: 1000 },
    ]);
    expect(bomb.length).toBeLessThan(8 * MB);
    const started = performance.now();
    const r = unzipWithBudget(bomb, { maxBytes: 50 * MB });
    expect(r).toMatchObject({ ok: false, problem: 'over_budget', part: 'xl/workbook.xml' });
    expect(r.inflated).toBeGreaterThan(50 * MB);
    expect(r.inflated).toBeLessThanOrEqual(50 * MB + STEP_OUTPUT);
    // Inflating the whole gigabyte takes seconds; stopping at 50 MB a fraction of one.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('should count every part against one budget', () => {
    const parts = Array.from({ length: 6 }, (_, i) => ({
      name: `p${i}.xml`,
      data: deflateZeros(10 * MB),
      method: 8 as const,
      declaredSize: 10,
    }));
    const r = unzipWithBudget(zipArchive(parts), { maxBytes: 50 * MB });
    expect(r).toMatchObject({ ok: false, problem: 'over_budget', part: 'p5.xml' });
  });

  it.each([
    ['random bytes', Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)],
    ['an empty file', new Uint8Array(0)],
    ['a cut archive', zipSync({ 'a.xml': new Uint8Array(200_000).fill(65) }, { level: 0 }).subarray(0, 5000)],
  ])('should call %s damaged and not throw', (_name, bytes) => {
    expect(unzipWithBudget(bytes, { maxBytes: MB })).toMatchObject({ ok: false, problem: 'damaged' });
  });
});

describe('parsePlan on .docx bombs', () => {
  it('should refuse a small .docx of 60 MB XML with a clear diagnostic and bounded memory', () => {
    // 1.6 million paragraphs in 180 KB (the attacker's was 88 KB: a better compressor, the same XML).
    const docx = xmlBombDocx(60 * MB);
    expect(docx.length).toBeLessThan(200_000);
    const rssBefore = process.resourceUsage().maxRSS * 1024;
    const heapBefore = process.memoryUsage().heapUsed;
    const { diagnostics } = parsePlan(docx);
    const rssGrowth = process.resourceUsage().maxRSS * 1024 - rssBefore;
    expect(diagnostics.map((d) => d.code)).toEqual(['docx_too_large']);
    expect(diagnostics[0]!.message).toContain(`解压后超过 ${DOCX_MAX_XML_BYTES / MB} MB`);
    expect(diagnostics[0]!.message).toContain('word/document.xml');
    expect(diagnostics[0]!.messageEn).toContain('zip bomb');
    // Parsing the 60 MB as XML took 3.6 GB; reading stops at 16 MB of XML, never parsed.
    expect(rssGrowth).toBeLessThan(200 * MB);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * MB);
  });

  it('should refuse a .docx whose document.xml declares 1 KB and inflates to 1 GiB', () => {
    const docx = zipArchive([
      { name: 'word/document.xml', data: deflateZeros(1024 * MB), method: 8, declaredSize: 1024 },
    ]);
    const { diagnostics } = parsePlan(docx);
    expect(diagnostics.map((d) => d.code)).toEqual(['docx_too_large']);
  });
});
