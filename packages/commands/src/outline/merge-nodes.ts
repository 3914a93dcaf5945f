/**
 * Merges a node into the sibling before it: its title and text are appended to that node's text, its children
 * move over, and it is deleted (If-Match: the merged node's version). Returns the node merged into.
 */
import { mergeNode, type OutlineNodesTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface MergeNodesOptions {
  readonly nodeId: string;
  readonly expectedVersion: number;
}

export const mergeNodes = (ctx: CommandContext, o: MergeNodesOptions): Promise<OutlineNodesTable> =>
  mergeNode(ctx.db.kysely, ctx.caller.actor, o.nodeId, o.expectedVersion);
