/**
 * Concurrent writers (issue 12). On PostgreSQL a second connection plays the other writer: it changes a row and
 * holds it while an operation of ours reads it and then tries to write it, so the interleaving is certain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { parsePlan } from '@gangmu/importer';
import {
  getPlan,
  importPlan,
  mergeNode,
  moveNode,
  newId,
  StorageError,
  write,
  WRITE_ATTEMPTS,
} from '../src/index.ts';
import { DRIVERS, freshDatabase, PG_URL, type TestDb } from './drivers.ts';

const EXAMPLE = readFileSync(join(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'));
const admin = { id: 'admin-1', name: 'admin' };

/** Another connection to the same schema, outside the pool. */
async function otherWriter(t: TestDb): Promise<pg.Client> {
  const schema = new URL(t.url.replace(/^postgres(ql)?:/, 'http:')).searchParams.get('schema')!;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`set search_path to ${schema}`);
  return c;
}

/** Resolves once some backend of this database waits for a row lock (our operation, blocked on the row). */
async function someoneWaits(c: pg.Client): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const r = await c.query(
      "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
    );
    if (r.rows[0].n > 0) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no backend ever waited for the lock');
}

describe.skipIf(!PG_URL)('postgres: outline writes under a concurrent writer', () => {
  let t: TestDb;
  let planId: string;
  let other: pg.Client;
  beforeAll(async () => {
    t = await freshDatabase('postgres');
    const { draft, diagnostics } = parsePlan(EXAMPLE);
    planId = await importPlan(t.db.kysely, admin, {
      draft,
      diagnostics,
      sourceText: null,
      sourceFormat: 'text',
    });
    other = await otherWriter(t);
  });
  afterAll(async () => {
    await other.end();
    await t.drop();
  });

  /** Runs `op` while the other writer has changed `nodeId` and not yet committed; commits, then returns op's outcome. */
  async function whileChanged(nodeId: string, body: string, op: () => Promise<unknown>): Promise<unknown> {
    await other.query('begin');
    await other.query('update outline_nodes set body = $2, version = version + 1 where id = $1', [
      nodeId,
      body,
    ]);
    const outcome = op().then(
      (v) => v,
      (e: unknown) => e,
    );
    await someoneWaits(other);
    await other.query('commit');
    return outcome;
  }

  it("should refuse a merge whose target was changed meanwhile, keeping the other writer's text", async () => {
    const section = (await getPlan(t.db.kysely, planId)).outline[3]!.children[0]!;
    const [into, node] = section.children;
    const outcome = await whileChanged(into!.id, '另一位编辑刚改的正文', () =>
      mergeNode(t.db.kysely, admin, node!.id, node!.version),
    );
    expect(outcome).toBeInstanceOf(StorageError);
    expect(outcome).toMatchObject({ code: 'VERSION_CONFLICT' });
    const after = (await getPlan(t.db.kysely, planId)).outline[3]!.children[0]!.children;
    expect(after.find((n) => n.id === into!.id)!.body).toBe('另一位编辑刚改的正文');
    expect(after.some((n) => n.id === node!.id)).toBe(true);
  });

  it('should refuse a move that renumbers a sibling changed meanwhile', async () => {
    const section = (await getPlan(t.db.kysely, planId)).outline[4]!.children[0]!;
    const [first, second] = section.children;
    const outcome = await whileChanged(first!.id, '另一位编辑的修改', () =>
      moveNode(t.db.kysely, admin, second!.id, second!.version, { parentId: section.id, index: 0 }),
    );
    expect(outcome).toMatchObject({ code: 'VERSION_CONFLICT' });
    const after = (await getPlan(t.db.kysely, planId)).outline[4]!.children[0]!.children;
    expect(after.map((n) => n.id).slice(0, 2)).toEqual([first!.id, second!.id]);
    expect(after[0]!.body).toBe('另一位编辑的修改');
  });
});

for (const driver of DRIVERS) {
  describe(`${driver}: write`, () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await freshDatabase(driver);
    });
    afterAll(() => t.drop());

    const unit = (code: string) => ({ id: newId(), code, name: code, created_at: '2024-01-01', version: 1 });

    it('should turn a unique violation into ALREADY_EXISTS naming the field', async () => {
      await write(t.db.kysely, admin, ({ trx }) => trx.insertInto('units').values(unit('DUP')).execute());
      // No check first, as a racing writer would meet it: the database's own refusal.
      const e = await write(t.db.kysely, admin, ({ trx }) =>
        trx.insertInto('units').values(unit('DUP')).execute(),
      ).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(StorageError);
      expect(e).toMatchObject({ code: 'ALREADY_EXISTS', details: { field: 'code', table: 'units' } });
    });

    it('should run a transaction again after a deadlock or a serialisation failure, a bounded number of times', async () => {
      let calls = 0;
      const flaky = await write(t.db.kysely, admin, async ({ trx }) => {
        calls++;
        await trx
          .insertInto('units')
          .values(unit(`R${calls}`))
          .execute();
        if (calls < 3)
          throw Object.assign(new Error('deadlock detected'), { code: calls === 1 ? '40P01' : '40001' });
        return calls;
      });
      expect(flaky).toBe(3);
      // The failed attempts left nothing behind.
      const codes = (await t.db.kysely.selectFrom('units').select('code').execute()).map((u) => u.code);
      expect(codes.filter((c) => c.startsWith('R'))).toEqual(['R3']);
      calls = 0;
      const always = write(t.db.kysely, admin, async () => {
        calls++;
        throw Object.assign(new Error('could not serialize access'), { code: '40001' });
      });
      await expect(always).rejects.toMatchObject({ code: '40001' });
      expect(calls).toBe(WRITE_ATTEMPTS);
    });
  });
}
