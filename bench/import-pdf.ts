/**
 * The PDF case of bench:import: readPlanDocument on the example plan printed as PDF (44 pages) and on a 200-page
 * PDF (four corpus PDFs joined with poppler's pdfunite, when it is installed), in pages/s, against pdfjs's own text
 * extraction of the same file measured in the same run (getDocument + getTextContent on every page: the floor any
 * PDF import pays), and the peak RSS of a child process importing the 200-page file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlanDocument } from '@gangmu/pdf-source';
import { childPeakRss, fmt, median } from './lib.ts';

const FIXTURES = 'packages/pdf-source/test/fixtures';

/** pdfjs alone: every page's text content, nothing done with it. */
async function pdfjsTextContent(bytes: Uint8Array): Promise<number> {
  const pdfjs = await import('pdfjs-dist');
  const dir = join(import.meta.dirname, '../node_modules/pdfjs-dist');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: join(dir, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: join(dir, 'standard_fonts/'),
    verbosity: 0,
  }).promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    items += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  await doc.destroy();
  return items;
}

async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function measure(name: string, file: string, pages: number, runs: number) {
  const bytes = readFileSync(file);
  const chapters = (await readPlanDocument(bytes, file)).draft.chapters.length;
  const ours = await timeAsync(() => readPlanDocument(bytes, file), runs);
  const floor = await timeAsync(() => pdfjsTextContent(bytes), runs);
  const child = childPeakRss('bench/import-pdf-child.ts', [file]);
  console.log(
    `${name.padEnd(22)} ${String(pages).padStart(4)} pages ${fmt(bytes.length / 1048576, 2).padStart(5)} MB  ` +
      `median ${fmt(ours, 0).padStart(6)} ms  ${fmt(pages / (ours / 1000), 1).padStart(5)} pages/s  ` +
      `pdfjs getTextContent ${fmt(floor, 0).padStart(6)} ms  ratio ${fmt(ours / floor, 2)}  ` +
      `peak RSS ${fmt(child.peakMb, 0)} MB  (${chapters} chapters)`,
  );
}

const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

export async function benchPdf(dir: string): Promise<void> {
  const example = join(FIXTURES, 'example-xihu-2021-2025.print.pdf');
  let hasPoppler = true;
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
  } catch {
    hasPoppler = false;
  }
  await measure('example plan as PDF', example, hasPoppler ? pageCount(example) : 44, 3);
  if (!hasPoppler) {
    console.log('200-page PDF skipped: poppler-utils (pdfunite) is not installed');
    return;
  }
  const big = join(dir, 'plans-200-pages.pdf');
  const parts = [
    '05-national-6th-fyp-1982-ocr',
    '06-national-9th-fyp-outline-1996-pdftext',
    '03-national-10th-fyp-outline-2001-pdftext',
    '01-beijing-ecological-restoration-special-plan-pdftext',
  ];
  execFileSync('pdfunite', [...parts.map((p) => join(FIXTURES, `${p}.print.pdf`)), big]);
  await measure('200-page PDF', big, pageCount(big), 1);
}
