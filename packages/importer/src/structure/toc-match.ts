/**
 * Matching the body against the table of contents: which levels a document uses, the TOC grouped by chapter,
 * how well a body line matches a TOC title, and TOC headings the body never printed.
 */
import { diagnostic, type Diagnostic } from '@gangmu/domain';
import { classifyMarker } from './headings.ts';
import type { Line } from './front-matter.ts';
import type { Toc, TocEntry } from './toc.ts';
import { stripTitle, titleSimilarity } from './similarity.ts';
import { formatChineseNumber } from '../normalize/chinese-numerals.ts';
import type { MChapter } from './outline-types.ts';

/**
 * How a document numbers its levels: 章 and 节 (`full`), 章 only (`chapterOnly`), 一、/（一） (`flat`), or, as the
 * CPC's proposals (建议) do, 一、 parts with articles 1．2．… numbered on across them (`articles`: parts › chapters).
 */
export type Scheme = 'full' | 'chapterOnly' | 'flat' | 'articles';

export function decideScheme(lines: readonly Line[], toc: Toc | null): Scheme {
  let chapters = 0;
  let sections = 0;
  for (const e of toc?.entries ?? []) {
    if (e.kind === 'chapter') chapters++;
    if (e.kind === 'section') sections++;
  }
  for (const l of lines) {
    const k = classifyMarker(l.text)?.kind;
    if (k === 'chapter') chapters++;
    else if (k === 'section') sections++;
  }
  // One 章 is enough: short plans (special plans, excerpts) may have a single chapter.
  if (chapters >= 1) return sections >= 1 ? 'full' : 'chapterOnly';
  return articlesRunAcrossParts(lines) ? 'articles' : 'flat';
}

/**
 * Whether the 1．2．… articles under the 一、 headings number on from one heading to the next (a proposal's 60
 * articles under its 15 parts) rather than starting again at 1 (a list under each heading).
 */
function articlesRunAcrossParts(lines: readonly Line[]): boolean {
  let headings = 0;
  let lastArticle = 0;
  let firstAfterHeading = false;
  let goOn = 0;
  let restart = 0;
  for (const l of lines) {
    const m = classifyMarker(l.text);
    if (m?.kind === 'cn') [headings, firstAfterHeading] = [headings + 1, true];
    if (m?.kind !== 'num') continue;
    if (firstAfterHeading && headings >= 2) {
      if (m.no === lastArticle + 1 && m.no > 1) goOn++;
      else restart++;
    }
    [lastArticle, firstAfterHeading] = [m.no, false];
  }
  return goOn >= 2 && restart === 0;
}

export interface TocChapter {
  readonly entry: TocEntry;
  readonly sections: TocEntry[];
  used: boolean;
  readonly usedSections: Set<TocEntry>;
}

export interface TocIndex {
  readonly parts: TocEntry[];
  readonly chapters: TocChapter[];
}

/** An unnumbered opening chapter (总则) is chapter 0: the printed 第一章 keeps its number. */
const GENERAL_PROVISIONS = /^(?:总则|总论)$/;

/** The TOC entries grouped by chapter, with the marker kinds this document's scheme gives each level. */
export function groupToc(toc: Toc | null, scheme: Scheme = 'full'): TocIndex {
  const chapterKind = scheme === 'flat' ? 'cn' : scheme === 'articles' ? 'num' : 'chapter';
  const sectionKind = scheme === 'full' ? 'section' : scheme === 'chapterOnly' ? 'cn' : 'paren';
  const parts: TocEntry[] = [];
  const chapters: TocChapter[] = [];
  for (const e of toc?.entries ?? []) {
    if (e.kind === 'part') parts.push(e);
    else if (e.kind === chapterKind)
      chapters.push({ entry: e, sections: [], used: false, usedSections: new Set() });
    else if (
      e.kind === 'other' &&
      scheme !== 'flat' &&
      chapters.length === 0 &&
      GENERAL_PROVISIONS.test(e.title)
    )
      chapters.push({ entry: { ...e, no: 0 }, sections: [], used: false, usedSections: new Set() });
    else if (e.kind === sectionKind) chapters[chapters.length - 1]?.sections.push(e);
  }
  return { parts, chapters };
}

/** The TOC heading a body line stands for: equal, nearly equal, or the TOC title cut at either end. */
export function matchScore(line: string, tocTitle: string): number {
  const sim = titleSimilarity(line, tocTitle, 0.8);
  if (sim >= 0.8) return sim;
  const a = stripTitle(line);
  const b = stripTitle(tocTitle);
  if (a.length >= 4 && a.length >= b.length * 0.6 && (b.endsWith(a) || b.startsWith(a))) return 0.8;
  return 0;
}

/** TOC headings never found in the body are added (without text), so the outline is complete; each is named. */
export function addMissingTocHeadings(
  chapters: MChapter[],
  toc: { chapters: TocChapter[] },
  diagnostics: Diagnostic[],
): void {
  for (const c of toc.chapters) {
    let chapter = chapters.find((x) => x.no === c.entry.no);
    if (!chapter) {
      chapter = {
        no: c.entry.no,
        title: c.entry.title,
        part: null,
        tocPage: c.entry.page,
        line: c.entry.line,
        paras: [],
        sections: [],
      };
      const at = chapters.findIndex((x) => x.no > c.entry.no);
      chapters.splice(at < 0 ? chapters.length : at, 0, chapter);
      diagnostics.push(
        diagnostic('heading_missing_in_body', c.entry.line, c.entry.title, {
          expected: `第${formatChineseNumber(c.entry.no)}章 ${c.entry.title}`,
        }),
      );
    }
    for (const s of c.sections) {
      if (chapter.sections.some((x) => x.no === s.no)) continue;
      const at = chapter.sections.findIndex((x) => x.no > s.no);
      chapter.sections.splice(at < 0 ? chapter.sections.length : at, 0, {
        no: s.no,
        title: s.title,
        tocPage: s.page,
        line: s.line,
        paras: [],
        items: [],
      });
      diagnostics.push(
        diagnostic('heading_missing_in_body', s.line, s.title, {
          expected: `第${formatChineseNumber(s.no)}节 ${s.title}`,
        }),
      );
    }
  }
}
