/**
 * Adversarial: archive bombs (issue 12), through the two routes that take Office files — the plan import
 * (.docx) and the task workbook (.xlsx): archives whose headers lie about their sizes, honest ones that inflate
 * to tens of megabytes, thousands of empty entries, a cut archive. Each must be refused (4xx) with nothing
 * changed, and the process must stay within its memory. The bombs come from @gangmu/importer/testing. A bomb is
 * refused before anything is written, whatever the database: SQLite only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { deflateZeros, xmlBombDocx, zipArchive } from '@gangmu/importer/testing';
import { as, startFixture, type Fixture } from '../helpers.ts';
import { Tally } from './tally.ts';

const MB = 1024 * 1024;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const lying = (name: string) =>
  Buffer.from(zipArchive([{ name, data: deflateZeros(1024 ** 3), method: 8, declaredSize: 1024 }]));
const manyEntries = (prefix: string) =>
  Buffer.from(
    zipSync(
      Object.fromEntries(
        Array.from({ length: 20_000 }, (_, i) => [`${prefix}/e${i}.xml`, new Uint8Array(0)]),
      ),
    ),
  );

const BOMBS: [string, 'import' | 'tasks', string, () => Buffer][] = [
  ['a .docx declaring 1 KB that inflates to 1 GiB', 'import', DOCX, () => lying('word/document.xml')],
  ['a .docx of 60 MB of XML', 'import', DOCX, () => Buffer.from(xmlBombDocx(60 * MB))],
  ['a .docx of 20,000 empty entries', 'import', DOCX, () => manyEntries('word')],
  ['a .docx cut in half', 'import', DOCX, () => Buffer.from(xmlBombDocx(MB)).subarray(0, 1500)],
  ['an .xlsx declaring 1 KB that inflates to 1 GiB', 'tasks', XLSX, () => lying('xl/workbook.xml')],
  [
    'an .xlsx of 60 MB of zeros',
    'tasks',
    XLSX,
    () => Buffer.from(zipSync({ 'xl/workbook.xml': new Uint8Array(60 * MB) }, { level: 9 })),
  ],
  ['an .xlsx of 20,000 empty entries', 'tasks', XLSX, () => manyEntries('xl')],
];

for (const driver of ['sqlite'] as const) {
  describe(`${driver}: adversarial archives`, () => {
    let f: Fixture;
    const tally = new Tally(`archives-${driver}`);
    beforeAll(async () => {
      f = await startFixture(driver);
      await tally.begin(f.t.db);
    });
    afterAll(() => f.close());

    it.each(BOMBS)(
      'should refuse %s',
      async (name, route, type, make) => {
        const url = route === 'import' ? '/api/plans/import' : `/api/plans/${f.planId}/tasks.xlsx`;
        const body = make();
        const res = await tally.probe(f.t.db.kysely, name, () =>
          f.app.inject({
            method: 'POST',
            url,
            headers: { ...as(f.sessions.admin), 'content-type': type },
            payload: body,
          }),
        );
        expect(res.statusCode, res.body.slice(0, 300)).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
        // The bombs were inflated no further than the budget: the process did not take a gigabyte.
        expect(process.memoryUsage().rss / MB).toBeLessThan(1536);
      },
      120_000,
    );

    it('should lose nothing (ledger, and every table as it was)', async () => {
      expect(await tally.end(f.t.db)).toEqual([]);
    });
  });
}
