/**
 * Editing a draft's outline: rename or re-number a node, move it, merge it into the node before it, split an
 * item in two. Every row is written with a version condition (the version the client or the operation read), never
 * checked first and written after, so no concurrent change is lost; every changed row is recorded.
 */
import type { Kysely } from 'kysely';
import type { Actor } from './audit.ts';
import type { Database, OutlineNodesTable } from './schema.ts';
import { newId, StorageError, updateVersioned, write, type WriteContext } from './write.ts';

const RANK: Record<OutlineNodesTable['kind'], number> = { part: 0, chapter: 1, section: 2, item: 3 };

async function nodeRow(ctx: WriteContext, id: string): Promise<OutlineNodesTable> {
  const n = await ctx.trx.selectFrom('outline_nodes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!n) throw new StorageError('NOT_FOUND', `node ${id} not found`, { nodeId: id });
  return n;
}

async function siblings(
  ctx: WriteContext,
  planId: string,
  parentId: string | null,
): Promise<OutlineNodesTable[]> {
  let q = ctx.trx.selectFrom('outline_nodes').selectAll().where('plan_id', '=', planId);
  q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
  return q.orderBy('position').execute();
}

/** The highest position in a plan's outline: a moved or new node takes the slot after it before renumbering. */
async function lastPosition(ctx: WriteContext, planId: string): Promise<number> {
  const row = await ctx.trx
    .selectFrom('outline_nodes')
    .select((eb) => eb.fn.max('position').as('m'))
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow();
  return Number(row.m ?? 0);
}

/**
 * Changes one node row as the caller read it: the update holds only while the row still has the version that
 * was read (`WHERE version = read`), so a change committed by someone else in between is never overwritten;
 * the whole operation then fails with VERSION_CONFLICT and changes nothing. Records before and after.
 */
async function changeNode(
  ctx: WriteContext,
  node: OutlineNodesTable,
  changes: Partial<Pick<OutlineNodesTable, 'position' | 'parent_id' | 'body' | 'no'>>,
  action: string,
): Promise<OutlineNodesTable> {
  const after = { ...node, ...changes, version: node.version + 1 };
  const result = await ctx.trx
    .updateTable('outline_nodes')
    .set({ ...changes, version: after.version })
    .where('id', '=', node.id)
    .where('version', '=', node.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw conflict(node.id, node.version);
  ctx.record({ action, entity: 'node', entityId: node.id, planId: node.plan_id, before: node, after });
  return after;
}

const conflict = (nodeId: string, expected: number) =>
  new StorageError('VERSION_CONFLICT', `node ${nodeId} was changed by someone else`, { nodeId, expected });

/** Gives `ordered` consecutive positions starting after the lowest they hold, recording each row that moves. */
async function renumberPositions(ctx: WriteContext, ordered: readonly OutlineNodesTable[]): Promise<void> {
  const slots = ordered.map((n) => n.position).sort((a, b) => a - b);
  for (let i = 0; i < ordered.length; i++) {
    const n = ordered[i]!;
    if (n.position === slots[i]) continue;
    await changeNode(ctx, n, { position: slots[i]! }, 'node.reorder');
  }
}

export async function updateNode(
  db: Kysely<Database>,
  actor: Actor,
  nodeId: string,
  expected: number,
  changes: { title?: string; body?: string; no?: number },
) {
  return write(db, actor, async (ctx) => {
    const { before, after } = await updateVersioned(ctx.trx, 'outline_nodes', nodeId, expected, changes);
    ctx.record({
      action: 'node.update',
      entity: 'node',
      entityId: nodeId,
      planId: before.plan_id,
      before,
      after,
    });
    return after;
  });
}

export async function moveNode(
  db: Kysely<Database>,
  actor: Actor,
  nodeId: string,
  expected: number,
  target: { parentId: string | null; index: number },
) {
  return write(db, actor, async (ctx) => {
    const node = await nodeRow(ctx, nodeId);
    if (target.parentId !== null) {
      const parent = await nodeRow(ctx, target.parentId);
      if (parent.plan_id !== node.plan_id)
        throw new StorageError('INVALID', 'the new parent belongs to another plan', { field: 'parentId' });
      if (RANK[parent.kind] >= RANK[node.kind])
        throw new StorageError('INVALID', `a ${node.kind} cannot be placed under a ${parent.kind}`, {
          field: 'parentId',
        });
      for (
        let p: OutlineNodesTable | undefined = parent;
        p;
        p = p.parent_id ? await nodeRow(ctx, p.parent_id) : undefined
      ) {
        if (p.id === node.id)
          throw new StorageError('INVALID', 'a node cannot be moved under itself', { field: 'parentId' });
      }
    } else if (node.kind === 'section' || node.kind === 'item') {
      throw new StorageError('INVALID', `a ${node.kind} needs a parent`, { field: 'parentId' });
    }
    const { before, after } = await updateVersioned(ctx.trx, 'outline_nodes', nodeId, expected, {
      parent_id: target.parentId,
    });
    ctx.record({
      action: 'node.move',
      entity: 'node',
      entityId: nodeId,
      planId: node.plan_id,
      before,
      after,
    });
    const list = (await siblings(ctx, node.plan_id, target.parentId)).filter((n) => n.id !== nodeId);
    const index = Math.max(0, Math.min(target.index, list.length));
    // The moved node takes a slot from the end of the plan so that renumbering has room for it.
    const maxPos = await lastPosition(ctx, node.plan_id);
    // Recorded too, so that a plan rebuilt from the trail has every position the node held.
    const moved = await changeNode(ctx, after, { position: maxPos + 1 }, 'node.reorder');
    list.splice(index, 0, moved);
    await renumberPositions(ctx, list);
    return nodeRow(ctx, nodeId);
  });
}

/** Merges a node into the sibling before it: its title and text are appended, its children move over, it is deleted. */
export async function mergeNode(db: Kysely<Database>, actor: Actor, nodeId: string, expected: number) {
  return write(db, actor, async (ctx) => {
    const node = await nodeRow(ctx, nodeId);
    if (node.version !== expected)
      throw new StorageError('VERSION_CONFLICT', `node ${nodeId} was changed by someone else`, {
        current: node.version,
        expected,
      });
    const list = await siblings(ctx, node.plan_id, node.parent_id);
    const at = list.findIndex((n) => n.id === nodeId);
    const into = list[at - 1];
    if (!into)
      throw new StorageError('INVALID', 'the first node has no node before it to merge into', { nodeId });
    const body = [into.body, node.title, node.body].filter((s) => s.trim() !== '').join('\n');
    const mergedInto = await changeNode(ctx, into, { body }, 'node.merge');
    for (const child of await siblings(ctx, node.plan_id, node.id)) {
      await changeNode(ctx, child, { parent_id: into.id }, 'node.move');
    }
    const deleted = await ctx.trx
      .deleteFrom('outline_nodes')
      .where('id', '=', nodeId)
      .where('version', '=', expected)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== 1) throw conflict(nodeId, expected);
    ctx.record({
      action: 'node.delete',
      entity: 'node',
      entityId: nodeId,
      planId: node.plan_id,
      before: node,
      after: null,
    });
    return mergedInto;
  });
}

/** Splits a node's text at `offset`: the rest becomes a new sibling titled `title`, numbered after it. */
export async function splitNode(
  db: Kysely<Database>,
  actor: Actor,
  nodeId: string,
  expected: number,
  input: { offset: number; title: string },
) {
  return write(db, actor, async (ctx) => {
    const node = await nodeRow(ctx, nodeId);
    if (input.offset < 0 || input.offset > node.body.length) {
      throw new StorageError('INVALID', `offset must be between 0 and ${node.body.length}`, {
        field: 'offset',
      });
    }
    const { before, after } = await updateVersioned(ctx.trx, 'outline_nodes', nodeId, expected, {
      body: node.body.slice(0, input.offset).trimEnd(),
    });
    ctx.record({
      action: 'node.split',
      entity: 'node',
      entityId: nodeId,
      planId: node.plan_id,
      before,
      after,
    });
    const list = await siblings(ctx, node.plan_id, node.parent_id);
    for (const s of list.filter((n) => n.position > node.position && n.no > node.no)) {
      await changeNode(ctx, s, { no: s.no + 1 }, 'node.renumber');
    }
    const maxPos = await lastPosition(ctx, node.plan_id);
    const created: OutlineNodesTable = {
      id: newId(),
      plan_id: node.plan_id,
      parent_id: node.parent_id,
      kind: node.kind,
      no: node.no + 1,
      title: input.title,
      body: node.body.slice(input.offset).trimStart(),
      position: maxPos + 1,
      version: 1,
    };
    await ctx.trx.insertInto('outline_nodes').values(created).execute();
    ctx.record({
      action: 'node.create',
      entity: 'node',
      entityId: created.id,
      planId: node.plan_id,
      before: null,
      after: created,
    });
    // Ordered from the rows as they are now (renumbered, the new node last), never from copies read before.
    const current = await siblings(ctx, node.plan_id, node.parent_id);
    const ordered = current.filter((n) => n.id !== created.id);
    ordered.splice(
      ordered.findIndex((n) => n.id === nodeId) + 1,
      0,
      current.find((n) => n.id === created.id)!,
    );
    await renumberPositions(ctx, ordered);
    return created;
  });
}
