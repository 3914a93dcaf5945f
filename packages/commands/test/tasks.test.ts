import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { createUnit, getPlan, listTasks, verifyAuditChain } from '@gangmu/storage';
import { DRIVERS, freshDatabase, type TestDb } from '@gangmu/storage/testing';
import {
  CommandError,
  exportTaskSheet,
  generateTasks,
  importPlan,
  importTaskSheet,
  listPlanTasks,
  listUnitTasks,
  readTask,
  updateProject,
  updateTask,
  type Caller,
  type CommandContext,
} from '../src/index.ts';

const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt'));
const ADMIN: Caller = { actor: { id: 'u-admin', name: 'admin' }, role: 'admin', unitId: null };

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof CommandError ? e.code : String(e)),
  );

for (const driver of DRIVERS) {
  describe(`${driver}: task commands`, () => {
    let t: TestDb;
    let planId: string;
    let unitA: string;
    let unitB: string;
    // 2024-06-30 23:30 in UTC is 2024-07-01 in Shanghai: deadlines are judged by Shanghai's date.
    const ctx = (caller: Caller): CommandContext => ({
      db: t.db,
      now: () => new Date('2024-06-30T23:30:00Z'),
      caller,
    });
    const reporter = (unitId: string): Caller => ({
      actor: { id: `u-${unitId}`, name: 'reporter' },
      role: 'reporter',
      unitId,
    });
    const auditRows = async () =>
      Number(
        (await sql<{ n: number }>`select count(*) as n from audit_events`.execute(t.db.kysely)).rows[0]!.n,
      );
    beforeAll(async () => {
      t = await freshDatabase(driver);
      planId = (await importPlan(ctx(ADMIN), { bytes: EXAMPLE })).id;
      unitA = (await createUnit(t.db.kysely, ADMIN.actor, { code: 'A', name: '教体局' })).id;
      unitB = (await createUnit(t.db.kysely, ADMIN.actor, { code: 'B', name: '卫健委' })).id;
    }, 120_000);
    afterAll(() => t.drop());

    it('should generate one task per outline item, once', async () => {
      const first = await generateTasks(ctx(ADMIN), { planId });
      expect(first.created).toBe(98);
      expect(await generateTasks(ctx(ADMIN), { planId })).toEqual({ created: 0 });
      expect(await listPlanTasks(ctx(ADMIN), { planId })).toHaveLength(98);
    });

    it('should assign a task, refuse a deadline before today in Shanghai, and a stale version', async () => {
      const [task] = await listPlanTasks(ctx(ADMIN), { planId });
      const change = { leadUnitId: unitA, coUnitIds: [unitB], deadline: '2024-07-01' };
      const done = await updateTask(ctx(ADMIN), {
        taskId: task!.id,
        expectedVersion: task!.version,
        changes: change,
      });
      expect(done).toMatchObject({ ...change, version: task!.version + 1 });
      const past = updateTask(ctx(ADMIN), {
        taskId: task!.id,
        expectedVersion: done.version,
        changes: { deadline: '2024-06-30' },
      });
      await expect(past).rejects.toMatchObject({
        code: 'INVALID',
        userMessage: { zh: '完成时限 2024-06-30 已过' },
      });
      const stale = updateTask(ctx(ADMIN), {
        taskId: task!.id,
        expectedVersion: task!.version,
        changes: { title: '改' },
      });
      await expect(stale).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    });

    it("should show a reporter its unit's tasks only, as lead or co-unit", async () => {
      const [task] = await listPlanTasks(ctx(ADMIN), { planId });
      expect((await listUnitTasks(ctx(reporter(unitB)), { unitId: unitB })).map((x) => x.id)).toEqual([
        task!.id,
      ]);
      expect(await refusal(listUnitTasks(ctx(reporter(unitB)), { unitId: unitA }))).toBe('FORBIDDEN');
      expect((await readTask(ctx(reporter(unitB)), { taskId: task!.id })).leadUnitId).toBe(unitA);
      const other = (await listPlanTasks(ctx(ADMIN), { planId }))[1]!;
      expect(await refusal(readTask(ctx(reporter(unitA)), { taskId: other.id }))).toBe('FORBIDDEN');
      expect(await refusal(readTask(ctx({ ...reporter(unitA), unitId: null }), { taskId: task!.id }))).toBe(
        'FORBIDDEN',
      );
    });

    it('should export the template and apply a filled one, all rows or none', async () => {
      const file = await exportTaskSheet(ctx(ADMIN), { planId });
      expect(file.fileName).toMatch(/-任务分解\.xlsx$/);
      const fill = async (edit: (sheet: ExcelJS.Worksheet) => void) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
        edit(wb.worksheets[0]!);
        return Buffer.from(await wb.xlsx.writeBuffer());
      };
      const before = await auditRows();
      const bad = await fill((s) => {
        s.getRow(3).getCell(5).value = '不存在的局';
        s.getRow(4).getCell(7).value = '2024-06-30';
      });
      const refused = await importTaskSheet(ctx(ADMIN), { planId, bytes: bad }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(CommandError);
      expect((refused as CommandError).details).toMatchObject({
        fileError: null,
        rowErrors: [{ row: 3 }, { row: 4, errors: [expect.stringContaining('已过')] }],
      });
      expect((refused as CommandError).userMessage).toEqual({
        zh: '2 行有误，未做任何修改',
        en: '2 rows are wrong; nothing was changed',
      });
      expect(await auditRows()).toBe(before);
      const good = await fill((s) => {
        s.getRow(3).getCell(5).value = 'B';
        s.getRow(3).getCell(9).value = '季';
      });
      expect(await importTaskSheet(ctx(ADMIN), { planId, bytes: good })).toEqual({ applied: 98 });
      expect((await listTasks(t.db.kysely, { planId }))[1]).toMatchObject({
        leadUnitId: unitB,
        schedule: { frequency: 'quarterly', dueDay: 10 },
      });
      const notExcel = await importTaskSheet(ctx(ADMIN), { planId, bytes: Buffer.from('%PDF-1.4') }).catch(
        (e: unknown) => e,
      );
      expect((notExcel as CommandError).userMessage).toEqual({
        zh: '文件不是 Excel（.xlsx）文件',
        en: 'the file is not an Excel (.xlsx) file',
      });
    });

    it('should change a project at its version, audited', async () => {
      const project = (await getPlan(t.db.kysely, planId)).projects[0]!;
      const changed = await updateProject(ctx(ADMIN), {
        projectId: project.id,
        expectedVersion: project.version,
        changes: { unitId: unitA, stage: 'in_progress', plannedInvestment: 12.5, schedule: null },
      });
      expect(changed).toMatchObject({ unit_id: unitA, stage: 'in_progress', planned_investment: 12.5 });
      const stale = updateProject(ctx(ADMIN), {
        projectId: project.id,
        expectedVersion: project.version,
        changes: { stage: 'done' },
      });
      await expect(stale).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
    });
  });
}
