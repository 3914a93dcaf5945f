/**
 * Walks the body line by line and builds the outline: parts (篇), chapters (章), sections (节), items
 * (一、 or （一）), boxes (专栏) and their projects, and the indicator tables to be parsed separately.
 * Each line is classified (classify-line.ts) and the action applied to the outline state (outline-state.ts).
 * Which marker is which level is decided once per document (decideScheme), from the TOC and the body.
 */
import type { Diagnostic } from '@gangmu/domain';
import { splitGluedHeading } from './headings.ts';
import type { Line } from './front-matter.ts';
import type { Toc } from './toc.ts';
import { sameTitle } from './similarity.ts';
import { addMissingTocHeadings, decideScheme } from './toc-match.ts';
import type { Outline } from './outline-types.ts';
import { classifyLine, type LineAction } from './classify-line.ts';
import { OutlineState } from './outline-state.ts';
import { headingTitle } from './heading-title.ts';
import { hardWrap } from './wrap-width.ts';
import { formatChineseNumber } from '../normalize/chinese-numerals.ts';

export type { MBox, MChapter, MProject, Outline, Para, TableBlock } from './outline-types.ts';

/** Applies one action; returns how many following lines it consumed (a title broken over two lines). */
function apply(state: OutlineState, action: LineAction, l: Line, next: Line | undefined): number {
  switch (action.kind) {
    case 'pageNumber':
      state.countPageNumber(l);
      return 0;
    case 'realTable':
      state.realTable(l, action.indicators);
      return 0;
    case 'tableRow':
      state.addTableRow(l);
      return 0;
    case 'boxProject':
      state.addProject(action.no, action.name, action.description, l);
      return 0;
    case 'boxText':
      state.continueProject(l.text);
      return 0;
    case 'boxIntro':
      return 0;
    case 'tableCaption':
      state.startTextTable(l);
      return 0;
    case 'generalProvisions':
      state.openChapter(0, action.title, l, state.bestTocChapter(action.title));
      state.lastWasParagraph = false;
      return 0;
    case 'sectionLostNumber':
      state.lastWasParagraph = false;
      return state.sectionHeading('section', 0, '节', action.title, l, next);
    case 'heading':
      state.lastWasParagraph = false;
      return applyHeading(state, action, l, next);
    case 'tocChapter': {
      const { entry } = action.entry;
      state.warn('heading_prefix_missing', l, {
        found: l.text,
        prefix: `第${formatChineseNumber(entry.no)}章`,
        expected: entry.title,
      });
      state.openChapter(entry.no, entry.title, l, action.entry);
      state.lastWasParagraph = false;
      return 0;
    }
    case 'tocSection': {
      const { entry } = action;
      const prefix = `第${formatChineseNumber(entry.no)}节`;
      state.warn('heading_prefix_missing', l, {
        found: l.text,
        prefix,
        expected: `${prefix} ${entry.title}`,
      });
      if (!sameTitle(l.text, entry.title))
        state.warn('heading_title_differs', l, { found: l.text, expected: entry.title });
      state.openSection(entry.no, entry.title, l, entry);
      state.lastWasParagraph = false;
      return 0;
    }
    case 'unnumberedItem': {
      const no = state.lastItemNo() + 1;
      state.warn('item_number_missing', l, { title: l.text, no, marker: `${formatChineseNumber(no)}、` });
      state.openItem(no, l.text, l, null);
      state.lastWasParagraph = false;
      return 0;
    }
    case 'annex':
      state.enterAnnex(l);
      return 0;
    case 'text':
      state.addPara(l.text, l.line);
      // Only a finished sentence closes a paragraph: a long line cut by a PDF page or line wrap does not.
      state.lastWasParagraph = /[。！？；;!?…”"）)]$/.test(l.text);
      return 0;
    case 'endTable':
    case 'endBox':
    case 'splitAt':
      return 0; // handled by the caller, which re-classifies the line
  }
}

function applyHeading(
  state: OutlineState,
  action: Extract<LineAction, { kind: 'heading' }>,
  l: Line,
  next: Line | undefined,
): number {
  const { marker: m, level } = action;
  if (level === 'box') {
    state.openBox(m, l);
    return 0;
  }
  if (level === 'part') {
    const t = headingTitle(
      m.rest,
      next,
      state.toc.parts,
      state.toc.parts.map((p) => p.title),
    );
    state.openPart(m.no, t.title, l);
    if (t.text) state.addPara(t.text, l.line);
    return t.consumed;
  }
  if (level === 'chapter') return state.chapterHeading(m, l, next);
  if (level === 'section') return state.sectionHeading(m.kind, m.no, m.label, m.rest, l, next);
  const { title, text } = splitGluedHeading(m.rest);
  state.openItem(m.no, title, l, m.kind);
  if (text) state.addPara(text, l.line);
  return 0;
}

export function buildOutline(lines: readonly Line[], toc: Toc | null, diagnostics: Diagnostic[]): Outline {
  const wrap = hardWrap(lines.filter((l) => !l.table).map((l) => l.text));
  const state = new OutlineState(decideScheme(lines, toc), toc, diagnostics, wrap);
  // The line before, page numbers skipped: a page break falls anywhere, also inside a sentence cut at the
  // wrap width ("百分之八" | "— 69 —" | "十六，固体废物…"), and the line after it continues that sentence.
  let prev: Line | undefined;
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i]!;
    const next = lines[i + 1];
    for (let guard = 0; guard < 8; guard++) {
      const action = classifyLine(l, state.context(prev, next));
      if (action.kind === 'endTable') state.finishTable();
      else if (action.kind === 'endBox') state.endBox();
      else if (action.kind === 'splitAt') {
        // The sentence before the glued heading is text; the heading is classified as a line of its own.
        state.addPara(l.text.slice(0, action.at), l.line);
        l = { ...l, text: l.text.slice(action.at) };
      } else {
        i += apply(state, action, l, next);
        if (action.kind !== 'pageNumber') prev = lines[i];
        break;
      }
    }
  }
  state.finishTable();
  addMissingTocHeadings(state.chapters, state.toc, diagnostics);
  return state.outline();
}
