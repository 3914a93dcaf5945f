/**
 * The indicator, value, evaluation, open-data and bulletin routes answer in the shapes of @gangmu/contract, in one
 * casing (camelCase), for staff and the public — the plan evaluation included, which is sent pre-serialised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import type { TSchema } from 'typebox';
import {
  BulletinPreviewJson,
  IndicatorEvaluationAsOfJson,
  IndicatorJson,
  IndicatorValuesJson,
  ObservationJson,
  ObservationListJson,
  OpenDataJson,
  PlanEvaluationJson,
  UnitIndicatorListJson,
} from '@gangmu/contract';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';

/** Field names anywhere in a value that are snake_case (codes used as keys, such as ON_TRACK, are data). */
function snakeKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => snakeKeys(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(/^[a-z][a-z0-9]*_/.test(k) ? [`${path}.${k}`] : []),
    ...snakeKeys(v, `${path}.${k}`),
  ]);
}

for (const driver of DRIVERS) {
  describe(`${driver}: indicator routes and the contract`, () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await startFixture(driver);
    });
    afterAll(() => f.close());

    const expectShape = (schema: TSchema, body: unknown) => {
      expect([...Value.Errors(schema, body)].map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
      expect(snakeKeys(body)).toEqual([]);
    };

    it('should send values, indicators and evaluations as the contract declares them', async () => {
      const admin = as(f.sessions.admin);
      const get = async (url: string, headers = admin) => {
        const res = await f.app.inject({ method: 'GET', url, headers });
        expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
        return res.json();
      };
      const posted = await f.app.inject({
        method: 'POST',
        url: `/api/indicators/${f.indicatorA}/observations`,
        headers: admin,
        payload: { year: 2022, pct: 6.1, note: '统计公报' },
      });
      expect(posted.statusCode).toBe(201);
      expectShape(ObservationJson, posted.json());
      const corrected = await f.app.inject({
        method: 'PUT',
        url: `/api/observations/${posted.json().id}`,
        headers: as(f.sessions.admin, posted.json().version),
        payload: { year: 2022, pct: 6.2 },
      });
      expect(corrected.json()).toMatchObject({ pct: 6.2, version: 2, note: '统计公报' });
      expectShape(ObservationJson, corrected.json());
      const history = await get(`/api/indicators/${f.indicatorA}/observations`);
      expect(history.observations.map((o: { enteredByName: string }) => o.enteredByName)).toEqual(['admin2']);
      expectShape(ObservationListJson, history);
      expectShape(UnitIndicatorListJson, await get(`/api/units/${f.unitA}/indicators`));
      for (const headers of [admin, {}]) {
        expectShape(IndicatorJson, await get(`/api/indicators/${f.indicatorA}`, headers));
        const evaluation = await get(`/api/plans/${f.planId}/evaluation?year=2023`, headers);
        expectShape(PlanEvaluationJson, evaluation);
        expect(evaluation.indicators).toHaveLength(17);
        const one = await get(`/api/indicators/${f.indicatorA}/evaluation`, headers);
        expectShape(IndicatorEvaluationAsOfJson, one);
        // The fixture's clock is 2024-06-30: the last full year, inside the plan's 2021–2025.
        expect(one).toMatchObject({ asOfYear: 2023, latestYear: 2022 });
      }
      const values = await get(`/api/indicators/${f.indicatorA}/values`, {});
      expect(values.values).toEqual([{ year: 2022, pct: 6.2 }]);
      expectShape(IndicatorValuesJson, values);
      expectShape(OpenDataJson, await get(`/api/plans/${f.planId}/open-data.json`, {}));
      const preview = await f.app.inject({
        method: 'POST',
        url: `/api/plans/${f.planId}/bulletin/preview`,
        headers: { ...admin, 'content-type': 'text/plain' },
        payload: '2022年西湖区国民经济和社会发展统计公报\n全年实现地区生产总值比上年增长6.2%。',
      });
      expect(preview.json().proposals[0]).toMatchObject({ change: 'same', current: { pct: 6.2 } });
      expectShape(BulletinPreviewJson, preview.json());
    });

    it("should send an indicator's definition whole, as stored, though the contract types its common fields", async () => {
      const row = await f.t.db.kysely
        .selectFrom('indicators')
        .select('definition')
        .where('id', '=', f.indicatorA)
        .executeTakeFirstOrThrow();
      const stored = JSON.parse(row.definition) as Record<string, unknown>;
      // Fields beyond the typed ones (attribute, nameZh, unit…) must survive the response schema's serialiser.
      expect(Object.keys(stored).length).toBeGreaterThan(4);
      const one = await f.app.inject({
        method: 'GET',
        url: `/api/indicators/${f.indicatorA}`,
        headers: as(f.sessions.admin),
      });
      expect(one.json().definition).toEqual(stored);
      const plan = await f.app.inject({
        method: 'GET',
        url: `/api/plans/${f.planId}`,
        headers: as(f.sessions.admin),
      });
      const inPlan = plan.json().indicators.find((i: { id: string }) => i.id === f.indicatorA);
      expect(inPlan.definition).toEqual(stored);
    });

    it('should refuse a reporter the values of another unit in words, not codes', async () => {
      const res = await f.app.inject({
        method: 'GET',
        url: `/api/indicators/${f.indicatorB}/observations`,
        headers: as(f.sessions.reporter),
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toBe('没有权限执行此操作：该指标由其他单位负责');
    });
  });
}
