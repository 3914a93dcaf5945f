/**
 * Issue 12: a plan at the documented import size (LIMITS.importBytes, 20 MiB) is stored. Before batching,
 * its 7,000 projects went into one INSERT and SQLite refused it ("too many SQL variables"; PostgreSQL refuses
 * more than 65,535 parameters alike).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan, type ImportResult } from '@gangmu/importer';
import { importPlan, rowsPerStatement, verifyAuditChain } from '../src/index.ts';
import { DRIVERS, freshDatabase, generatedLargePlan, type TestDb } from './drivers.ts';

/** apps/api's LIMITS.importBytes (storage may not import the API). */
const IMPORT_BYTES = 20 * 1024 * 1024;
const admin = { id: 'admin-1', name: 'admin' };

describe('rowsPerStatement', () => {
  it('should keep every statement under both databases limits', () => {
    expect(rowsPerStatement(13)).toBe(769);
    expect(rowsPerStatement(13) * 13).toBeLessThanOrEqual(32_766);
    expect(rowsPerStatement(1_000_000)).toBe(1);
  });
});

let parsed: ImportResult;
beforeAll(() => {
  parsed = parsePlan(generatedLargePlan(IMPORT_BYTES));
});

for (const driver of DRIVERS) {
  describe(`${driver}: a generated 20 MiB plan`, () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await freshDatabase(driver);
    });
    afterAll(() => t.drop());

    it('should be stored whole, with its audit events', async () => {
      const { draft, diagnostics } = parsed;
      const projects = draft.boxes.reduce((n, b) => n + b.projects.length, 0);
      // The generated plan is big enough that one INSERT per table would pass SQLite's 32,766 variables.
      expect(projects * 11).toBeGreaterThan(32_766);
      const planId = await importPlan(t.db.kysely, admin, {
        draft,
        diagnostics,
        sourceText: null,
        sourceFormat: 'text',
      });
      const count = async (table: 'outline_nodes' | 'indicators' | 'projects') =>
        Number(
          (
            await t.db.kysely
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .where('plan_id', '=', planId)
              .executeTakeFirstOrThrow()
          ).n,
        );
      const nodes =
        draft.parts.length +
        draft.chapters.reduce((n, c) => n + 1 + c.sections.reduce((m, s) => m + 1 + s.items.length, 0), 0);
      expect(await count('outline_nodes')).toBe(nodes);
      expect(await count('indicators')).toBe(draft.indicators.length);
      expect(await count('projects')).toBe(projects);
      const chain = await verifyAuditChain(t.db.kysely);
      expect(chain.ok).toBe(true);
      expect(chain.events).toBe(1 + nodes + draft.indicators.length + projects);
    });
  });
}
