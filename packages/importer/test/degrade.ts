/**
 * The defects real extraction puts into a plan's text (PDF text, OCR, web copies), as pure functions of the text and
 * a few parameters, so fast-check can generate, combine and shrink them. Each takes the clean text and the document's
 * gold outline (for the TOC it prints and the title it repeats) and returns the damaged text.
 */
import fc from 'fast-check';

export interface GoldOutline {
  readonly title: string | null;
  readonly chapters: readonly {
    readonly no: number;
    readonly title: string;
    readonly sections?: readonly { readonly no: number; readonly title: string }[];
  }[];
}

const CN = '零一二三四五六七八九';
const cn = (n: number): string =>
  n < 10
    ? CN[n]!
    : n < 20
      ? `十${n % 10 ? CN[n % 10] : ''}`
      : `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;

export interface Defects {
  /** Page footers ("— 3 —") and running headers (the title) every `every` lines. */
  readonly pages: { readonly every: number; readonly footer: 0 | 1 | 2 | 3; readonly header: boolean } | null;
  /** A printed TOC with dot leaders and page numbers, one or two entries a line, put before the body. */
  readonly toc: { readonly twoColumns: boolean } | null;
  /** Headings joined to the next line by a run of spaces, for one heading in `every`. */
  readonly joinHeadings: { readonly every: number; readonly gap: string } | null;
  /** Long lines hard-wrapped at `width` characters, cutting words. */
  readonly wrap: number | null;
  readonly lineEnding: '\n' | '\r\n' | '\r';
  readonly digits: 'asIs' | 'fullWidth';
  readonly blankLines: boolean;
  /** An encyclopedia page's infobox before the title. */
  readonly wrapper: boolean;
}

export const NO_DEFECTS: Defects = {
  pages: null,
  toc: null,
  joinHeadings: null,
  wrap: null,
  lineEnding: '\n',
  digits: 'asIs',
  blankLines: false,
  wrapper: false,
};

const FOOTERS = [(n: number) => `— ${n} —`, (n: number) => `- ${n} -`, (n: number) => `第 ${n} 页`, String];

const HEADING_START =
  /^[\s\u3000]*(?:第[一二三四五六七八九十]+[篇章节编]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)/;

/** Where the body starts: the first heading line at or before the gold's first chapter, where a TOC would go. */
function bodyStart(lines: readonly string[], gold: GoldOutline): number {
  const first = gold.chapters[0];
  if (!first) return 0;
  const key = first.title.replace(/\s+/g, '').slice(0, 6);
  const chapterAt = lines.findIndex((l) => l.replace(/\s+/g, '').includes(key) && !/\.{3}|…{2}/.test(l));
  const headingAt = lines.findIndex((l) => HEADING_START.test(l) || /^[\s\u3000]*总\s*则\s*$/.test(l));
  return headingAt >= 0 ? headingAt : Math.max(0, chapterAt);
}

function printedToc(gold: GoldOutline, text: string, twoColumns: boolean): string[] {
  const flat = !/第[一二三四五六七八九十]+章/.test(text);
  const entries: string[] = [];
  let page = 1;
  for (const c of gold.chapters) {
    const label = c.no === 0 ? '' : flat ? `${cn(c.no)}、` : `第${cn(c.no)}章 `;
    entries.push(`${label}${c.title} ${'.'.repeat(12)} ${page}`);
    for (const s of c.sections ?? []) {
      const sLabel = flat
        ? `（${cn(s.no)}）`
        : /第[一二三四五六七八九十]+节/.test(text)
          ? `第${cn(s.no)}节 `
          : `${cn(s.no)}、`;
      entries.push(`${sLabel}${s.title} ${'.'.repeat(8)} ${page}`);
      page += 2;
    }
    page += 1;
  }
  if (!twoColumns) return ['目 录', ...entries];
  // Two columns read line by line: the left column's entry, then the right column's.
  const half = Math.ceil(entries.length / 2);
  const rows = entries.slice(0, half).map((e, i) => (entries[half + i] ? `${e}    ${entries[half + i]}` : e));
  return ['目 录', ...rows];
}

/** Applies the defects in the order extraction would make them: layout first, encoding last. */
export function degrade(text: string, gold: GoldOutline, d: Defects): string {
  let lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  if (d.toc && !lines.some((l) => /^[\sIVX\d]*目\s*录\s*$/.test(l))) {
    const at = bodyStart(lines, gold);
    lines = [...lines.slice(0, at), ...printedToc(gold, text, d.toc.twoColumns), ...lines.slice(at)];
  }
  if (d.joinHeadings) {
    const out: string[] = [];
    let seen = 0;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      const next = lines[i + 1];
      if (HEADING_START.test(l) && l.trim().length <= 30 && next && next.trim().length > 10) {
        if (seen++ % d.joinHeadings.every === 0) {
          out.push(`${l.trimEnd()}${d.joinHeadings.gap}${next.trim()}`);
          i++;
          continue;
        }
      }
      out.push(l);
    }
    lines = out;
  }
  if (d.wrap) {
    const width = d.wrap;
    lines = lines.flatMap((l) => {
      // Headings and TOC lines are laid out to fit the line; paragraphs run on and get cut anywhere.
      if (l.length <= 45 || HEADING_START.test(l) || /\.{6}|…{3}|·{6}/.test(l)) return [l];
      const pieces: string[] = [];
      for (let i = 0; i < l.length; i += width) pieces.push(l.slice(i, i + width));
      return pieces;
    });
  }
  if (d.pages) {
    const { every, footer, header } = d.pages;
    const out: string[] = [];
    lines.forEach((l, i) => {
      out.push(l);
      if (i > 0 && i % every === 0) {
        out.push(FOOTERS[footer]!(Math.floor(i / every)));
        if (header && gold.title) out.push(gold.title);
      }
    });
    lines = out;
  }
  if (d.wrapper && gold.title)
    lines = [
      `${gold.title}_百度百科`,
      `中文名：${gold.title}`,
      '发布单位：人民政府',
      '类    别：规划',
      ...lines,
    ];
  if (d.blankLines) lines = lines.flatMap((l) => [l, '']);
  let out = lines.join(d.lineEnding);
  if (d.digits === 'fullWidth')
    out = out.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return out;
}

/** Any combination of the defects, each present or not, with its parameters. */
export const defectsArbitrary: fc.Arbitrary<Defects> = fc.record({
  pages: fc.option(
    fc.record({
      every: fc.integer({ min: 15, max: 60 }),
      footer: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
      header: fc.boolean(),
    }),
  ),
  toc: fc.option(fc.record({ twoColumns: fc.boolean() })),
  joinHeadings: fc.option(
    fc.record({
      every: fc.integer({ min: 1, max: 4 }),
      gap: fc.constantFrom('\u3000\u3000', '  ', '   ', ' \u3000 '),
    }),
  ),
  wrap: fc.option(fc.integer({ min: 18, max: 40 })),
  lineEnding: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
  digits: fc.constantFrom('asIs' as const, 'fullWidth' as const),
  blankLines: fc.boolean(),
  wrapper: fc.boolean(),
});
