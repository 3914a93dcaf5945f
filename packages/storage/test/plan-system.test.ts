import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, type Kysely } from 'kysely';
import { parsePlan } from '@gangmu/importer';
import {
  addPlanRelation,
  assignToGovernment,
  createDatabase,
  createGovernments,
  createUnit,
  decideIndicatorLink,
  decideRevision,
  getIndicatorRow,
  governmentAncestry,
  getPlan,
  getPlanRow,
  importPlan,
  listAssignments,
  listIndicatorLinks,
  listRevisions,
  migrateToLatest,
  MIGRATIONS,
  proposeRevision,
  recordAssignment,
  storeLinkSuggestions,
  verifyAuditChain,
} from '../src/index.ts';
import { DRIVERS, freshDatabase, type TestDb } from './drivers.ts';

const EXAMPLE = readFileSync(join(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'));
const admin = { id: 'admin-1', name: 'admin' };

async function importExample(t: TestDb, title: string): Promise<string> {
  const { draft, diagnostics } = parsePlan(EXAMPLE);
  return importPlan(t.db.kysely, admin, {
    draft,
    diagnostics,
    sourceText: null,
    sourceFormat: 'text',
    title,
  });
}

for (const driver of DRIVERS) {
  describe(`${driver}: plan system storage`, () => {
    let t: TestDb;
    let city: string;
    let district: string;
    beforeAll(async () => {
      t = await freshDatabase(driver);
      city = await importExample(t, '某市纲要（合成）');
      district = await importExample(t, '甲区纲要');
    });
    afterAll(() => t.drop());

    it('creates a hierarchy in one batch, each under the nearest existing government, in any order', async () => {
      const rows = await createGovernments(t.db.kysely, admin, [
        { code: '360103', name: '西湖区' },
        { code: '360100', name: '南昌市' },
        { code: '360000', name: '江西省' },
        { code: '110101', name: '东城区' },
        { code: '110000', name: '北京市' },
      ]);
      const byCode = new Map(rows.map((r) => [r.code, r]));
      expect(byCode.get('360103')!.parent_id).toBe(byCode.get('360100')!.id);
      expect(byCode.get('360100')!.parent_id).toBe(byCode.get('360000')!.id);
      expect(byCode.get('110101')!.parent_id).toBe(byCode.get('110000')!.id);
      expect(byCode.get('360000')!.parent_id).toBeNull();
      expect(byCode.get('360103')!.level).toBe('county');
      const [nation] = await createGovernments(t.db.kysely, admin, [{ code: '100000', name: '全国' }]);
      const province = await t.db.kysely
        .selectFrom('governments')
        .select('parent_id')
        .where('code', '=', '360000')
        .executeTakeFirstOrThrow();
      expect(province.parent_id).toBe(nation!.id); // created above existing governments: their parent now
      await expect(
        createGovernments(t.db.kysely, admin, [{ code: '36010', name: 'x' }]),
      ).rejects.toMatchObject({
        code: 'INVALID',
      });
      await expect(
        createGovernments(t.db.kysely, admin, [{ code: '360103', name: 'x' }]),
      ).rejects.toMatchObject({
        code: 'ALREADY_EXISTS',
      });
    });

    it('reads the chain above given governments only, in one query, and ends on a cycle in bad data', async () => {
      const ids = new Map(
        (await t.db.kysely.selectFrom('governments').select(['id', 'code']).execute()).map((g) => [
          g.code,
          g.id,
        ]),
      );
      const chain = await governmentAncestry(t.db.kysely, [ids.get('360103')!]);
      expect([...chain.keys()].map((id) => [...ids].find(([, v]) => v === id)![0]).sort()).toEqual([
        '100000',
        '360000',
        '360100',
        '360103',
      ]); // not 北京's districts
      expect(await governmentAncestry(t.db.kysely, [])).toEqual(new Map());
      const loop = t.db.kysely.transaction();
      await expect(
        loop.execute(async (trx) => {
          await trx
            .updateTable('governments')
            .set({ parent_id: ids.get('360103')! })
            .where('code', '=', '100000')
            .execute();
          expect((await governmentAncestry(trx, [ids.get('360103')!])).size).toBe(4);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
    });

    it('puts plans and units under a government, with the plan type and the synthetic mark', async () => {
      const [g] = await createGovernments(t.db.kysely, admin, [{ code: '360102', name: '东湖区' }]);
      await assignToGovernment(
        t.db.kysely,
        admin,
        { table: 'plans', id: city, planType: 'outline', synthetic: true },
        g!.id,
      );
      const plan = await getPlanRow(t.db.kysely, city);
      expect([plan.government_id, plan.plan_type, plan.synthetic]).toEqual([g!.id, 'outline', 1]);
      const unit = await createUnit(t.db.kysely, admin, { code: 'FGW', name: '发改委' });
      await assignToGovernment(t.db.kysely, admin, { table: 'units', id: unit.id }, g!.id);
    });

    it('refuses a relation that closes a cycle, with its path', async () => {
      await addPlanRelation(t.db.kysely, admin, district, city);
      await expect(addPlanRelation(t.db.kysely, admin, city, district)).rejects.toMatchObject({
        code: 'INVALID',
        details: { reason: 'CYCLE', path: [district, city] },
      });
      await expect(addPlanRelation(t.db.kysely, admin, district, city)).rejects.toMatchObject({
        code: 'ALREADY_EXISTS',
      });
    });

    it('keeps decisions on links: a second suggestion run leaves them; confirming rejects the rivals', async () => {
      const [lower, upper] = await Promise.all([getPlan(t.db.kysely, district), getPlan(t.db.kysely, city)]);
      const ind = lower.indicators[0]!;
      const [u0, u1] = [upper.indicators[0]!, upper.indicators[1]!];
      const score = (upperId: string, s: number) => ({ upperId, score: s, name: s, unit: 1, attribute: 1 });
      const stored = await storeLinkSuggestions(t.db.kysely, admin, {
        planId: district,
        upperPlanId: city,
        suggestions: [
          { indicatorId: ind.id, score: score(u0.id, 0.9) },
          { indicatorId: ind.id, score: score(u1.id, 0.5) },
        ],
      });
      expect(stored).toHaveLength(2);
      let seen = '';
      const confirmed = await decideIndicatorLink(
        t.db.kysely,
        admin,
        stored[0]!.id,
        1,
        'confirmed',
        async (_ctx, link) => {
          seen = link.upper_indicator_id;
        },
      );
      expect([confirmed.status, confirmed.decided_by, seen]).toEqual(['confirmed', 'admin-1', u0.id]);
      const again = await storeLinkSuggestions(t.db.kysely, admin, {
        planId: district,
        upperPlanId: city,
        suggestions: [{ indicatorId: ind.id, score: score(u0.id, 0.95) }],
      });
      expect(again).toHaveLength(0);
      const links = await listIndicatorLinks(t.db.kysely, { planId: district });
      expect(links.map((l) => [l.upper_indicator_id, l.status])).toEqual([
        [u0.id, 'confirmed'],
        [u1.id, 'rejected'],
      ]);
    });

    it('records a quota with its document, and refuses an indicator of another plan', async () => {
      const [g] = await createGovernments(t.db.kysely, admin, [{ code: '360104', name: '青云谱区' }]);
      const upper = await getPlan(t.db.kysely, city);
      const lower = await getPlan(t.db.kysely, district);
      const a = await recordAssignment(t.db.kysely, admin, {
        upperPlanId: city,
        governmentId: g!.id,
        upperIndicatorId: upper.indicators[0]!.id,
        target: { lo: 7 },
        documentNo: '洪府发〔2021〕12号',
        documentDate: '2021-06-01',
      });
      expect(JSON.parse(a.target!)).toEqual({ lo: 7 });
      await expect(
        recordAssignment(t.db.kysely, admin, {
          upperPlanId: city,
          governmentId: g!.id,
          upperIndicatorId: lower.indicators[0]!.id,
          target: { lo: 7 },
          documentNo: 'x',
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await listAssignments(t.db.kysely, { governmentId: g!.id })).toHaveLength(1);
    });

    it('approves a revision with its document into the target history; a decided one cannot be decided again', async () => {
      const lower = await getPlan(t.db.kysely, district);
      const ind = lower.indicators.find((i) => i.definition.kind === 'level_min')!;
      const p = await proposeRevision(t.db.kysely, admin, {
        indicatorId: ind.id,
        target: { value: 99 },
        effectiveYear: 2023,
        reason: '中期评估后调整',
      });
      const approved = await decideRevision(t.db.kysely, admin, p.id, p.version, {
        decision: 'approved',
        approvingBody: '区人大常委会',
        documentNo: '西人常〔2023〕5号',
        documentDate: '2023-03-01',
      });
      expect(approved.status).toBe('approved');
      const def = JSON.parse((await getIndicatorRow(t.db.kysely, ind.id)).definition);
      expect(def.targetHistory).toEqual([
        { from: 2023, target: { value: 99 }, note: '区人大常委会 西人常〔2023〕5号' },
      ]);
      await expect(
        decideRevision(t.db.kysely, admin, p.id, approved.version, { decision: 'rejected' }),
      ).rejects.toMatchObject({ code: 'INVALID' });
      const early = await proposeRevision(t.db.kysely, admin, {
        indicatorId: ind.id,
        target: { value: 98 },
        effectiveYear: 2022,
        reason: '追溯',
      });
      await expect(
        decideRevision(t.db.kysely, admin, early.id, 1, {
          decision: 'approved',
          approvingBody: '区人大常委会',
          documentNo: 'x',
          documentDate: '2023-04-01',
        }),
      ).rejects.toMatchObject({ code: 'INVALID', details: { reason: 'NOT_AFTER_LATEST' } });
      expect((await listRevisions(t.db.kysely, district)).map((r) => r.status).sort()).toEqual([
        'approved',
        'proposed',
      ]);
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
    });
  });
}

describe('sqlite: migration 0006 on existing rows', () => {
  it('puts existing plans, units and users under one default government (西湖区)', async () => {
    const db = createDatabase({
      driver: 'sqlite',
      file: join(mkdtempSync(join(tmpdir(), 'gangmu-m6-')), 'm.db'),
    });
    const k = db.kysely as unknown as Kysely<unknown>;
    const migrator = new Migrator({ db: k, provider: { getMigrations: async () => MIGRATIONS } });
    await migrator.migrateTo('0005-evaluation-reports');
    const { draft, diagnostics } = parsePlan(EXAMPLE);
    const planId = await importPlan(db.kysely, admin, {
      draft,
      diagnostics,
      sourceText: null,
      sourceFormat: 'text',
    });
    await createUnit(db.kysely, admin, { code: 'FGW', name: '发改委' });
    expect(await migrateToLatest(db)).toContain('0006-plan-system');
    const govs = await db.kysely.selectFrom('governments').selectAll().execute();
    expect(govs.map((g) => [g.code, g.name, g.level])).toEqual([['360103', '西湖区', 'county']]);
    const plan = await getPlanRow(db.kysely, planId);
    expect([plan.government_id, plan.plan_type, plan.synthetic]).toEqual([govs[0]!.id, 'outline', 0]);
    const units = await db.kysely.selectFrom('units').select('government_id').execute();
    expect(units.every((u) => u.government_id === govs[0]!.id)).toBe(true);
    await db.close();
  });

  it('creates no government on an empty database', async () => {
    const t = await freshDatabase('sqlite');
    expect(await t.db.kysely.selectFrom('governments').selectAll().execute()).toEqual([]);
    await t.drop();
  });
});
