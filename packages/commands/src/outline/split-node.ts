/**
 * Splits a node's text at an offset: the rest becomes a new sibling with the given title, numbered after it
 * (the siblings after are renumbered). If-Match: the node's version. Returns the new node.
 */
import { splitNode as storeSplit, type OutlineNodesTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface SplitNodeOptions {
  readonly nodeId: string;
  readonly expectedVersion: number;
  /** Where the text is cut, in UTF-16 code units from its start. */
  readonly offset: number;
  readonly title: string;
}

export const splitNode = (ctx: CommandContext, o: SplitNodeOptions): Promise<OutlineNodesTable> =>
  storeSplit(ctx.db.kysely, ctx.caller.actor, o.nodeId, o.expectedVersion, {
    offset: o.offset,
    title: o.title,
  });
