import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { updateNode, verifyAuditChain } from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import type { CommandError } from '../src/index.ts';
import {
  importPlan,
  listPlans,
  listVersions,
  publishPlan,
  PUBLIC_CALLER,
  readPlan,
  readSource,
  type Caller,
  type CommandContext,
} from '../src/index.ts';

const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'));
const admin: Caller = { actor: { id: 'u-admin', name: 'admin' }, role: 'admin', unitId: null };
const reporter: Caller = { actor: { id: 'u-rep', name: 'reporter' }, role: 'reporter', unitId: 'unit-a' };

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as CommandError,
  );

for (const driver of DRIVERS) {
  describe(`${driver}: plan commands`, () => {
    let t: TestDb;
    let draftId: string;
    let publishedId: string;
    const ctx = (caller: Caller): CommandContext => ({ db: t.db, now: () => new Date(), caller });
    beforeAll(async () => {
      t = await freshDatabase(driver);
      publishedId = (await importPlan(ctx(admin), { bytes: EXAMPLE, publish: true, trusted: true })).id;
      draftId = (await importPlan(ctx(admin), { bytes: EXAMPLE, title: '草稿规划', trusted: true })).id;
    });
    afterAll(() => t.drop());

    it('should list every plan to staff and only published ones to the public and reporters', async () => {
      const ids = async (caller: Caller) => (await listPlans(ctx(caller))).map((p) => p.id).sort();
      expect(await ids(admin)).toEqual([draftId, publishedId].sort());
      expect(await ids(PUBLIC_CALLER)).toEqual([publishedId]);
      expect(await ids(reporter)).toEqual([publishedId]);
      const draft = (await listPlans(ctx(admin))).find((p) => p.id === draftId)!;
      expect(draft).toMatchObject({ title: '草稿规划', status: 'draft', publishedVersion: 0 });
      expect(draft.period).toEqual({ start: 2021, end: 2025 });
    });

    it('should give staff the working copy and the public the published version', async () => {
      const node = (await readPlan(ctx(admin), { planId: publishedId })).outline[0]!;
      await updateNode(t.db.kysely, admin.actor, node.id, node.version, { title: '工作稿标题' });
      expect((await readPlan(ctx(admin), { planId: publishedId })).outline[0]!.title).toBe('工作稿标题');
      const forPublic = await readPlan(ctx(PUBLIC_CALLER), { planId: publishedId });
      expect(forPublic.outline[0]!.title).toBe(node.title);
      expect(forPublic.publishedAt).toBeDefined();
      expect((await readPlan(ctx(reporter), { planId: publishedId, version: 1 })).publishedVersion).toBe(1);
    });

    it('should hide a draft from the public and keep past moments for staff', async () => {
      expect((await refusal(readPlan(ctx(PUBLIC_CALLER), { planId: draftId })))?.code).toBe('NOT_FOUND');
      expect((await refusal(listVersions(ctx(PUBLIC_CALLER), { planId: draftId })))?.code).toBe('NOT_FOUND');
      const asOf = { planId: publishedId, asOf: new Date(Date.now() + 60_000).toISOString() };
      const error = await refusal(readPlan(ctx(reporter), asOf));
      expect(error?.code).toBe('FORBIDDEN');
      expect(error?.userMessage?.zh).toMatch(/工作人员/);
      expect((await readPlan(ctx(admin), asOf)).outline[0]!.title).toBe('工作稿标题');
      expect((await refusal(readPlan(ctx(admin), { ...asOf, asOf: '2024-13-45' })))?.code).toBe('INVALID');
    });

    it('should publish at the expected version only, numbering versions in order', async () => {
      const { version } = await readPlan(ctx(admin), { planId: draftId });
      const stale = await refusal(publishPlan(ctx(admin), { planId: draftId, expectedVersion: version - 1 }));
      expect(stale).toMatchObject({ code: 'VERSION_CONFLICT' });
      expect(await publishPlan(ctx(admin), { planId: draftId, expectedVersion: version })).toEqual({
        number: 1,
        version: version + 1,
      });
      await publishPlan(ctx(admin), { planId: draftId, expectedVersion: version + 1 });
      const versions = await listVersions(ctx(PUBLIC_CALLER), { planId: draftId });
      expect(versions.map((v) => [v.number, v.publishedBy])).toEqual([
        [1, 'u-admin'],
        [2, 'u-admin'],
      ]);
      expect((await readPlan(ctx(PUBLIC_CALLER), { planId: draftId })).publishedVersion).toBe(2);
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
    });

    it('should show the source and diagnostics to staff only', async () => {
      const source = await readSource(ctx(admin), { planId: publishedId });
      expect(source.text).toContain('国民经济和社会发展');
      expect(source.diagnostics.some((d) => d.code === 'heading_number_wrong')).toBe(true);
      expect((await refusal(readSource(ctx(reporter), { planId: publishedId })))?.code).toBe('FORBIDDEN');
      expect((await refusal(readPlan(ctx(admin), { planId: 'no-such-plan' })))?.message).toMatch(/not found/);
    });
  });
}
