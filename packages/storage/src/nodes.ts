/**
 * Editing a draft's outline: rename or re-number a node, move it, merge it into the node before it, split an
 * item in two. Each operation checks the node's version (no lost updates) and records every row it changes.
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

/** Gives `ordered` consecutive positions starting after the lowest they hold, recording each row that moves. */
async function renumberPositions(ctx: WriteContext, ordered: readonly OutlineNodesTable[]): Promise<void> {
  const slots = ordered.map((n) => n.position).sort((a, b) => a - b);
  for (let i = 0; i < ordered.length; i++) {
    const n = ordered[i]!;
    if (n.position === slots[i]) continue;
    const after = { ...n, position: slots[i]!, version: n.version + 1 };
    await ctx.trx
      .updateTable('outline_nodes')
      .set({ position: after.position, version: after.version })
      .where('id', '=', n.id)
      .execute();
    ctx.record({
      action: 'node.reorder',
      entity: 'node',
      entityId: n.id,
      planId: n.plan_id,
      before: n,
      after,
    });
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
    const moved = { ...after, position: maxPos + 1 };
    await ctx.trx
      .updateTable('outline_nodes')
      .set({ position: moved.position })
      .where('id', '=', nodeId)
      .execute();
    list.splice(index, 0, moved);
    await renumberPositions(ctx, list);
    return {
      ...moved,
      position: (await nodeRow(ctx, nodeId)).position,
      version: (await nodeRow(ctx, nodeId)).version,
    };
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
    const mergedInto = { ...into, body, version: into.version + 1 };
    await ctx.trx
      .updateTable('outline_nodes')
      .set({ body, version: mergedInto.version })
      .where('id', '=', into.id)
      .execute();
    ctx.record({
      action: 'node.merge',
      entity: 'node',
      entityId: into.id,
      planId: node.plan_id,
      before: into,
      after: mergedInto,
    });
    for (const child of await siblings(ctx, node.plan_id, node.id)) {
      const moved = { ...child, parent_id: into.id, version: child.version + 1 };
      await ctx.trx
        .updateTable('outline_nodes')
        .set({ parent_id: into.id, version: moved.version })
        .where('id', '=', child.id)
        .execute();
      ctx.record({
        action: 'node.move',
        entity: 'node',
        entityId: child.id,
        planId: node.plan_id,
        before: child,
        after: moved,
      });
    }
    await ctx.trx.deleteFrom('outline_nodes').where('id', '=', nodeId).execute();
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
      const renumbered = { ...s, no: s.no + 1, version: s.version + 1 };
      await ctx.trx
        .updateTable('outline_nodes')
        .set({ no: renumbered.no, version: renumbered.version })
        .where('id', '=', s.id)
        .execute();
      ctx.record({
        action: 'node.renumber',
        entity: 'node',
        entityId: s.id,
        planId: node.plan_id,
        before: s,
        after: renumbered,
      });
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
    const ordered = list.filter((n) => n.id !== nodeId);
    ordered.splice(
      list.findIndex((n) => n.id === nodeId),
      0,
      { ...after },
      created,
    );
    await renumberPositions(ctx, ordered);
    return created;
  });
}
