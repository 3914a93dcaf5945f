import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getPlan, verifyAuditChain } from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import {
  importPlan,
  mergeNodes,
  moveNode,
  splitNode,
  updateNode,
  type CommandContext,
  type CommandError,
} from '../src/index.ts';

const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'));
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as CommandError,
  );

for (const driver of DRIVERS) {
  describe(`${driver}: outline commands`, () => {
    let t: TestDb;
    let planId: string;
    let ctx: CommandContext;
    const outline = async () => (await getPlan(t.db.kysely, planId)).outline;
    beforeAll(async () => {
      t = await freshDatabase(driver);
      ctx = {
        db: t.db,
        now: () => new Date('2024-03-01T02:00:00Z'),
        caller: { actor: { id: 'u-admin', name: 'admin' }, role: 'admin', unitId: null },
      };
      planId = (await importPlan(ctx, { bytes: EXAMPLE, trusted: true })).id;
    });
    afterAll(() => t.drop());

    it('should rename a node at its version and refuse the stale version, changing nothing', async () => {
      const node = (await outline())[0]!;
      const renamed = await updateNode(ctx, {
        nodeId: node.id,
        expectedVersion: node.version,
        title: '新的标题',
      });
      expect(renamed).toMatchObject({
        id: node.id,
        title: '新的标题',
        body: node.body,
        version: node.version + 1,
      });
      const stale = await refusal(
        updateNode(ctx, { nodeId: node.id, expectedVersion: node.version, title: '旧' }),
      );
      expect(stale?.code).toBe('VERSION_CONFLICT');
      expect((await outline())[0]!.title).toBe('新的标题');
    });

    it('should move a section to another chapter and refuse to put a chapter under a section', async () => {
      const [first, second] = await outline();
      const section = first!.children[0]!;
      const moved = await moveNode(ctx, {
        nodeId: section.id,
        expectedVersion: section.version,
        parentId: second!.id,
        index: 0,
      });
      expect(moved.parent_id).toBe(second!.id);
      const after = await outline();
      expect(after[1]!.children[0]!.id).toBe(section.id);
      expect(after[0]!.children.map((c) => c.id)).not.toContain(section.id);
      const chapter = after[2]!;
      const wrong = await refusal(
        moveNode(ctx, {
          nodeId: chapter.id,
          expectedVersion: chapter.version,
          parentId: section.id,
          index: 0,
        }),
      );
      expect(wrong?.code).toBe('INVALID');
    });

    it('should split a node into two and merge them back into one text', async () => {
      const chapter = (await outline())[3]!;
      const node = chapter.children.find((c) => c.body.length > 20)!;
      const cut = Math.floor(node.body.length / 2);
      const created = await splitNode(ctx, {
        nodeId: node.id,
        expectedVersion: node.version,
        offset: cut,
        title: '拆出的节点',
      });
      expect(created).toMatchObject({ title: '拆出的节点', no: node.no + 1, parent_id: chapter.id });
      expect(created.body).toBe(node.body.slice(cut).trimStart());
      const siblings = (await outline())[3]!.children;
      const i = siblings.findIndex((c) => c.id === node.id);
      expect(siblings[i + 1]!.id).toBe(created.id);
      // Its place in the reading order was set after it was made: a version later.
      const merged = await mergeNodes(ctx, { nodeId: created.id, expectedVersion: siblings[i + 1]!.version });
      expect(merged.id).toBe(node.id);
      expect(merged.body).toContain('拆出的节点');
      expect((await outline())[3]!.children.map((c) => c.id)).not.toContain(created.id);
      const first = (await outline())[0]!;
      expect(
        (await refusal(mergeNodes(ctx, { nodeId: first.id, expectedVersion: first.version })))?.code,
      ).toBe('INVALID');
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
    });
  });
}
