import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createUnit, SYSTEM_ACTOR, verifyAuditChain } from '@gangmu/storage';
import {
  DRIVERS,
  freshDatabase,
  rehashAuditChain,
  truncateAuditChain,
  type TestDb,
} from '@gangmu/storage/testing';
import {
  anchorAuditHead,
  describeChainReport,
  SYSTEM_CALLER,
  verifyAuditTrail,
  type CommandContext,
} from '../src/index.ts';

const NOW = new Date('2026-11-30T02:00:00Z');

for (const driver of DRIVERS) {
  describe(`${driver}: audit anchors`, () => {
    let t: TestDb;
    let ctx: CommandContext;
    let file: string;
    const units = async (from: number, to: number) => {
      for (let i = from; i <= to; i++)
        await createUnit(t.db.kysely, SYSTEM_ACTOR, { code: `U${i}`, name: `单位${i}` });
    };
    const head = async () =>
      Number((await t.db.kysely.selectFrom('audit_head').select('seq').executeTakeFirstOrThrow()).seq);
    beforeEach(async () => {
      t = await freshDatabase(driver);
      ctx = { db: t.db, now: () => NOW, caller: SYSTEM_CALLER };
      file = join(mkdtempSync(join(tmpdir(), 'gangmu-anchor-')), 'anchors.jsonl');
      await units(1, 6);
    });
    afterEach(() => t.drop());

    it('should append the head as one line per anchor, and verify against every earlier anchor', async () => {
      const start = await head();
      const first = await anchorAuditHead(ctx, { file });
      expect(first).toEqual({
        seq: start,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        at: NOW.toISOString(),
      });
      await units(7, 8);
      await anchorAuditHead(ctx, { file });
      const lines = readFileSync(file, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.seq)).toEqual([start, start + 2]);
      expect(lines[0]).toEqual(first);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      await units(9, 9);
      const report = await verifyAuditTrail(ctx, { anchorFile: file });
      expect(report).toEqual({ ok: true, events: start + 3, anchors: 2 });
      expect(describeChainReport(report).zh).toBe(`留痕链完整：${start + 3} 条事件，与 2 个锚点一致`);
    });

    it('should fail against the anchor when a row was edited and the chain re-hashed, though the chain alone verifies', async () => {
      const anchored = await anchorAuditHead(ctx, { file });
      await units(7, 7);
      await sql`update audit_events set actor_name = 'mallory' where seq = 3`.execute(t.db.kysely);
      expect((await verifyAuditChain(t.db.kysely)).first).toEqual({ seq: 3, problem: 'altered' });
      await rehashAuditChain(t.db.kysely, 3);
      expect(await verifyAuditTrail(ctx)).toEqual({ ok: true, events: anchored.seq + 1 });
      const report = await verifyAuditTrail(ctx, { anchorFile: file });
      expect(report).toMatchObject({
        ok: false,
        first: { seq: anchored.seq, problem: 'rewritten', anchor: anchored },
      });
      const { zh, en } = describeChainReport(report);
      expect(zh).toContain(`第 ${anchored.seq} 条事件的哈希与`);
      expect(zh).toContain('2026/11/30 10:00:00');
      expect(zh).not.toMatch(/[A-Za-z]/);
      expect(en).toContain(`event ${anchored.seq} has another hash`);
    });

    it('should fail against the anchor when the chain was cut and its head rewound', async () => {
      await units(7, 8);
      const anchored = await anchorAuditHead(ctx, { file });
      await truncateAuditChain(t.db.kysely, anchored.seq - 3);
      expect(await verifyAuditChain(t.db.kysely)).toEqual({ ok: true, events: anchored.seq - 3 });
      const report = await verifyAuditTrail(ctx, { anchorFile: file });
      expect(report).toMatchObject({
        ok: false,
        events: anchored.seq - 3,
        first: { seq: anchored.seq, problem: 'rewound' },
      });
      expect(describeChainReport(report).zh).toContain(
        `已锚定第 ${anchored.seq} 条事件，现在的链只有 ${anchored.seq - 3} 条`,
      );
      // Writes after the rewind bring the seq back past the anchor, with other hashes: still caught.
      await units(20, 25);
      expect(await verifyAuditTrail(ctx, { anchorFile: file })).toMatchObject({
        ok: false,
        first: { seq: anchored.seq, problem: 'rewritten' },
      });
    });

    it('should refuse a damaged, empty or missing anchor file naming it, and callers other than admin, auditor and the system', async () => {
      await anchorAuditHead(ctx, { file });
      writeFileSync(file, `${readFileSync(file, 'utf8')}{"seq":"7"}\n`);
      await expect(verifyAuditTrail(ctx, { anchorFile: file })).rejects.toMatchObject({
        code: 'INVALID',
        details: { file, line: 2 },
      });
      writeFileSync(file, '\n');
      await expect(verifyAuditTrail(ctx, { anchorFile: file })).rejects.toMatchObject({ code: 'INVALID' });
      await expect(verifyAuditTrail(ctx, { anchorFile: `${file}.none` })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(anchorAuditHead(ctx, { file: join(file, 'not-a-dir', 'x') })).rejects.toMatchObject({
        code: 'INVALID',
      });
      for (const role of [null, 'reporter', 'leader'] as const) {
        const caller = { actor: { id: 'u1', name: 'someone' }, role, unitId: null };
        await expect(anchorAuditHead({ ...ctx, caller }, { file })).rejects.toMatchObject({
          code: 'FORBIDDEN',
        });
        await expect(verifyAuditTrail({ ...ctx, caller })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
      const auditor = { actor: { id: 'u2', name: 'auditor' }, role: 'auditor' as const, unitId: null };
      expect((await verifyAuditTrail({ ...ctx, caller: auditor })).ok).toBe(true);
    });
  });
}
