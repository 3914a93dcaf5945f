/**
 * The outline state machine: the open part, chapter, section, item, box and text table, and the transitions the
 * classifier's actions call for. Printed numbers are kept when they agree with the TOC and the sequence; a number
 * is changed only with a diagnostic (a TOC entry that says otherwise, or a number that does not increase).
 */
import { diagnostic, type Diagnostic } from '@gangmu/domain';
import { classifyMarker, ENDS_SENTENCE, markerLabel, type Marker, type MarkerKind } from './headings.ts';
import { reachesWrap, type HardWrap } from './wrap-width.ts';
import type { Line } from './front-matter.ts';
import type { TocEntry } from './toc.ts';
import { sameTitle } from './similarity.ts';
import { groupToc, matchScore, type Scheme, type TocChapter, type TocIndex } from './toc-match.ts';
import type { MBox, MChapter, MItem, MSection, Outline, Para, TableBlock } from './outline-types.ts';
import type { Level, LineContext } from './classify-line.ts';
import { headingTitle } from './heading-title.ts';
import type { Toc } from './toc.ts';

type Code = Parameters<typeof diagnostic>[0];
const INDICATOR_TITLE = /指标/;

export class OutlineState {
  readonly parts: Outline['parts'] = [];
  readonly chapters: MChapter[] = [];
  readonly boxes: MBox[] = [];
  readonly tables: TableBlock[] = [];
  readonly paragraphs: Para[] = [];
  readonly pageNumbers = { count: 0, first: 0 };
  readonly toc: TocIndex;
  private part: number | null = null;
  private chapter: MChapter | null = null;
  private section: MSection | null = null;
  private item: MItem | null = null;
  private tocChapter: TocChapter | null = null;
  private box: MBox | null = null;
  private tableLines: Line[] | null = null;
  private tableStart = 0;
  lastWasParagraph = false;
  private lastPage = 0;
  /** Past the body: in an annex (附件), whose numbered notes are not the plan's outline. */
  private annex = false;

  /** The last physical line added to the open paragraph: whether it was cut at the wrap width. */
  private lastParaLine = '';

  constructor(
    readonly scheme: Scheme,
    toc: Toc | null,
    private readonly diagnostics: Diagnostic[],
    /** How the body is hard-wrapped (wrap-width.ts), null when its lines are whole paragraphs. */
    readonly wrap: HardWrap | null = null,
  ) {
    this.toc = groupToc(toc, scheme);
  }

  warn(code: Code, l: Line, params: Record<string, string | number> = {}): void {
    this.diagnostics.push(diagnostic(code, l.line, l.text, params));
  }

  /** What the classifier may know about the line between `prev` and `next`. */
  context(prev: Line | undefined, next: Line | undefined): LineContext {
    const project = this.box?.projects[this.box.projects.length - 1];
    return {
      boxProjectOpen: !!project && !ENDS_SENTENCE.test(project.description || project.name),
      prev: prev && !prev.table ? prev.text : null,
      prevCut: !!prev && !prev.table && this.isCut(prev.text),
      nextCut: !!next && !next.table && this.isCut(next.text),
      lastPage: this.lastPage,
      scheme: this.scheme,
      mode: this.tableLines !== null ? 'textTable' : this.box ? 'box' : this.annex ? 'annex' : 'body',
      boxHasProjects: (this.box?.projects.length ?? 0) > 0,
      hasChapter: this.chapter !== null,
      hasSection: this.section !== null,
      hasItem: this.item !== null,
      itemKind: this.section?.itemKind ?? null,
      lastWasParagraph: this.lastWasParagraph,
      next: next && !next.table ? next.text : null,
      nextNo: (level) => this.nextNo(level),
      tocChapterFor: (text) => this.bestTocChapter(text),
      tocSectionFor: (text) => this.bestTocSection(text),
    };
  }

  /** A line that ran to the wrap width without closing its sentence: the text goes on in the next line. */
  private isCut(text: string): boolean {
    return (
      this.wrap !== null &&
      reachesWrap(this.wrap, text) &&
      !ENDS_SENTENCE.test(text) &&
      !/[:：]$/.test(text) &&
      !classifyMarker(text)
    );
  }

  private nextNo(level: Level): number {
    const last = <T extends { no: number }>(xs: readonly T[] | undefined) => xs?.[xs.length - 1]?.no ?? 0;
    if (level === 'part') return last(this.parts) + 1;
    if (level === 'chapter') return last(this.chapters) + 1;
    if (level === 'section') return last(this.chapter?.sections) + 1;
    if (level === 'item') return last(this.section?.items) + 1;
    return last(this.boxes) + 1;
  }

  bestTocChapter(title: string): TocChapter | null {
    let best: TocChapter | null = null;
    let bestScore = 0;
    for (const c of this.toc.chapters) {
      if (c.used) continue;
      const s = matchScore(title, c.entry.title);
      if (s > bestScore) [best, bestScore] = [c, s];
    }
    return best;
  }

  bestTocSection(title: string): TocEntry | null {
    let best: TocEntry | null = null;
    let bestScore = 0;
    for (const s of this.tocChapter?.sections ?? []) {
      if (this.tocChapter!.usedSections.has(s)) continue;
      const score = matchScore(title, s.title);
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    return best;
  }

  addPara(text: string, line: number): void {
    const target = this.item?.paras ?? this.section?.paras ?? this.chapter?.paras;
    const prev = target?.[target.length - 1];
    // Text broken by a page or a line wrap: a long line without closing punctuation continues on the next line.
    const cut = this.isCut(this.lastParaLine);
    this.lastParaLine = text;
    if (
      prev &&
      (prev.text.length >= 20 || cut) &&
      !ENDS_SENTENCE.test(prev.text) &&
      !/[:：]$/.test(prev.text) &&
      !/^——/.test(text)
    ) {
      prev.text += text;
      return;
    }
    const para: Para = { text, line, chapter: this.chapter?.no ?? null, section: this.section?.no ?? null };
    target?.push(para);
    this.paragraphs.push(para);
  }

  /** The body ends at an annex: nothing after it joins the last chapter, section or item. */
  enterAnnex(l: Line): void {
    this.endBox();
    this.annex = true;
    this.chapter = null;
    this.section = null;
    this.item = null;
    this.warn('annex_found', l, { title: l.text.trim() });
  }

  countPageNumber(l: Line): void {
    if (this.pageNumbers.count++ === 0) this.pageNumbers.first = l.line;
    const printed = /\d+/.exec(l.text);
    if (printed) this.lastPage = Number(printed[0]);
  }

  realTable(l: Line, indicators: boolean): void {
    if (this.tableLines !== null || (this.box && INDICATOR_TITLE.test(this.box.title)) || indicators) {
      this.tables.push({ line: l.line, boxNo: this.box?.no ?? null, rows: l.table });
      this.tableLines = null;
      this.box = null;
    } else this.addPara((l.table ?? []).map((r) => r.join(' ')).join('\n'), l.line);
  }

  startTextTable(l: Line): void {
    this.tableLines = [];
    this.tableStart = l.line;
  }

  addTableRow(l: Line): void {
    this.tableLines?.push(l);
  }

  finishTable(): void {
    if (this.tableLines)
      this.tables.push({ line: this.tableStart, boxNo: this.box?.no ?? null, lines: this.tableLines });
    this.tableLines = null;
    this.box = null;
  }

  endBox(): void {
    this.box = null;
  }

  addProject(no: number, name: string, description: string, l: Line): void {
    this.box?.projects.push({ no, name, description, line: l.line });
  }

  continueProject(text: string): void {
    const last = this.box?.projects[this.box.projects.length - 1];
    if (last) last.description += text;
  }

  openPart(no: number, title: string, l: Line): void {
    this.part = no;
    this.parts.push({ no, title, line: l.line });
    this.chapter = null;
    this.section = null;
    this.item = null;
  }

  openBox(m: Marker, l: Line): void {
    const box: MBox = {
      no: m.no,
      title: m.rest,
      chapter: this.chapter?.no ?? null,
      section: this.section?.no ?? null,
      line: l.line,
      projects: [],
    };
    this.box = box;
    this.boxes.push(box);
    if (INDICATOR_TITLE.test(m.rest)) this.startTextTable(l);
  }

  /** Opens a chapter; numbers only ever increase: a repeated or backward number continues the sequence. */
  openChapter(printedNo: number, title: string, l: Line, tocEntry: TocChapter | null): void {
    const lastNo = this.chapters[this.chapters.length - 1]?.no ?? -1;
    const no = printedNo > lastNo ? printedNo : lastNo + 1;
    if (no !== printedNo)
      this.warn('heading_number_out_of_order', l, { found: String(printedNo), expected: String(no) });
    this.chapter = {
      no,
      title,
      part: this.part,
      tocPage: tocEntry?.entry.page ?? null,
      line: l.line,
      paras: [],
      sections: [],
    };
    this.chapters.push(this.chapter);
    this.section = null;
    this.item = null;
    this.tocChapter = tocEntry;
    if (tocEntry) tocEntry.used = true;
  }

  openSection(printedNo: number, title: string, l: Line, tocEntry: TocEntry | null): void {
    if (!this.chapter) this.openChapter(1, '', l, null);
    const chapter = this.chapter!;
    const lastNo = chapter.sections[chapter.sections.length - 1]?.no ?? 0;
    const no = printedNo > lastNo ? printedNo : lastNo + 1;
    if (no !== printedNo)
      this.warn('heading_number_out_of_order', l, { found: String(printedNo), expected: String(no) });
    this.section = { no, title, tocPage: tocEntry?.page ?? null, line: l.line, paras: [], items: [] };
    chapter.sections.push(this.section);
    this.item = null;
    if (tocEntry) this.tocChapter?.usedSections.add(tocEntry);
  }

  openItem(no: number, title: string, l: Line, kind: MarkerKind | null): void {
    if (!this.section) return;
    if (kind) this.section.itemKind ??= kind;
    this.item = { no, title, line: l.line, paras: [] };
    this.section.items.push(this.item);
  }

  /** The number of the last item of the open section, for an item that lost its number. */
  lastItemNo(): number {
    return this.item?.no ?? 0;
  }

  /** 第X章: the title (TOC-guided), then the number: the TOC's when it names this heading, else the printed one. */
  chapterHeading(m: Marker, l: Line, next: Line | undefined): number {
    const unused = this.toc.chapters.filter((c) => !c.used).map((c) => c.entry);
    const t = headingTitle(
      m.rest,
      next,
      unused,
      this.toc.chapters.map((c) => c.entry.title),
      m.kind !== 'chapter',
    );
    if (t.how === 'toc' || t.how === 'split') this.warn('heading_split_from_text', l, { title: t.title });
    if (t.how === 'joined') this.warn('heading_joined', l, { title: t.title });
    const tocMatch = this.bestTocChapter(t.title);
    let no = m.no;
    let title = t.title;
    if (tocMatch) {
      if (tocMatch.entry.no !== m.no)
        this.warn('heading_number_wrong', l, {
          found: m.label,
          expected: markerLabel(m.kind, tocMatch.entry.no),
        });
      no = tocMatch.entry.no;
      if (!sameTitle(t.title, tocMatch.entry.title)) {
        this.warn('heading_title_differs', l, { found: t.title, expected: tocMatch.entry.title });
        title = tocMatch.entry.title;
      }
    } else {
      const last = this.chapters[this.chapters.length - 1];
      if (last && no <= last.no) {
        this.warn('heading_number_out_of_order', l, {
          found: m.label,
          expected: markerLabel(m.kind, last.no + 1),
        });
        no = last.no + 1;
      }
    }
    this.openChapter(no, title, l, tocMatch);
    if (t.text) this.addPara(t.text, l.line);
    return t.consumed;
  }

  /** 第X节, or a section whose ordinal was lost (`no` 0): numbered by the TOC when it names it, else in sequence. */
  sectionHeading(
    kind: MarkerKind,
    no: number,
    label: string,
    rest: string,
    l: Line,
    next: Line | undefined,
  ): number {
    const tocSections = this.tocChapter?.sections ?? [];
    const unused = tocSections.filter((s) => !this.tocChapter!.usedSections.has(s));
    const t = headingTitle(
      rest,
      next,
      unused,
      tocSections.map((s) => s.title),
      kind !== 'section',
    );
    if (t.how === 'toc') this.warn('heading_split_from_text', l, { title: t.title });
    if (t.how === 'joined') this.warn('heading_joined', l, { title: t.title });
    const missingOrdinal = no === 0;
    const tocMatch = this.bestTocSection(t.title);
    let title = t.title;
    const lastNo = this.chapter?.sections[this.chapter.sections.length - 1]?.no ?? 0;
    let finalNo = no;
    if (tocMatch) {
      finalNo = tocMatch.no;
      if (missingOrdinal)
        this.warn('heading_prefix_missing', l, {
          found: l.text,
          prefix: '第X',
          expected: `${markerLabel(kind, finalNo)} ${tocMatch.title}`,
        });
      else if (tocMatch.no !== no)
        this.warn('heading_number_wrong', l, {
          found: label,
          expected: markerLabel(kind, tocMatch.no),
        });
      if (!sameTitle(t.title, tocMatch.title)) {
        this.warn('heading_title_differs', l, { found: t.title, expected: tocMatch.title });
        title = tocMatch.title;
      }
    } else if (missingOrdinal || finalNo <= lastNo) {
      finalNo = lastNo + 1;
      this.warn(missingOrdinal ? 'heading_number_missing' : 'heading_number_out_of_order', l, {
        found: label,
        expected: markerLabel(kind, finalNo),
      });
    }
    this.openSection(finalNo, title, l, tocMatch);
    if (t.text) this.addPara(t.text, l.line);
    return t.consumed;
  }

  outline(): Outline {
    return {
      parts: this.parts,
      chapters: this.chapters,
      boxes: this.boxes,
      tables: this.tables,
      paragraphs: this.paragraphs,
      pageNumbersDropped: this.pageNumbers,
    };
  }
}
