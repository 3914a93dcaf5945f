/**
 * The evaluation-report commands on every database: draft from the data (refusing a final report before the
 * target year, and writers only), edit a paragraph, regenerate (the edit survives, the table follows the data),
 * comment, submit, return with its comment in one transaction, approve, publish; the public sees only the
 * published version; `gangmu report`'s export takes the approved version, or drafts afresh.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { getPlan, recordObservation, verifyAuditChain } from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import type { ReportModel } from '@gangmu/reports';
import {
  approveEvaluationReport,
  CommandError,
  commentOnEvaluationReport,
  draftEvaluationReport,
  editReportParagraph,
  exportEvaluationReport,
  exportPlanReport,
  exportPublishedReport,
  importPlan,
  listPlanEvaluationReports,
  listPublishedReports,
  PUBLIC_CALLER,
  publishEvaluationReport,
  readEvaluationReport,
  readPublishedReport,
  regenerateEvaluationReport,
  returnEvaluationReport,
  submitEvaluationReport,
  SYSTEM_CALLER,
  type Caller,
  type CommandContext,
} from '../src/index.ts';

const EXAMPLE = readFileSync(
  join(resolve(import.meta.dirname, '../../..'), 'examples/xihu-2021-2025/plan.txt'),
);
const clock = new Date('2024-03-01T02:00:00Z');
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) =>
      e instanceof CommandError
        ? { code: e.code, zh: e.userMessage?.zh ?? '', en: e.userMessage?.en ?? '' }
        : e,
  );
/** The latest-value cell (column 7) of an indicator's row in 二、主要指标完成情况. */
const latestCell = (content: ReportModel, name: string) => {
  const table = content.sections[1]!.blocks.find((b) => b.type === 'table');
  if (table?.type !== 'table') return undefined;
  for (const r of table.rows) if (r.kind === 'data' && r.cells[1]?.text === name) return r.cells[6]?.text;
  return undefined;
};

for (const driver of DRIVERS) {
  describe(`${driver}: evaluation-report commands`, () => {
    let t: TestDb;
    let planId: string;
    let indicator: { id: string; name: string };
    const as = (caller: Caller): CommandContext => ({ db: t.db, now: () => clock, caller });
    const admin: Caller = { actor: { id: 'u-admin', name: 'admin' }, role: 'admin', unitId: null };
    const supervisor: Caller = { actor: { id: 'u-sup', name: 'sup' }, role: 'supervisor', unitId: null };
    const leader: Caller = { actor: { id: 'u-lead', name: 'leader' }, role: 'leader', unitId: null };
    const reporter: Caller = { actor: { id: 'u-rep', name: 'rep' }, role: 'reporter', unitId: null };

    beforeAll(async () => {
      t = await freshDatabase(driver);
      planId = (await importPlan(as(admin), { bytes: EXAMPLE, publish: true })).id;
      const plan = await getPlan(t.db.kysely, planId);
      const growth = plan.indicators.find((i) => i.kind === 'growth_rate')!;
      indicator = { id: growth.id, name: growth.name };
      for (const [year, pct] of [
        [2021, 8.5],
        [2022, 7.9],
      ] as const)
        await recordObservation(t.db.kysely, admin.actor, growth.id, { year, pct }, clock);
    });
    afterAll(() => t.drop());

    it('refuses a final report before the target year, and anyone but the plan office, with words for people', async () => {
      expect(
        await refusal(draftEvaluationReport(as(supervisor), { planId, kind: 'final', year: 2023 })),
      ).toEqual({
        code: 'INVALID',
        zh: expect.stringContaining('总结评估报告须在规划目标年（2025年）或以后编制'),
        en: expect.stringContaining('final evaluation'),
      });
      for (const caller of [leader, reporter, PUBLIC_CALLER])
        expect(
          await refusal(draftEvaluationReport(as(caller), { planId, kind: 'annual', year: 2023 })),
        ).toMatchObject({ code: 'FORBIDDEN', zh: expect.stringMatching(/无权/) });
      expect(await listPlanEvaluationReports(as(admin), { planId })).toEqual([]);
    });

    it('drafts, edits, regenerates (the edit stays, the table follows the data), returns, approves and publishes', async () => {
      let report = await draftEvaluationReport(as(supervisor), { planId, kind: 'annual', year: 2023 });
      const reportId = report.report.id;
      expect(report.report.status).toBe('draft');
      expect(report.content.date).toBe('2024-03-01');
      expect(latestCell(report.content, indicator.name)).toBe('增长7.9%（2022）');
      await expect(
        draftEvaluationReport(as(admin), { planId, kind: 'annual', year: 2023 }),
      ).rejects.toMatchObject({
        code: 'ALREADY_EXISTS',
      });

      const text = '经区政府常务会议研究，规划实施总体平稳。';
      report = await editReportParagraph(as(supervisor), {
        reportId,
        blockId: 'overall-time',
        text,
        expectedVersion: report.report.version,
      });
      expect(
        await refusal(
          editReportParagraph(as(supervisor), { reportId, blockId: 'nope', text, expectedVersion: 2 }),
        ),
      ).toMatchObject({ code: 'NOT_FOUND', zh: expect.stringContaining('nope') });

      await recordObservation(t.db.kysely, admin.actor, indicator.id, { year: 2023, pct: 6.1 }, clock);
      report = await regenerateEvaluationReport(as(supervisor), {
        reportId,
        expectedVersion: report.report.version,
      });
      const first = report.content.sections[0]!.blocks[0];
      expect(first?.type === 'paragraph' && [first.text, first.edited]).toEqual([text, true]);
      expect(latestCell(report.content, indicator.name)).toBe('增长6.1%（2023）');

      await commentOnEvaluationReport(as(leader), {
        reportId,
        blockId: 'overall-time',
        body: '请补充就业数据。',
      });
      report = await submitEvaluationReport(as(supervisor), {
        reportId,
        expectedVersion: report.report.version,
      });
      expect(
        await refusal(
          approveEvaluationReport(as(supervisor), { reportId, expectedVersion: report.report.version }),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      report = await returnEvaluationReport(as(leader), {
        reportId,
        expectedVersion: report.report.version,
        comment: '就业数据仍缺。',
      });
      expect([report.report.status, report.comments.map((c) => c.body)]).toEqual([
        'draft',
        ['请补充就业数据。', '就业数据仍缺。'],
      ]);
      report = await submitEvaluationReport(as(admin), { reportId, expectedVersion: report.report.version });
      report = await approveEvaluationReport(as(leader), {
        reportId,
        expectedVersion: report.report.version,
      });
      expect([report.report.status, report.report.frozen_version, report.versions.length]).toEqual([
        'approved',
        1,
        1,
      ]);
      expect(
        await refusal(
          regenerateEvaluationReport(as(admin), { reportId, expectedVersion: report.report.version }),
        ),
      ).toMatchObject({ code: 'INVALID', zh: expect.stringContaining('已审定') });

      const hidden = await refusal(readPublishedReport(as(PUBLIC_CALLER), { reportId, number: 1 }));
      expect(hidden).toMatchObject({ code: 'NOT_FOUND' });
      expect(await listPublishedReports(as(PUBLIC_CALLER), { planId })).toEqual([]);
      report = await publishEvaluationReport(as(leader), { reportId });
      expect(report.versions[0]!.published_at).not.toBeNull();
      expect(await listPublishedReports(as(PUBLIC_CALLER), { planId })).toEqual([
        expect.objectContaining({ reportId, number: 1, kind: 'annual', year: 2023 }),
      ]);

      // The data moves on; the published version and `gangmu report` (the approved version) do not.
      await recordObservation(
        t.db.kysely,
        admin.actor,
        indicator.id,
        { year: 2024, pct: 3 },
        new Date('2025-02-01'),
      );
      const published = await readPublishedReport(as(PUBLIC_CALLER), { reportId, number: 1 });
      expect(published.content).toEqual(report.content);
      const cli = { ...as(SYSTEM_CALLER), now: () => new Date('2025-02-01T02:00:00Z') };
      const approved = await exportPlanReport(cli, { planId, kind: 'annual', year: 2023, format: 'docx' });
      const fresh = await exportPlanReport(cli, {
        planId,
        kind: 'annual',
        year: 2023,
        format: 'docx',
        fresh: true,
      });
      expect([approved.approvedVersion, fresh.approvedVersion]).toEqual([1, null]);
      expect([approved.file.fileName, approved.file.contentType]).toEqual([
        '2023年度监测报告.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ]);
      const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
      expect(documentXml(approved.file.bytes)).toContain(text);
      expect(documentXml(fresh.file.bytes)).not.toContain(text);

      const publicDocx = await exportPublishedReport(as(PUBLIC_CALLER), { reportId, number: 1 });
      expect(documentXml(publicDocx.bytes)).toContain(text);
      const sheet = await exportEvaluationReport(as(leader), { reportId, format: 'xlsx', version: 1 });
      expect(sheet.fileName).toBe('2023年度监测报告-主要指标表.xlsx');
      expect(await refusal(exportEvaluationReport(as(reporter), { reportId, format: 'docx' }))).toMatchObject(
        {
          code: 'FORBIDDEN',
        },
      );
      expect((await readEvaluationReport(as(admin), { reportId })).content).toEqual(report.content);

      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
      const trail = await t.db.kysely
        .selectFrom('audit_events')
        .select(['action', 'seq'])
        .where('entity_id', '=', reportId)
        .orderBy('seq')
        .execute();
      expect(trail.map((e) => e.action)).toEqual([
        'evaluation_report.create',
        'evaluation_report.edit',
        'evaluation_report.regenerate',
        'evaluation_report.comment',
        'evaluation_report.submit',
        'evaluation_report.return',
        'evaluation_report.comment',
        'evaluation_report.submit',
        'evaluation_report.approve',
        'evaluation_report.publish',
      ]);
      const returned = trail.findIndex((e) => e.action === 'evaluation_report.return');
      const seqs = await t.db.kysely
        .selectFrom('audit_events')
        .select(['seq', 'at'])
        .where('seq', 'in', [trail[returned]!.seq, trail[returned + 1]!.seq])
        .execute();
      // The return and its comment were one transaction: one moment.
      expect(new Set(seqs.map((s) => s.at)).size).toBe(1);
    });
  });
}
