/**
 * Where a heading's title ends. Text from PDFs and web pages glues titles to their paragraph, breaks them over two
 * lines, or both; the evidence is tried from the strongest: a TOC title that starts the line, a title broken after a
 * comma (or completed into a TOC title by the next line), a full stop or colon, then the start of a sentence.
 */
import { classifyMarker, splitGluedHeading } from './headings.ts';
import { sameTitle } from './similarity.ts';
import { RUN_IN_MIN_LENGTH, splitRunInTitle } from './run-in-title.ts';
import type { TocEntry } from './toc.ts';
import type { Line } from './front-matter.ts';

export interface HeadingTitle {
  readonly title: string;
  /** Paragraph text that followed the title on the same line. */
  readonly text: string;
  /** Lines after this one that belong to the title (0 or 1). */
  readonly consumed: number;
  readonly how: 'toc' | 'joined' | 'split' | 'plain';
}

/** A title printed glued to its paragraph: a TOC title that starts the line is the split point. */
function splitByToc(rest: string, candidates: readonly TocEntry[]): { title: string; text: string } | null {
  const compactRest = rest.replace(/\s+/g, '');
  for (const e of candidates) {
    const t = e.title.replace(/\s+/g, '');
    if (t && compactRest.length > t.length && compactRest.startsWith(t))
      return { title: e.title, text: compactRest.slice(t.length) };
  }
  return null;
}

/** "第一章" alone, or a title ending in a comma, continues on the next line; so does one the next line completes into a TOC title. */
function joinBrokenTitle(rest: string, next: Line | undefined, tocTitles: readonly string[]): string | null {
  if (!next || next.table || classifyMarker(next.text) || next.text.length > 40 || /[。；]/.test(next.text))
    return null;
  const joined = rest + next.text;
  const completesToc = tocTitles.some((t) => !sameTitle(rest, t) && sameTitle(joined, t));
  return rest === '' || /[,，、和与及]$/.test(rest) || completesToc ? joined : null;
}

/**
 * The title of a heading whose marker has been read, and the paragraph glued after it.
 * `unusedToc` are the TOC entries this heading may stand for; `tocTitles` all TOC titles of its level;
 * `splitAtStop` cuts at the first full stop or colon, as 一、/（一） headings are printed.
 */
export function headingTitle(
  rest: string,
  next: Line | undefined,
  unusedToc: readonly TocEntry[],
  tocTitles: readonly string[],
  splitAtStop = false,
): HeadingTitle {
  const glued = splitByToc(rest, unusedToc);
  if (glued) return { ...glued, consumed: 0, how: 'toc' };
  // 一、 and （一） headings run into their text at the first full stop or colon ("一、加快发展。坚持…").
  if (splitAtStop) {
    const split = splitGluedHeading(rest);
    if (split.text) return { ...split, consumed: 0, how: 'split' };
    if (split.title !== rest) return { title: split.title, text: '', consumed: 0, how: 'plain' };
  }
  const joined = joinBrokenTitle(rest, next, tocTitles);
  if (joined !== null) return { title: joined, text: '', consumed: 1, how: 'joined' };
  if (rest.length > 40) {
    const split = splitGluedHeading(rest);
    if (split.text) return { ...split, consumed: 0, how: 'split' };
  }
  // Without a TOC to go by, a long line may hide a sentence right behind the title.
  if (tocTitles.length === 0 && rest.length >= RUN_IN_MIN_LENGTH) {
    const runIn = splitRunInTitle(rest);
    if (runIn.text) return { ...runIn, consumed: 0, how: 'split' };
  }
  return { title: rest, text: '', consumed: 0, how: 'plain' };
}
