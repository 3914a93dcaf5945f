/**
 * Bulk assignment by Excel: the template round-trips; every bad upload (wrong columns, unknown units, past
 * dates, 100,000 rows, a zip bomb, a file that is not Excel) gets per-row or per-file errors and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { deflateZeros, zipArchive } from '@gangmu/importer/testing';
import { listTasks } from '@gangmu/storage';
import { TASK_SHEET_COLUMNS as COLUMNS, TASK_SHEET_MAX_ROWS as MAX_ROWS } from '@gangmu/commands';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function auditCount(f: Fixture): Promise<number> {
  return Number(
    (
      await f.t.db.kysely
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
}

for (const driver of DRIVERS) {
  describe(`${driver}: task assignment by Excel`, () => {
    let f: Fixture;
    let template: Buffer;
    beforeAll(async () => {
      f = await startFixture(driver);
      await f.app.inject({
        method: 'POST',
        url: `/api/plans/${f.planId}/tasks/generate`,
        headers: as(f.sessions.admin),
      });
      template = (
        await f.app.inject({
          method: 'GET',
          url: `/api/plans/${f.planId}/tasks.xlsx`,
          headers: as(f.sessions.admin),
        })
      ).rawPayload;
    });
    afterAll(() => f.close());

    const upload = (body: Buffer) =>
      f.app.inject({
        method: 'POST',
        url: `/api/plans/${f.planId}/tasks.xlsx`,
        headers: { ...as(f.sessions.admin), 'content-type': XLSX },
        payload: body,
      });

    async function filled(edit: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(template as unknown as ArrayBuffer);
      edit(wb.worksheets[0]!);
      return Buffer.from(await wb.xlsx.writeBuffer());
    }

    it("should offer a template holding the plan's tasks", async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(template as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0]!;
      expect(sheet.getRow(1).getCell(1).value).toBe('任务编号');
      expect(sheet.actualRowCount - 1).toBe(98);
      expect(sheet.getRow(2).getCell(4).value).toBe('综合实力明显增强,西湖“实力之梁”更加坚挺');
    });

    it('should apply a valid upload to every row', async () => {
      const body = await filled((sheet) => {
        sheet.getRow(2).getCell(5).value = '教体局';
        sheet.getRow(2).getCell(6).value = '卫健委';
        sheet.getRow(2).getCell(7).value = '2025-06-30';
        sheet.getRow(2).getCell(9).value = '季';
        sheet.getRow(2).getCell(10).value = 10;
        sheet.getRow(3).getCell(5).value = 'WJW';
      });
      const res = await upload(body);
      expect(res.statusCode).toBe(200);
      expect(res.json().applied).toBe(98);
      const tasks = await listTasks(f.t.db.kysely, { planId: f.planId });
      expect(tasks[0]).toMatchObject({
        leadUnitId: f.unitA,
        coUnitIds: [f.unitB],
        deadline: '2025-06-30',
        schedule: { frequency: 'quarterly', dueDay: 10 },
      });
      expect(tasks[1]!.leadUnitId).toBe(f.unitB);
    });

    it('should name every bad row with its reason and change nothing', async () => {
      const before = await auditCount(f);
      const body = await filled((sheet) => {
        sheet.getRow(2).getCell(5).value = '不存在的局';
        sheet.getRow(3).getCell(7).value = '2020-01-01';
        sheet.getRow(4).getCell(7).value = '明年';
        sheet.getRow(5).getCell(9).value = '每周';
        sheet.getRow(6).getCell(1).value = '00000000-0000-0000-0000-000000000000';
        sheet.getRow(7).getCell(5).value = '教体局';
      });
      const res = await upload(body);
      expect(res.statusCode).toBe(422);
      const rows = res.json().error.details.rowErrors;
      expect(rows.map((r: { row: number }) => r.row)).toEqual([2, 3, 4, 5, 6]);
      expect(rows[0].errors[0]).toContain('未知的牵头单位“不存在的局”');
      expect(rows[1].errors[0]).toContain('已过');
      expect(await auditCount(f)).toBe(before);
    });

    it.each([
      [
        'wrong columns',
        async () => filled((sheet) => (sheet.getRow(1).getCell(5).value = '负责人')),
        /表头与模板不一致/,
      ],
      ['not an Excel file', async () => Buffer.from('%PDF-1.4 not a workbook'), /不是 Excel/],
      [
        // Issue 12: the declared sizes were trusted and this was inflated in full (1 GiB) before it was refused.
        'an .xlsx declaring 1 KB that inflates to 1 GiB',
        async () =>
          Buffer.from(
            zipArchive([
              { name: 'xl/workbook.xml', data: deflateZeros(1024 ** 3), method: 8, declaredSize: 1024 },
            ]),
          ),
        /压缩炸弹/,
      ],
      [
        'a zip bomb',
        async () =>
          Buffer.from(zipSync({ 'xl/workbook.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 })),
        /压缩炸弹/,
      ],
      [
        '100,000 rows',
        async () => {
          const wb = new ExcelJS.Workbook();
          const sheet = wb.addWorksheet('任务分解');
          sheet.addRow([...COLUMNS]);
          for (let i = 0; i < 100_000; i++)
            sheet.addRow([`id-${i}`, '', '', '任务', '教体局', '', '2026-12-31', '', '', '']);
          return Buffer.from(await wb.xlsx.writeBuffer());
        },
        new RegExp(`超过上限 ${MAX_ROWS} 行`),
      ],
    ])(
      'should refuse %s with a per-file error and change nothing',
      async (_name, make, message) => {
        const before = await auditCount(f);
        const res = await upload(await make());
        expect(res.statusCode).toBe(422);
        expect(res.json().error.details.fileError).toMatch(message);
        expect(await auditCount(f)).toBe(before);
      },
      120_000,
    );
  });
}
