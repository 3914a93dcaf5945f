/** `gangmu sweep`: the warning sweep and its notices on a database, without a server. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateTasks, importPlan, SYSTEM_CALLER } from '@gangmu/commands';
import {
  createDatabase,
  createUnit,
  createUser,
  listTasks,
  migrateToLatest,
  updateTask,
} from '@gangmu/storage';
import { main } from '../src/main.ts';

const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'));
const NOW = () => new Date('2024-07-08T01:00:00Z');

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    now: NOW,
  });
  return { code, out, err };
}

describe('gangmu sweep', () => {
  it('should raise the warnings of a plan and queue their notices once, without a server', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gangmu-cli-sweep-')), 'g.db');
    const db = createDatabase({ driver: 'sqlite', file });
    await migrateToLatest(db);
    const ctx = { db, now: NOW, caller: SYSTEM_CALLER };
    const planId = (await importPlan(ctx, { bytes: EXAMPLE })).id;
    await generateTasks(ctx, { planId });
    const unit = await createUnit(db.kysely, SYSTEM_CALLER.actor, { code: 'A', name: '教体局' });
    await createUser(db.kysely, SYSTEM_CALLER.actor, {
      username: 'reporter',
      displayName: '报送员',
      passwordHash: 'x',
      role: 'reporter',
      unitId: unit.id,
      email: 'reporter@unit.test',
    });
    const [task] = await listTasks(db.kysely, { planId });
    await updateTask(db.kysely, SYSTEM_CALLER.actor, task!.id, task!.version, {
      leadUnitId: unit.id,
      deadline: '2024-07-05',
    });
    await db.close();
    const database = `sqlite:${file}`;

    const unknown = await run([
      'sweep',
      '--plan',
      '00000000-0000-0000-0000-000000000000',
      '--database',
      database,
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no such plan');
    const first = await run(['sweep', '--plan', planId, '--database', database]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('2024-07-08');
    expect(first.out).toMatch(/warnings raised: [1-9]/);
    // The overdue task's warning: the reporter's inbox and e-mail.
    expect(first.out).toMatch(/notices queued: [2-9]/);
    const again = await run(['sweep', '--database', database]);
    expect(again.code).toBe(0);
    expect(again.out).toContain('warnings raised: 0');
  }, 120_000);
});
