import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPlanRow } from '@gangmu/storage';
import { sql } from 'kysely';
import { PlanHeads } from '../src/plan-heads.ts';
import { freshDatabase, type TestDb } from '@gangmu/storage/testing';
import { bootstrap } from '../src/index.ts';

describe('PlanHeads', () => {
  let t: TestDb;
  let planId: string;
  beforeAll(async () => {
    t = await freshDatabase('sqlite');
    planId = (await bootstrap(t.db, { loadExample: true })).examplePlanId!;
  });
  afterAll(() => t.drop());

  it('should serve a head for at most the TTL, and at once after clear()', async () => {
    let now = 0;
    const heads = new PlanHeads(t.db, 1000, () => now);
    const first = await heads.get(planId);
    await sql`update plans set data_stamp = data_stamp + 1`.execute(t.db.kysely);
    expect((await heads.get(planId)).data_stamp).toBe(first.data_stamp);
    now = 1000;
    expect((await heads.get(planId)).data_stamp).toBe(first.data_stamp + 1);
    await sql`update plans set data_stamp = data_stamp + 1`.execute(t.db.kysely);
    heads.clear();
    expect((await heads.get(planId)).data_stamp).toBe((await getPlanRow(t.db.kysely, planId)).data_stamp);
  });
});
