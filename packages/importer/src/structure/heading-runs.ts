/**
 * A heading and its paragraph on one line, as PDF text gives them: "第一章\u3000发展环境\u3000\u3000“十三五”时期，全区……".
 * What separates them is a run of two or more spaces (full-width or ASCII), the only trace of the line break the
 * extraction lost. A run right after the marker ("第一节  指导思想") is the marker's spacing, not a break; a run
 * inside a justified word ("总    则") is no break either, since no marker starts the line.
 */
import { classifyMarker } from './headings.ts';
import { normalizeLine } from '../normalize/normalize-line.ts';

const GAP = /[ \u00a0\u2000-\u200a\u3000\t]{2,}/g;
const CJK = /[\u4e00-\u9fff]/;
const MAX_HEADING = 50;
const TOC_ENTRY_END = /(?:[.．…·_]{2,}|\s)\s*\d{1,4}$/;

/**
 * Splits a raw line (before normalisation) into a heading and what follows it, recursively: a part heading, its
 * first chapter and the chapter's first sentence can share one line. Lines without such a heading come back whole.
 */
export function splitHeadingRuns(raw: string): string[] {
  const line = raw.replace(/^[\s\u3000]+/, '');
  if (!GAP.test(line)) return [raw];
  GAP.lastIndex = 0;
  for (const gap of line.matchAll(GAP)) {
    const at = gap.index ?? 0;
    const head = normalizeLine(line.slice(0, at));
    // A TOC line ends its entry with leaders and a page number: a gap after it separates two columns, not a paragraph.
    if (head.length > MAX_HEADING || /[。；]/.test(head) || TOC_ENTRY_END.test(head)) break;
    const marker = classifyMarker(head);
    if (!marker || marker.kind === 'num' || marker.kind === 'parenNum') break;
    if (marker.rest.length < 2) continue; // the marker's own spacing
    const tail = line.slice(at + gap[0].length);
    if (!CJK.test(tail)) break;
    return [line.slice(0, at), ...splitHeadingRuns(tail)];
  }
  return [raw];
}
