import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getPlan, getPlanRow, verifyAuditChain } from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import { CommandError, importPlan, type CommandContext } from '../src/index.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'packages/importer/test/fixtures');
const EXAMPLE = readFileSync(join(ROOT, 'examples/xihu-2021-2025/plan.txt'));
const UTF8_TEXT = readFileSync(join(FIXTURES, 'county-glued.txt'), 'utf8').replace(/\r\n/g, '\n');

for (const driver of DRIVERS) {
  describe(`${driver}: importPlan`, () => {
    let t: TestDb;
    let ctx: CommandContext;
    beforeAll(async () => {
      t = await freshDatabase(driver);
      ctx = {
        db: t.db,
        now: () => new Date('2024-03-01T02:00:00Z'),
        caller: { actor: { id: 'u-admin', name: 'admin' }, role: 'admin', unitId: null },
      };
    });
    afterAll(() => t.drop());

    it('should store the example plan as a working copy and publish it when asked', async () => {
      const result = await importPlan(ctx, { bytes: EXAMPLE, publish: true });
      expect(result.counts).toEqual({ chapters: 12, indicators: 17, projects: 29 });
      expect(result.publishedVersion).toBe(1);
      const row = await getPlanRow(t.db.kysely, result.id);
      expect(row.published_version).toBe(1);
      expect((await getPlan(t.db.kysely, result.id)).outline).toHaveLength(12);
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
    });

    it.each([
      ['GBK', 'county-glued.gbk.txt'],
      ['UTF-16 LE', 'county-glued.utf16le.txt'],
      ['UTF-16 BE without BOM', 'county-glued.utf16be-nobom.txt'],
    ])('should keep the decoded text of a %s file for the review, not its bytes', async (_, file) => {
      const result = await importPlan(ctx, { bytes: readFileSync(join(FIXTURES, file)), title: file });
      const row = await getPlanRow(t.db.kysely, result.id);
      expect(row.title).toBe(file);
      expect(row.source_text?.replace(/\r\n/g, '\n')).toBe(UTF8_TEXT);
      expect(result.publishedVersion).toBeUndefined();
    });

    it('should refuse a document that is only an indicator table, saying what it found', async () => {
      const national = readFileSync(join(FIXTURES, 'national-style.txt'), 'utf8');
      const table = Buffer.from(national.split('\n').slice(21, 31).join('\n'));
      const error = (await importPlan(ctx, { bytes: table }).catch((e: unknown) => e)) as CommandError;
      expect(error.code).toBe('IMPORT_FAILED');
      expect(error.userMessage?.zh).toContain('6 项指标');
    });

    it('should refuse a document with no outline, naming the problem, and store nothing', async () => {
      const before = (await t.db.kysely.selectFrom('plans').select('id').execute()).length;
      const error = await importPlan(ctx, { bytes: Buffer.from('这不是一部规划。\n只有两行。\n') }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CommandError);
      expect((error as CommandError).code).toBe('IMPORT_FAILED');
      expect((error as CommandError).userMessage?.zh).toMatch(/[\u4e00-\u9fff]/);
      expect((error as CommandError).details?.diagnostics).toBeInstanceOf(Array);
      expect((await t.db.kysely.selectFrom('plans').select('id').execute()).length).toBe(before);
    });
  });
}
