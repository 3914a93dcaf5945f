/**
 * The stored source as the review shows it: lines numbered as the importer numbers them (CR LF, CR, LF, form
 * feeds and Unicode separators all break lines), and the page of each line where the source has pages — a PDF's
 * source, and text with form feeds, start each page after a form feed.
 */
export interface SourceLine {
  readonly no: number;
  readonly text: string;
  /** 1-based page; null when the source has no pages. */
  readonly page: number | null;
  /** Whether this line opens its page (the review marks it). */
  readonly opensPage: boolean;
}

const BREAK = /(\r\n|[\r\n\f\v\u2028\u2029\u0085])/;

export function sourceLines(text: string): SourceLine[] {
  const parts = text.split(BREAK);
  const paged = text.includes('\f');
  const out: SourceLine[] = [];
  let page = 1;
  let opensPage = paged;
  for (let i = 0; i < parts.length; i += 2) {
    out.push({ no: out.length + 1, text: parts[i]!, page: paged ? page : null, opensPage });
    opensPage = parts[i + 1] === '\f';
    if (opensPage) page++;
  }
  return out;
}
