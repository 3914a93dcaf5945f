/**
 * Hard-wrapped text: PDF extraction and OCR give a paragraph as lines cut at the page's width, so most lines
 * of the body have the same length. Knowing that length tells a cut line ("……百分之八十四点" + "四，比……") from
 * one that ends where its author ended it, whatever the document's width is.
 */

/** Printed width in full-width characters: ASCII letters, digits and spaces take half a cell. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return w;
}

const charCount = (text: string): number => [...text].length;

/**
 * How a body is wrapped. A typeset page cuts lines at a printed width (`cells`: half-width characters count
 * half); a program that wraps text cuts at a number of characters (`chars`). Whichever measure makes more
 * lines agree is the one the body was cut by.
 */
export interface HardWrap {
  readonly width: number;
  readonly measure: (text: string) => number;
}

/** How far short of the width a cut line may fall (justification, a half-width character at the cut). */
export const WRAP_SLACK = 1.5;
/** Share of the body's longer lines that must sit at one width before the body counts as hard-wrapped. */
const MIN_SHARE = 0.25;
const MIN_LINES = 30;

/** The first line of a paragraph is indented by two characters, which the importer has trimmed away. */
const PARAGRAPH_INDENT = 2;

/** Whether a line reaches the wrap width: it was cut there, not ended by its author. */
export const reachesWrap = (wrap: HardWrap, text: string): boolean => {
  const w = wrap.measure(text);
  return w >= wrap.width - WRAP_SLACK - PARAGRAPH_INDENT && w <= wrap.width + 0.5;
};

/**
 * The wrap of the body, or null when its lines are paragraphs of their own (a web page, a .docx, most copied
 * text): the most common length among lines of 10 or more, by the measure under which most lines share it.
 */
export function hardWrap(texts: readonly string[]): HardWrap | null {
  let best: { wrap: HardWrap; share: number } | null = null;
  for (const measure of [displayWidth, charCount]) {
    const found = commonWidth(texts.map(measure).filter((w) => w >= 10));
    if (found && (!best || found.share > best.share))
      best = { wrap: { width: found.width, measure }, share: found.share };
  }
  return best && best.share >= MIN_SHARE ? best.wrap : null;
}

function commonWidth(widths: readonly number[]): { width: number; share: number } | null {
  if (widths.length < MIN_LINES) return null;
  // Widths come in half cells: count lines per half cell once, then each candidate sums a window of counts
  // (a 10 MB text has hundreds of thousands of lines and a hundred or more distinct widths).
  const halves = new Map<number, number>();
  for (const w of widths) halves.set(Math.round(w * 2), (halves.get(Math.round(w * 2)) ?? 0) + 1);
  const linesBetween = (from: number, to: number) => {
    let n = 0;
    for (let h = Math.ceil(from * 2); h <= Math.floor(to * 2); h++) n += halves.get(h) ?? 0;
    return n;
  };
  const candidates = new Set(widths.map(Math.round));
  let best: { width: number; share: number; exact: number } | null = null;
  for (const candidate of candidates) {
    const share = linesBetween(candidate - WRAP_SLACK, candidate + 0.5) / widths.length;
    // Lines whose width rounds to the candidate: [c − 0.5, c + 0.5) in half cells, as Math.round does.
    const exact = linesBetween(candidate - 0.5, candidate);
    // Ties go to the width most lines have exactly, then to the wider: shorter lines end paragraphs.
    if (
      !best ||
      share > best.share ||
      (share === best.share && (exact > best.exact || (exact === best.exact && candidate > best.width)))
    )
      best = { width: candidate, share, exact };
  }
  return best;
}
