/** Where an outline item sits: its chapter and section, as labels ("3 扩大内需"), keyed by the item's id. */
import type { OutlineNodeView } from '@gangmu/storage';

export interface OutlinePlace {
  readonly chapter: string;
  readonly section: string;
}

/** The chapters of an outline, parts flattened away, in order. */
export const chaptersOf = (outline: readonly OutlineNodeView[]): OutlineNodeView[] =>
  outline.flatMap((n) => (n.kind === 'part' ? n.children : [n]));

export const chapterLabel = (c: OutlineNodeView): string => `${c.no} ${c.title}`;

export function outlinePlaces(outline: readonly OutlineNodeView[]): Map<string, OutlinePlace> {
  const places = new Map<string, OutlinePlace>();
  for (const c of chaptersOf(outline))
    for (const s of c.children)
      for (const item of s.children)
        places.set(item.id, { chapter: chapterLabel(c), section: chapterLabel(s) });
  return places;
}
