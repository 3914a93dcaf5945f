import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readPlanDocument } from '../src/index.ts';
import { fixture } from './helpers.ts';

const errors = (r: Awaited<ReturnType<typeof readPlanDocument>>) =>
  r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

describe('readPlanDocument on PDFs it cannot read', () => {
  it('should say a scan has no text layer, and import nothing', async () => {
    const r = await readPlanDocument(fixture('scanned-no-text-layer.pdf'), 'scan.pdf');
    expect(errors(r)).toEqual(['pdf_no_text_layer']);
    expect(r.diagnostics[0]!.message).toContain('扫描件，无文字层');
    expect(r.draft.chapters).toEqual([]);
  });

  it.each([
    ['a header and nothing else', Buffer.from('%PDF-1.7\n')],
    ['a header and garbage', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\x00\x01\x02trailer<</Root 9 0 R>>')],
    ['the first tenth of a real PDF', fixture('example-xihu-2021-2025.plain.pdf').subarray(0, 60_000)],
  ])('should give one clear diagnostic for %s', async (_name, bytes) => {
    const r = await readPlanDocument(bytes, 'x.pdf');
    expect(errors(r).length).toBeGreaterThan(0);
    expect(r.draft.chapters).toEqual([]);
  });

  it('should refuse a file named .pdf that is not one', async () => {
    const r = await readPlanDocument(Buffer.from('第一章 总则'), 'plan.pdf');
    expect(errors(r)).toEqual(['pdf_unreadable']);
  });

  it('should hand every other format to the text importer', async () => {
    const r = await readPlanDocument(Buffer.from('某县发展规划\n第一章 总则\n第一节 目标\n一、经济\n增长。'));
    expect(r.format).toBe('text');
    expect(r.draft.chapters).toHaveLength(1);
  });
});

// Property: whatever the bytes after a PDF header, the import resolves with diagnostics (never throws or hangs;
// the test timeout is the hang guard: the reader's own bound is 10 s of CPU per MB).
describe('readPlanDocument on damaged PDFs (fast-check)', () => {
  const real = fixture('example-xihu-2021-2025.print.pdf');
  const settle = async (bytes: Uint8Array) => {
    const r = await readPlanDocument(bytes, 'fuzz.pdf');
    expect(Array.isArray(r.diagnostics)).toBe(true);
    if (r.draft.chapters.length === 0) expect(r.diagnostics.length).toBeGreaterThan(0);
  };

  it('should survive a real PDF cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 5, max: real.length - 1 }), (end) => settle(real.subarray(0, end))),
      { numRuns: 12 },
    );
  }, 300_000);

  it('should survive a real PDF with bytes overwritten', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: real.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 40,
        }),
        (edits) => {
          const bytes = new Uint8Array(real);
          for (const [at, value] of edits) bytes[at] = value;
          return settle(bytes);
        },
      ),
      { numRuns: 8 },
    );
  }, 300_000);

  it('should survive random bytes after a PDF header', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 4096 }), (tail) =>
        settle(new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...tail])),
      ),
      { numRuns: 40 },
    );
  }, 300_000);
});
