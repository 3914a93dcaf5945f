import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parsePlan } from '@gangmu/importer';
import {
  backupDatabase,
  getPlan,
  importPlan,
  publishPlan,
  recordObservation,
  restoreDatabase,
  verifyAuditChain,
  getPlanRow,
} from '../src/index.ts';
import { DRIVERS, freshDatabase, type TestDb } from './drivers.ts';

const EXAMPLE = readFileSync(join(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'));
const opened: TestDb[] = [];
afterAll(async () => {
  for (const t of opened) await t.drop();
});

for (const from of DRIVERS) {
  for (const to of DRIVERS) {
    describe(`backup from ${from}, restore into ${to}`, () => {
      it('should restore the same plan, values and an intact audit chain', async () => {
        const source = await freshDatabase(from);
        const target = await freshDatabase(to);
        opened.push(source, target);
        const actor = { id: null, name: 'test' };
        const { draft, diagnostics } = parsePlan(EXAMPLE);
        const planId = await importPlan(source.db.kysely, actor, {
          draft,
          diagnostics,
          sourceText: 'x',
          sourceFormat: 'text',
        });
        await publishPlan(
          source.db.kysely,
          actor,
          planId,
          (await getPlanRow(source.db.kysely, planId)).version,
        );
        const plan = await getPlan(source.db.kysely, planId);
        await recordObservation(
          source.db.kysely,
          actor,
          plan.indicators[0]!.id,
          { year: 2021, pct: 8 },
          new Date('2024-01-01'),
        );
        const file = join(mkdtempSync(join(tmpdir(), 'gangmu-backup-')), 'backup.jsonl');
        writeFileSync(file, 'an older backup', { mode: 0o644 });
        const written = await backupDatabase(source.db, file);
        // Password hashes are in it: readable by the owner only, also when it replaced a readable file.
        expect(statSync(file).mode & 0o777).toBe(0o600);
        const restored = await restoreDatabase(target.db, file);
        expect(restored).toEqual(Object.fromEntries(Object.entries(written).filter(([, n]) => n > 0)));
        expect(await getPlan(target.db.kysely, planId)).toEqual(await getPlan(source.db.kysely, planId));
        expect(await verifyAuditChain(target.db.kysely)).toEqual(await verifyAuditChain(source.db.kysely));
        await expect(restoreDatabase(target.db, file)).rejects.toThrow(/empty database/);
      });
    });
  }
}
