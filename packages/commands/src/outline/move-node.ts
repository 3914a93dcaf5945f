/**
 * Moves a node under another parent (or to the top, for parts and chapters) at a place among its new siblings;
 * a node never goes under itself, under a lower level or into another plan (If-Match: the node's version).
 */
import { moveNode as storeMove, type OutlineNodesTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface MoveNodeOptions {
  readonly nodeId: string;
  readonly expectedVersion: number;
  readonly parentId: string | null;
  /** The place among the new siblings, from 0 (kept within their number). */
  readonly index: number;
}

export const moveNode = (ctx: CommandContext, o: MoveNodeOptions): Promise<OutlineNodesTable> =>
  storeMove(ctx.db.kysely, ctx.caller.actor, o.nodeId, o.expectedVersion, {
    parentId: o.parentId,
    index: o.index,
  });
