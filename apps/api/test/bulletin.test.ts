/**
 * The bulletin preview on the example plan: the example district's real 2018 bulletin (traditional characters,
 * money in 万元; packages/importer/test/fixtures/bulletins/) read against the plan's indicators, beside the values
 * recorded. Nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';

const XIHU_2018 = readFileSync(
  join(import.meta.dirname, '../../../packages/importer/test/fixtures/bulletins/xihu-2018-district.txt'),
);

for (const driver of DRIVERS) {
  describe(`${driver}: bulletin preview`, () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await startFixture(driver);
    });
    afterAll(() => f.close());

    const preview = (who: keyof Fixture['sessions'], body: Buffer | string = XIHU_2018) =>
      f.app.inject({
        method: 'POST',
        url: `/api/plans/${f.planId}/bulletin/preview`,
        headers: { ...as(f.sessions[who]), 'content-type': 'text/plain' },
        payload: body,
      });

    it('should read the example district’s real bulletin against the plan’s indicators', async () => {
      const res = await preview('supervisor');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.year).toBe(2018);
      const byName = Object.fromEntries(body.proposals.map((p: { name: string }) => [p.name, p]));
      expect(byName['地区生产总值年均增速']).toMatchObject({ year: 2018, pct: 8, change: 'new', line: 3 });
      expect(byName['财政总收入年均增速']).toMatchObject({ year: 2018, pct: 6.21, change: 'new', line: 5 });
      expect(body.diagnostics.map((d: { code: string }) => d.code)).toContain('bulletin_traditional');
      expect(body.missing.map((m: { name: string }) => m.name)).toContain('城镇登记失业率');
    });

    it('should show each figure beside the value recorded for that year', async () => {
      // A pasted paragraph (a test sentence, not a real bulletin) for a year of the plan's period.
      const paragraph =
        '2021年西湖区国民经济和社会发展统计公报\n全年实现地区生产总值670.7亿元，比上年增长8.6%。财政总收入比上年增长5%。';
      const record = (indicatorId: string, pct: number) =>
        f.app.inject({
          method: 'POST',
          url: `/api/indicators/${indicatorId}/observations`,
          headers: as(f.sessions.admin),
          payload: { year: 2021, pct },
        });
      expect((await record(f.indicatorA, 8.6)).statusCode).toBe(201);
      expect((await record(f.indicatorB, 4)).statusCode).toBe(201);
      const body = (await preview('admin', paragraph)).json();
      expect(body.proposals).toMatchObject([
        { indicatorId: f.indicatorA, year: 2021, pct: 8.6, current: { pct: 8.6 }, change: 'same', line: 2 },
        { indicatorId: f.indicatorB, year: 2021, pct: 5, current: { pct: 4 }, change: 'different', line: 2 },
      ]);
    });

    it('should show a reporter only its own unit’s indicators, and refuse the public', async () => {
      const a = (await preview('reporter')).json();
      expect(a.proposals.map((p: { indicatorId: string }) => p.indicatorId)).toEqual([f.indicatorA]);
      const b = (await preview('reporterB')).json();
      expect(b.proposals.map((p: { indicatorId: string }) => p.indicatorId)).toEqual([f.indicatorB]);
      expect((await preview('leader')).statusCode).toBe(403);
      const anonymous = await f.app.inject({
        method: 'POST',
        url: `/api/plans/${f.planId}/bulletin/preview`,
        headers: { 'content-type': 'text/plain' },
        payload: XIHU_2018,
      });
      expect(anonymous.statusCode).toBe(401);
    });

    it('should answer an empty or unreadable body with diagnostics, not an error', async () => {
      const res = await preview('admin', Buffer.from([0, 1, 2, 3, 0, 0]));
      expect(res.statusCode).toBe(200);
      expect(res.json().proposals).toEqual([]);
      expect(res.json().diagnostics[0].code).toBe('binary_input');
    });
  });
}
