/** Renames or renumbers a node of a plan's outline, or edits its text (If-Match: the node's version). */
import { updateNode as storeNode, type OutlineNodesTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface UpdateNodeOptions {
  readonly nodeId: string;
  readonly expectedVersion: number;
  readonly title?: string | undefined;
  readonly body?: string | undefined;
  readonly no?: number | undefined;
}

export const updateNode = (ctx: CommandContext, o: UpdateNodeOptions): Promise<OutlineNodesTable> =>
  storeNode(ctx.db.kysely, ctx.caller.actor, o.nodeId, o.expectedVersion, {
    ...(o.title !== undefined ? { title: o.title } : {}),
    ...(o.body !== undefined ? { body: o.body } : {}),
    ...(o.no !== undefined ? { no: o.no } : {}),
  });
