/**
 * The indicator commands on every database: the copy each caller reads (plan visibility), unit scope on values,
 * versions, the evaluation year from the domain policy, open data of the published version, the bulletin preview.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createUnit, createUser, SYSTEM_ACTOR, verifyAuditChain } from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import {
  CommandError,
  correctValue,
  evaluatePlan,
  evaluatePlanIndicator,
  importPlan,
  listUnitIndicators,
  listValues,
  openDataTable,
  PUBLIC_CALLER,
  previewBulletin,
  readIndicator,
  readIndicatorValues,
  recordValue,
  updateIndicator,
  type Caller,
  type CommandContext,
} from '../src/index.ts';

const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'));
const GDP = '地区生产总值年均增速';
const REVENUE = '财政总收入年均增速';

/** The code of what a command threw (a CommandError or a storage error alike). */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'no refusal',
    (e: { code?: string }) => e.code,
  );

for (const driver of DRIVERS) {
  describe(`${driver}: indicator commands`, () => {
    let t: TestDb;
    let planId: string;
    let draftId: string;
    let gdp: string;
    let revenue: string;
    let unitA: string;
    let unitB: string;
    let reporterA: Caller;
    let reporterB: Caller;
    const admin: Caller = { actor: { id: null, name: 'admin' }, role: 'admin', unitId: null };
    const leader: Caller = { actor: { id: null, name: 'leader' }, role: 'leader', unitId: null };
    const ctx = (caller: Caller, at = '2024-03-01T02:00:00Z'): CommandContext => ({
      db: t.db,
      now: () => new Date(at),
      caller,
    });

    beforeAll(async () => {
      t = await freshDatabase(driver);
      const k = t.db.kysely;
      planId = (await importPlan(ctx(admin), { bytes: EXAMPLE, publish: true })).id;
      draftId = (await importPlan(ctx(admin), { bytes: EXAMPLE, title: '草稿规划' })).id;
      unitA = (await createUnit(k, SYSTEM_ACTOR, { code: 'A', name: '统计局' })).id;
      unitB = (await createUnit(k, SYSTEM_ACTOR, { code: 'B', name: '财政局' })).id;
      const reporter = async (username: string, unitId: string): Promise<Caller> => {
        const u = await createUser(k, SYSTEM_ACTOR, {
          username,
          displayName: username,
          passwordHash: 'x',
          role: 'reporter',
          unitId,
          email: null,
        });
        return { actor: { id: u.id, name: u.username }, role: 'reporter', unitId };
      };
      reporterA = await reporter('reporter-a', unitA);
      reporterB = await reporter('reporter-b', unitB);
      const evaluation = await evaluatePlan(ctx(admin), { planId });
      gdp = evaluation.indicators.find((i) => i.name === GDP)!.id;
      revenue = evaluation.indicators.find((i) => i.name === REVENUE)!.id;
      for (const [indicatorId, unitId] of [
        [gdp, unitA],
        [revenue, unitB],
      ] as const) {
        const { version } = await readIndicator(ctx(admin), { indicatorId });
        await updateIndicator(ctx(admin), { indicatorId, expectedVersion: version, unitId });
      }
    });
    afterAll(() => t.drop());

    /** The indicator ids of a plan's working copy, in order. */
    async function listAll(id: string): Promise<string[]> {
      return (await evaluatePlan(ctx(admin), { planId: id })).indicators.map((i) => i.id);
    }

    it('should show staff the working copy and everyone else the published one, none of a draft', async () => {
      const { version } = await readIndicator(ctx(admin), { indicatorId: gdp });
      await updateIndicator(ctx(admin), {
        indicatorId: gdp,
        expectedVersion: version,
        name: '地区生产总值增速',
      });
      expect((await readIndicator(ctx(leader), { indicatorId: gdp })).name).toBe('地区生产总值增速');
      expect((await readIndicator(ctx(PUBLIC_CALLER), { indicatorId: gdp })).name).toBe(GDP);
      expect((await readIndicator(ctx(reporterA), { indicatorId: gdp })).name).toBe(GDP);
      const [draftIndicator] = await listAll(draftId);
      expect(await refusal(readIndicator(ctx(PUBLIC_CALLER), { indicatorId: draftIndicator! }))).toBe(
        'NOT_FOUND',
      );
      expect(await refusal(evaluatePlan(ctx(reporterA), { planId: draftId }))).toBe('NOT_FOUND');
      expect((await evaluatePlan(ctx(leader), { planId: draftId })).indicators).toHaveLength(17);
      const stale = updateIndicator(ctx(admin), { indicatorId: gdp, expectedVersion: version, name: 'x' });
      expect(await refusal(stale)).toBe('VERSION_CONFLICT');
    });

    it("should keep a reporter to its own unit's indicators and values", async () => {
      const mine = await recordValue(ctx(reporterA), { indicatorId: gdp, year: 2021, pct: 8.6 });
      expect(mine).toMatchObject({ indicator_id: gdp, plan_id: planId, year: 2021, period: 'Y', pct: 8.6 });
      const other = (await recordValue(ctx(reporterA), { indicatorId: revenue, year: 2021, pct: 5 }).catch(
        (e: unknown) => e,
      )) as CommandError;
      expect(other).toBeInstanceOf(CommandError);
      expect(other.code).toBe('FORBIDDEN');
      expect(other.userMessage?.zh).toBe('该指标由其他单位负责');
      expect(await refusal(listValues(ctx(reporterA), { indicatorId: revenue }))).toBe('FORBIDDEN');
      expect(await refusal(listUnitIndicators(ctx(reporterA), { unitId: unitB }))).toBe('FORBIDDEN');
      expect(
        (await listUnitIndicators(ctx(reporterA), { unitId: unitA })).map((i) => [i.id, i.planTitle]),
      ).toEqual([[gdp, expect.stringContaining('西湖区')]]);
      const history = await listValues(ctx(reporterA), { indicatorId: gdp });
      expect(history.map((v) => [v.year, v.pct, v.entered_by_name])).toEqual([[2021, 8.6, 'reporter-a']]);
      const noUnit = { ...reporterA, unitId: null };
      expect(await refusal(listValues(ctx(noUnit), { indicatorId: gdp }))).toBe('FORBIDDEN');
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
    });

    it('should correct a value at its version, refuse a stale one and another unit', async () => {
      const first = await recordValue(ctx(admin), { indicatorId: gdp, year: 2022, pct: 6 });
      expect(await refusal(recordValue(ctx(admin), { indicatorId: gdp, year: 2022, pct: 6 }))).toBe(
        'ALREADY_EXISTS',
      );
      const fix = { observationId: first.id, expectedVersion: first.version, year: 2022, pct: 6.3 };
      const corrected = await correctValue(ctx(reporterA), fix);
      expect([corrected.pct, corrected.version, corrected.entered_by]).toEqual([6.3, 2, reporterA.actor.id]);
      expect(await refusal(correctValue(ctx(admin), fix))).toBe('VERSION_CONFLICT');
      expect(await refusal(correctValue(ctx(reporterB), { ...fix, expectedVersion: 2 }))).toBe('FORBIDDEN');
      expect(await refusal(correctValue(ctx(admin), { ...fix, observationId: 'none' }))).toBe('NOT_FOUND');
    });

    it.each([
      ['asked', { year: 2022 }, '2024-03-01T02:00:00Z', 2022, 'midterm'],
      ['the last full year', {}, '2024-03-01T02:00:00Z', 2023, 'midterm'],
      ['at Shanghai time on New Year’s night', {}, '2024-12-31T16:30:00Z', 2024, 'midterm'],
      ['the target year once the plan has ended', {}, '2027-06-30T00:00:00Z', 2025, 'final'],
    ])('should evaluate as of the year %s', async (_, asked, at, year, form) => {
      const evaluation = await evaluatePlan(ctx(PUBLIC_CALLER, at), { planId, ...asked });
      expect(evaluation.asOfYear).toBe(year);
      expect(evaluation.summary.form).toBe(form);
      expect(evaluation.summary.total).toBe(17);
      const one = await evaluatePlanIndicator(ctx(PUBLIC_CALLER, at), { indicatorId: gdp, ...asked });
      expect(one.asOfYear).toBe(year);
      expect(one).toEqual({ asOfYear: year, ...evaluation.indicators.find((i) => i.id === gdp) });
    });

    it('should give open data of the published version to staff and public alike, none of a draft', async () => {
      const table = await openDataTable(ctx(admin), { planId, year: 2023 });
      expect(table.asOfYear).toBe(2023);
      expect(table.rows).toHaveLength(17);
      expect(table.rows.find((r) => r.name === GDP)).toMatchObject({ latestYear: 2022, latestValue: 6.3 });
      expect(table.rows.some((r) => r.name === '地区生产总值增速')).toBe(false);
      expect(await refusal(openDataTable(ctx(admin), { planId: draftId }))).toBe('NOT_FOUND');
      const values = await readIndicatorValues(ctx(PUBLIC_CALLER), { indicatorId: gdp });
      expect(values.indicator.name).toBe(GDP);
      expect(values.values).toEqual([
        { year: 2021, pct: 8.6 },
        { year: 2022, pct: 6.3 },
      ]);
    });

    it("should read a bulletin against the caller's indicators beside the recorded values", async () => {
      const bytes = Buffer.from(
        '2021年西湖区国民经济和社会发展统计公报\n全年实现地区生产总值670.7亿元，比上年增长8.6%。财政总收入比上年增长5%。',
      );
      const all = await previewBulletin(ctx(admin), { planId, bytes });
      expect(all.proposals.map((p) => [p.indicatorId, p.change])).toEqual([
        [gdp, 'same'],
        [revenue, 'new'],
      ]);
      const a = await previewBulletin(ctx(reporterA), { planId, bytes });
      expect(a.proposals.map((p) => p.indicatorId)).toEqual([gdp]);
      const none = await previewBulletin(ctx({ ...reporterA, unitId: null }), { planId, bytes });
      expect(none.proposals).toEqual([]);
    });
  });
}
