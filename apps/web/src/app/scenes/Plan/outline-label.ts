import type { OutlineNode } from '../../../shared/api.ts';

/** A node's heading as the plan prints it: 第一篇/第二章/第三节 or "4." for an item. */
export const outlineLabel = (n: OutlineNode) =>
  n.kind === 'part'
    ? `第${n.no}篇 ${n.title}`
    : n.kind === 'chapter'
      ? `第${n.no}章 ${n.title}`
      : n.kind === 'section'
        ? `第${n.no}节 ${n.title}`
        : `${n.no}. ${n.title}`;

export interface TreeItem {
  key: string;
  title: string;
  children: TreeItem[];
}

/** The outline as tree data, keeping only nodes that match `keep` (or have a child that does). */
export function outlineTree(
  nodes: OutlineNode[],
  keep: (n: OutlineNode) => boolean = () => true,
): TreeItem[] {
  const matches = (n: OutlineNode): boolean => keep(n) || n.children.some(matches);
  return nodes
    .filter(matches)
    .map((n) => ({ key: n.id, title: outlineLabel(n), children: outlineTree(n.children, keep) }));
}
