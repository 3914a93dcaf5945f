import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '@gangmu/importer';
import {
  changeOpinion,
  countOpinionsFromAddress,
  createOpinion,
  getOpinionByTrackingCode,
  getOpinionPrivate,
  getPlan,
  importPlan,
  listOpinionRecords,
  listRecentOpinionsOnTarget,
  listStoredHolidayCalendars,
  publishPlan,
  saveHolidayCalendar,
  verifyAuditChain,
  getPlanRow,
} from '../src/index.ts';
import { DRIVERS, freshDatabase, type TestDb } from './drivers.ts';

const EXAMPLE = readFileSync(join(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'));
const admin = { id: 'admin-1', name: 'admin' };
const visitor = { id: null, name: 'public' };

for (const driver of DRIVERS) {
  describe(`${driver}: opinions and their handling`, () => {
    let t: TestDb;
    let planId: string;
    let indicatorId: string;
    let projectId: string;
    beforeAll(async () => {
      t = await freshDatabase(driver);
      const { draft, diagnostics } = parsePlan(EXAMPLE);
      planId = await importPlan(t.db.kysely, admin, {
        draft,
        diagnostics,
        sourceText: null,
        sourceFormat: 'text',
      });
      await publishPlan(t.db.kysely, admin, planId, (await getPlanRow(t.db.kysely, planId)).version);
      const plan = await getPlan(t.db.kysely, planId);
      indicatorId = plan.indicators[0]!.id;
      projectId = plan.projects[0]!.id;
    });
    afterAll(() => t.drop());

    const post = (over: Partial<Parameters<typeof createOpinion>[2]> = {}) =>
      createOpinion(t.db.kysely, visitor, {
        planId,
        targetType: 'indicator',
        targetId: indicatorId,
        authorName: '市民甲',
        content: '建议公开各街道的年度数据。',
        contact: '13800000000',
        notifyEmail: 'a@example.test',
        trackingCode: `C${Math.random().toString(36).slice(2, 10)}`,
        tokenHash: 'h'.repeat(64),
        addressHash: 'addr-1',
        postedOn: '2024-03-05',
        ...over,
      });

    it('keeps contact details out of the opinion row and out of the audit trail', async () => {
      const row = await post({ trackingCode: 'TRACK-0001' });
      expect(row).toMatchObject({ handling_state: 'received', status: 'pending', contact: null });
      expect(await getOpinionByTrackingCode(t.db.kysely, 'TRACK-0001')).toMatchObject({ id: row.id });
      expect(await getOpinionPrivate(t.db.kysely, row.id)).toMatchObject({
        contact: '13800000000',
        notify_email: 'a@example.test',
      });
      const events = await t.db.kysely.selectFrom('audit_events').select(['before', 'after']).execute();
      const all = events.map((e) => `${e.before ?? ''}${e.after ?? ''}`).join('\n');
      expect(all).toContain('TRACK-0001');
      expect(all).not.toContain('13800000000');
      expect(all).not.toContain('a@example.test');
      expect(all).not.toContain('addr-1');
    });

    it('accepts a project as target and refuses a target of another plan or none', async () => {
      expect((await post({ targetType: 'project', targetId: projectId })).target_type).toBe('project');
      await expect(post({ targetType: 'indicator', targetId: projectId })).rejects.toMatchObject({
        code: 'INVALID',
      });
      await expect(post({ targetType: 'node', targetId: null })).rejects.toMatchObject({ code: 'INVALID' });
    });

    it('counts posts per address and day, and finds recent ones on a target', async () => {
      const before = await countOpinionsFromAddress(t.db.kysely, 'addr-2', '2024-03-06');
      await post({ addressHash: 'addr-2', postedOn: '2024-03-06' });
      await post({ addressHash: 'addr-2', postedOn: '2024-03-06' });
      await post({ addressHash: 'addr-2', postedOn: '2024-03-07' });
      expect(await countOpinionsFromAddress(t.db.kysely, 'addr-2', '2024-03-06')).toBe(before + 2);
      const recent = await listRecentOpinionsOnTarget(t.db.kysely, {
        planId,
        targetType: 'indicator',
        targetId: indicatorId,
        sinceDay: '2024-03-06',
      });
      expect(recent.map((r) => r.posted_on).sort()).toEqual(['2024-03-06', '2024-03-06', '2024-03-07']);
    });

    it('records each handling step with the row, and refuses a stale version or a wrong state', async () => {
      const row = await post();
      const accepted = await changeOpinion(t.db.kysely, admin, {
        id: row.id,
        expectedVersion: 1,
        changes: { handling_state: 'accepted', status: 'approved' },
        record: { kind: 'accept' },
        fromStates: ['received'],
      });
      expect(accepted.after.version).toBe(2);
      const assigned = await changeOpinion(t.db.kysely, admin, {
        id: row.id,
        expectedVersion: 2,
        changes: { handling_state: 'assigned', unit_id: 'unit-x', deadline: '2024-03-26' },
        stamp: ['assigned_at'],
        record: { kind: 'assign', unitId: 'unit-x', data: { deadline: '2024-03-26' } },
        fromStates: ['accepted'],
      });
      expect(assigned.after.assigned_at).toMatch(/^\d{4}-/);
      await expect(
        changeOpinion(t.db.kysely, admin, {
          id: row.id,
          expectedVersion: 2,
          changes: { handling_state: 'assigned' },
          record: { kind: 'assign' },
        }),
      ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
      await expect(
        changeOpinion(t.db.kysely, admin, {
          id: row.id,
          changes: { handling_state: 'published' },
          record: { kind: 'publish' },
          fromStates: ['approved'],
        }),
      ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
      const records = await listOpinionRecords(t.db.kysely, row.id);
      expect(records.map((r) => [r.kind, r.state])).toEqual([
        ['receive', 'received'],
        ['accept', 'accepted'],
        ['assign', 'assigned'],
      ]);
      expect(JSON.parse(records[2]!.data)).toEqual({ deadline: '2024-03-26' });
      expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ ok: true });
    });

    it('stores a holiday calendar for a new year and replaces it only at the version seen', async () => {
      const cal = {
        year: 2027,
        offDays: [['2027-10-01', '2027-10-07']] as [string, string][],
        workDays: [],
        source: 'x',
      };
      const first = await saveHolidayCalendar(t.db.kysely, admin, cal);
      expect(first.version).toBe(1);
      await expect(saveHolidayCalendar(t.db.kysely, admin, cal)).rejects.toMatchObject({
        code: 'VERSION_CONFLICT',
      });
      await saveHolidayCalendar(t.db.kysely, admin, { ...cal, workDays: ['2027-09-26'], expectedVersion: 1 });
      const stored = await listStoredHolidayCalendars(t.db.kysely);
      expect(stored.map((c) => [c.year, JSON.parse(c.work_days), c.version])).toEqual([
        [2027, ['2027-09-26'], 2],
      ]);
    });
  });
}
