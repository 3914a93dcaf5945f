/**
 * The optional layout check of issue 14: the example plan's 2023 annual monitoring report and its one-page brief,
 * written as .docx by @gangmu/reports, rendered to PDF by LibreOffice and to page images by poppler, so a person
 * can look at the GB/T 9704 layout as Word would print it. Not part of `npm test` (CI has no LibreOffice).
 *
 *   apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils
 *   node --import tsx scripts/render-report-pages.ts [OUT_DIR]     (default docs/report-pages)
 *
 * Writes report-page-01.png, report-page-02.png and brief-page-1.png into OUT_DIR (the .docx and .pdf files stay
 * in a temporary folder, whose name it prints), and prints each PDF's page count and page size (A4: 595 × 842 pt).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { draftReport, renderBriefDocx, renderReportDocx } from '@gangmu/reports';
import { exampleInput } from '@gangmu/reports/testing';

const out = resolve(process.argv[2] ?? 'docs/report-pages');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'gangmu-report-'));

const drafted = draftReport(exampleInput({ kind: 'annual', year: 2023 }));
if (!drafted.ok) throw new Error(`the example report was refused: ${drafted.code}`);
writeFileSync(join(work, 'report.docx'), await renderReportDocx(drafted.report));
writeFileSync(join(work, 'brief.docx'), await renderBriefDocx(drafted.report));

// A profile of its own: LibreOffice refuses to start beside another instance using the default one.
const profile = mkdtempSync(join(tmpdir(), 'gangmu-lo-'));
for (const name of ['report', 'brief']) {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      join(work, `${name}.docx`),
    ],
    { stdio: 'inherit' },
  );
  const info = execFileSync('pdfinfo', [join(work, `${name}.pdf`)], { encoding: 'utf8' });
  const pages = /Pages:\s+(\d+)/.exec(info)?.[1];
  const size = /Page size:\s+(.+)/.exec(info)?.[1];
  console.log(`${name}.pdf: ${pages} pages, ${size}`);
  const last = name === 'report' ? 2 : 1;
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    String(last),
    join(work, `${name}.pdf`),
    join(out, `${name}-page`),
  ]);
}
console.log(`page images in ${out}; the .docx and .pdf files in ${work}`);
