import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createUnit, getTask, listTasks, StorageError, verifyAuditChain } from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import {
  addEvidence,
  CommandError,
  generateTasks,
  importPlan,
  listReports,
  readEvidence,
  readReport,
  reviewReport,
  submitReport,
  updateTask,
  type Caller,
  type CommandContext,
} from '../src/index.ts';

const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'));
const ADMIN: Caller = { actor: { id: 'u-admin', name: 'admin' }, role: 'admin', unitId: null };
const SUPERVISOR: Caller = { actor: { id: 'u-sup', name: 'supervisor' }, role: 'supervisor', unitId: null };
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    // Refusals of the rules here are CommandErrors; those of storage (a version, a duplicate) StorageErrors.
    (e: unknown) => (e instanceof CommandError || e instanceof StorageError ? e.code : String(e)),
  );

for (const driver of DRIVERS) {
  describe(`${driver}: report commands`, () => {
    let t: TestDb;
    let taskId: string;
    let lead: Caller;
    let co: Caller;
    let outsider: Caller;
    const evidenceDir = mkdtempSync(join(tmpdir(), 'gangmu-evidence-'));
    const ctx = (caller: Caller): CommandContext => ({
      db: t.db,
      now: () => new Date('2024-07-01T02:00:00Z'),
      caller,
    });
    const reporter = (unitId: string): Caller => ({
      actor: { id: null, name: `reporter-${unitId}` },
      role: 'reporter',
      unitId,
    });
    beforeAll(async () => {
      t = await freshDatabase(driver);
      const planId = (await importPlan(ctx(ADMIN), { bytes: EXAMPLE })).id;
      await generateTasks(ctx(ADMIN), { planId });
      const unit = async (code: string) =>
        (await createUnit(t.db.kysely, ADMIN.actor, { code, name: code })).id;
      const [a, b, c] = [await unit('A'), await unit('B'), await unit('C')];
      [lead, co, outsider] = [reporter(a), reporter(b), reporter(c)];
      const task = (await listTasks(t.db.kysely, { planId }))[0]!;
      taskId = task.id;
      await updateTask(ctx(ADMIN), {
        taskId,
        expectedVersion: task.version,
        changes: { leadUnitId: a, coUnitIds: [b] },
      });
    }, 120_000);
    afterAll(() => t.drop());

    const submit = (caller: Caller, doneText: string, percent = 40) =>
      submitReport(ctx(caller), {
        subjectType: 'task',
        subjectId: taskId,
        period: '2024-Q2',
        percent,
        doneText,
      });

    it('should run submit → return → resubmit → approve, carrying the % into the task', async () => {
      const first = await submit(lead, '已完成初稿。');
      expect(first).toMatchObject({ unit_id: lead.unitId, status: 'submitted', revision: 1 });
      expect(await codeOf(submit(lead, '再次报送。'))).toBe('ALREADY_EXISTS');
      const returned = await reviewReport(ctx(SUPERVISOR), {
        reportId: first.id,
        expectedVersion: first.version,
        status: 'returned',
        comment: '请补充佐证材料。',
      });
      expect(returned.status).toBe('returned');
      const again = await submit(lead, '已补充。', 50);
      expect(again).toMatchObject({ id: first.id, status: 'submitted', revision: 2 });
      await reviewReport(ctx(SUPERVISOR), {
        reportId: first.id,
        expectedVersion: again.version,
        status: 'approved',
      });
      expect((await getTask(t.db.kysely, taskId)).progress).toBe(50);
      const detail = await readReport(ctx(lead), { reportId: first.id });
      expect(detail.history.map((h) => h.action)).toEqual([
        'report.submit',
        'report.return',
        'report.resubmit',
        'report.approve',
      ]);
      expect(detail.history[1]!.state?.review_comment).toBe('请补充佐证材料。');
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
    });

    it("should let a co-unit file its own report and read the lead's without the review", async () => {
      const own = await submit(co, '配合单位：已提供数据。');
      expect(own.unit_id).toBe(co.unitId);
      const [leads] = await listReports(ctx(lead), {});
      const seen = await readReport(ctx(co), { reportId: leads!.id });
      expect(JSON.stringify(seen)).not.toContain('请补充佐证材料');
      expect('review_comment' in seen.report).toBe(false);
      expect(await codeOf(readReport(ctx(lead), { reportId: own.id }))).toBe('FORBIDDEN');
      expect(await codeOf(readReport(ctx(outsider), { reportId: leads!.id }))).toBe('FORBIDDEN');
      expect(await codeOf(submit(outsider, '不是本单位的任务。'))).toBe('FORBIDDEN');
      expect((await listReports(ctx(co), {})).map((r) => r.id)).toEqual([own.id]);
      expect(await listReports(ctx({ ...co, unitId: null }), {})).toEqual([]);
      expect((await listReports(ctx(SUPERVISOR), { status: 'submitted' })).map((r) => r.id)).toEqual([
        own.id,
      ]);
    });

    it('should keep evidence on its own report only, checked by content, and read it back', async () => {
      const [leads] = await listReports(ctx(lead), {});
      const add = (caller: Caller, bytes: Buffer, contentType: string) =>
        addEvidence(ctx(caller), {
          reportId: leads!.id,
          bytes,
          contentType,
          name: '../佐证 1.pdf',
          evidenceDir,
        });
      expect(await codeOf(add(co, PDF, 'application/pdf'))).toBe('FORBIDDEN');
      const wrong = await add(lead, Buffer.from('not a pdf'), 'application/pdf').catch((e: unknown) => e);
      expect((wrong as CommandError).userMessage).toEqual({
        zh: '文件内容不是声明的类型 pdf',
        en: 'the content is not a pdf',
      });
      expect(await codeOf(add(lead, PDF, 'text/html'))).toBe('INVALID');
      expect(readdirSync(evidenceDir)).toHaveLength(0);
      const e = await add(lead, PDF, 'application/pdf');
      expect(e).toMatchObject({ file_name: '佐证 1.pdf', size: PDF.length });
      const file = await readEvidence(ctx(co), { evidenceId: e.id, evidenceDir });
      expect(file).toMatchObject({ fileName: '佐证 1.pdf', contentType: 'application/pdf', ext: 'pdf' });
      expect(file.bytes.equals(PDF)).toBe(true);
      expect(await codeOf(readEvidence(ctx(outsider), { evidenceId: e.id, evidenceDir }))).toBe('FORBIDDEN');
      expect((await readReport(ctx(lead), { reportId: leads!.id })).evidence.map((x) => x.id)).toEqual([
        e.id,
      ]);
    });
  });
}
