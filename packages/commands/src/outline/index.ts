/** Editing the outline of a plan: rename or edit, move, merge, split. Each carries the node's version. */
export * from './update-node.ts';
export * from './move-node.ts';
export * from './merge-nodes.ts';
export * from './split-node.ts';
