#!/usr/bin/env node
// Regenerates the PDF and Word fixtures of packages/pdf-source/test/fixtures from the corpus texts and the example
// plan, with LibreOffice (Debian: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils).
// CI has no LibreOffice: the generated files are committed, and this script is how they were made.
//
// Each text becomes an OpenDocument flat file (.fodt) in one of two layouts, which LibreOffice then writes as PDF
// (and, for the print layout, as .docx):
//   plain — one paragraph per line of the text, no indent, no spacing, no header: what LibreOffice's own text import
//           gives, and the hardest case for rejoining lines wrapped at the margin;
//   print — how plans are printed: the title as a running header on every page, "— N —" page numbers in the footer,
//           body paragraphs indented two characters, 篇/章 headings larger and bold, and the table of contents with
//           dot leaders to right-aligned page numbers.
// Usage: node scripts/make-document-fixtures.mjs [NAME-PREFIX]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'packages/importer/test/corpus');
const OUT = join(ROOT, 'packages/pdf-source/test/fixtures');

/** The texts, each with the running header its print layout carries (a short title, as printers set it). */
const SOURCES = [
  [
    '01-beijing-ecological-restoration-special-plan-pdftext.txt',
    '北京市国土空间生态修复规划（2021年—2035年）',
  ],
  ['02-beijing-ecological-security-pattern-special-plan-pdftext.txt', '北京市生态安全格局专项规划'],
  ['03-national-10th-fyp-outline-2001-pdftext.txt', '国民经济和社会发展第十个五年计划纲要'],
  ['04-jiangxi-2026-government-work-report-csv.csv', '2026年江西省政府工作报告'],
  ['05-national-6th-fyp-1982-ocr.txt', '国民经济和社会发展第六个五年计划'],
  ['06-national-9th-fyp-outline-1996-pdftext.txt', '国民经济和社会发展“九五”计划和2010年远景目标纲要'],
].map(([file, header]) => ({ path: join(CORPUS, file), name: file.replace(/\.(txt|csv)$/, ''), header }));
SOURCES.push({
  path: join(ROOT, 'examples/xihu-2021-2025/plan.txt'),
  name: 'example-xihu-2021-2025',
  header: '南昌市西湖区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
});

const FONT = 'Noto Serif CJK SC';
const escapeXml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One line of text as paragraph content: tabs and runs of spaces kept as ODF elements, control characters dropped. */
function inline(text) {
  return escapeXml(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''))
    .replace(/\t/g, '<text:tab/>')
    .replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);
}

// The layout's own notion of headings (not the importer's): printed plans set 篇/章/编 lines large and 节 lines bold.
const BIG_HEADING = /^[\s\u3000]*第[一二三四五六七八九十百零〇\d]+[篇章编]/;
const HEADING = /^[\s\u3000]*第[一二三四五六七八九十百零〇\d]+节/;
// A TOC entry as the text prints it: a short title followed by its page number.
const TOC_ENTRY = /^(.{2,40}?)[\s\u3000.…·]+(\d{1,3})\s*$/;

function paragraphs(text, layout) {
  const out = [];
  let inToc = 0;
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|[\r\n\v\u2028\u2029\u0085]/);
  for (const raw of lines) {
    const pages = raw.split('\f');
    pages.forEach((line, k) => {
      const breakBefore = k > 0;
      const compact = line.replace(/[\s\u3000]/g, '');
      let style = 'Plain';
      let body = inline(line);
      if (layout === 'print') {
        if (compact === '目录') inToc = 80;
        const toc = inToc > 0 ? TOC_ENTRY.exec(line.trim()) : null;
        if (inToc > 0) inToc--;
        if (toc) {
          style = 'Toc';
          body = `${inline(toc[1].trim())}<text:tab/>${toc[2]}`;
        } else if (compact.length <= 40 && BIG_HEADING.test(line)) style = 'BigHeading';
        else if (compact.length <= 40 && HEADING.test(line)) style = 'Heading';
        else style = 'Body';
      }
      if (breakBefore) style += 'Break';
      out.push(`<text:p text:style-name="${style}">${body}</text:p>`);
    });
  }
  return out.join('\n');
}

function paragraphStyles() {
  const styles = {
    Plain: { para: '', text: '' },
    Body: { para: 'fo:text-indent="24pt"', text: '' },
    Heading: {
      para: 'fo:margin-top="6pt" fo:margin-bottom="6pt"',
      text: 'fo:font-weight="bold" style:font-weight-asian="bold"',
    },
    BigHeading: {
      para: 'fo:text-align="center" fo:margin-top="12pt" fo:margin-bottom="12pt"',
      text: 'fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="bold" style:font-weight-asian="bold"',
    },
    Toc: {
      para: '',
      text: '',
      tabs: '<style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>',
    },
  };
  const out = [];
  for (const [name, s] of Object.entries(styles)) {
    for (const [suffix, extra] of [
      ['', ''],
      ['Break', ' fo:break-before="page"'],
    ]) {
      out.push(
        `<style:style style:name="${name}${suffix}" style:family="paragraph"><style:paragraph-properties ${s.para}${extra}>${s.tabs ?? ''}</style:paragraph-properties><style:text-properties ${s.text}/></style:style>`,
      );
    }
  }
  return out.join('\n');
}

function fodt(text, layout, header) {
  const furniture =
    layout === 'print'
      ? `<style:header><text:p text:style-name="HeaderText">${escapeXml(header)}</text:p></style:header>
         <style:footer><text:p text:style-name="FooterText">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>`
      : '';
  const headerSpace =
    layout === 'print'
      ? '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>'
      : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${FONT}" svg:font-family="'${FONT}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-align="justify" style:punctuation-wrap="simple"/>
<style:text-properties style:font-name="${FONT}" style:font-name-asian="${FONT}" fo:font-size="12pt" style:font-size-asian="12pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
${paragraphStyles()}
<style:style style:name="HeaderText" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="FooterText" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>${headerSpace}</style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">${furniture}</style:master-page></office:master-styles>
<office:body><office:text>
${paragraphs(text, layout)}
</office:text></office:body>
</office:document>
`;
}

function convert(file, to, outDir, profile) {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, file],
    {
      stdio: 'ignore',
      timeout: 300_000,
    },
  );
}

/**
 * A scanned document: the pages of a printed PDF rendered as JPEG images (pdftoppm) and wrapped in a PDF with no
 * text at all, as a scanner writes them.
 */
function scannedPdf(fromPdf, pages, work) {
  const images = [];
  for (let n = 1; n <= pages; n++) {
    const prefix = join(work, `scan-${n}`);
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-gray',
      '-jpeg',
      '-singlefile',
      '-f',
      String(n),
      '-l',
      String(n),
      fromPdf,
      prefix,
    ]);
    images.push(readFileSync(`${prefix}.jpg`));
  }
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add(null);
  const pageTree = add(null);
  const kids = [];
  for (const jpeg of images) {
    // JPEG size from its SOF0/SOF2 marker.
    let i = 2;
    while (i < jpeg.length && !(jpeg[i] === 0xff && (jpeg[i + 1] === 0xc0 || jpeg[i + 1] === 0xc2)))
      i += 2 + jpeg.readUInt16BE(i + 2);
    const h = jpeg.readUInt16BE(i + 5);
    const w = jpeg.readUInt16BE(i + 7);
    const image = add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
        ),
        jpeg,
        Buffer.from('\nendstream'),
      ]),
    );
    const draw = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
    const content = add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = [];
  let length = parts[0].length;
  objects.forEach((body, k) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${k + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(
    Buffer.from(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

const only = process.argv[2];
mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'gangmu-fixtures-'));
const profile = join(work, 'profile');
for (const src of SOURCES) {
  if (only && !src.name.startsWith(only)) continue;
  const text = new TextDecoder('utf-8').decode(readFileSync(src.path));
  for (const layout of ['plain', 'print']) {
    const base = `${src.name}.${layout}`;
    const fodtPath = join(work, `${base}.fodt`);
    writeFileSync(fodtPath, fodt(text, layout, src.header));
    convert(fodtPath, 'pdf', work, profile);
    renameSync(join(work, `${base}.pdf`), join(OUT, `${base}.pdf`));
    if (layout === 'print') {
      convert(fodtPath, 'docx:MS Word 2007 XML', work, profile);
      renameSync(join(work, `${base}.docx`), join(OUT, `${src.name}.docx`));
    }
    console.log(`${basename(src.path)} → ${base}.pdf${layout === 'print' ? `, ${src.name}.docx` : ''}`);
  }
}
if (!only || only === 'scanned') {
  const printed = join(OUT, 'example-xihu-2021-2025.print.pdf');
  writeFileSync(join(OUT, 'scanned-no-text-layer.pdf'), scannedPdf(printed, 2, work));
  console.log('example-xihu-2021-2025.print.pdf pages 1–2 as images → scanned-no-text-layer.pdf');
}
console.log(readdirSync(OUT).length, 'files in', OUT);
