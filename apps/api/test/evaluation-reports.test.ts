/**
 * The evaluation report through the API on every database: draft from the data, refuse a final report before
 * the target year, edit a paragraph, regenerate (the edit survives, the table follows the data), submit, approve
 * (the leader only), publish; the public sees the frozen version, which does not move when the data does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTasks, SYSTEM_ACTOR, verifyAuditChain } from '@gangmu/storage';
import type { ReportModel } from '@gangmu/reports';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';

type Table = Extract<ReportModel['sections'][number]['blocks'][number], { type: 'table' }>;
const indicatorRow = (content: ReportModel, name: string) => {
  const table = content.sections[1]!.blocks.find((b) => b.type === 'table') as Table;
  return table.rows
    .flatMap((r) => (r.kind === 'data' ? [r.cells.map((c) => c.text)] : []))
    .find((r) => r[1] === name)!;
};

for (const driver of DRIVERS) {
  describe(`${driver}: evaluation reports`, () => {
    let f: Fixture;
    let nameA: string;
    /** A write as `who` (with If-Match when a version is given). */
    const send = (
      method: 'POST' | 'PATCH',
      url: string,
      who: keyof Fixture['sessions'],
      version?: number,
      payload?: object,
    ) =>
      f.app.inject({ method, url, headers: as(f.sessions[who], version), ...(payload ? { payload } : {}) });
    const act = (id: string, step: string, who: keyof Fixture['sessions'], version?: number) =>
      send('POST', `/api/evaluation-reports/${id}/${step}`, who, version);
    const observe = (indicatorId: string, year: number, pct: number) =>
      f.app.inject({
        method: 'POST',
        url: `/api/indicators/${indicatorId}/observations`,
        headers: as(f.sessions.admin),
        payload: { year, pct },
      });
    beforeAll(async () => {
      f = await startFixture(driver);
      await generateTasks(f.t.db.kysely, SYSTEM_ACTOR, f.planId);
      for (const [year, pct] of [
        [2021, 8.5],
        [2022, 7.9],
      ] as const)
        expect((await observe(f.indicatorA, year, pct)).statusCode).toBe(201);
      const plan = await f.app.inject({
        method: 'GET',
        url: `/api/plans/${f.planId}`,
        headers: as(f.sessions.admin),
      });
      nameA = plan.json().indicators[0].name;
    });
    afterAll(() => f.close());

    it('should refuse a final report before the target year with the reason', async () => {
      const res = await send('POST', `/api/plans/${f.planId}/evaluation-reports`, 'supervisor', undefined, {
        kind: 'final',
        year: 2023,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.message).toContain('总结评估报告须在规划目标年（2025年）或以后编制');
    });

    it('should draft, edit, regenerate, approve, publish and keep the published version frozen', async () => {
      const drafted = await send(
        'POST',
        `/api/plans/${f.planId}/evaluation-reports`,
        'supervisor',
        undefined,
        { kind: 'annual', year: 2023 },
      );
      expect(drafted.statusCode).toBe(201);
      let report = drafted.json();
      const id = report.id as string;
      expect(report.status).toBe('draft');
      expect(report.content.sections.map((s: { heading: string }) => s.heading)[0]).toBe('一、总体情况');
      expect(indicatorRow(report.content, nameA)[6]).toBe('增长7.9%（2022）');

      const again = await send('POST', `/api/plans/${f.planId}/evaluation-reports`, 'supervisor', undefined, {
        kind: 'annual',
        year: 2023,
      });
      expect(again.statusCode).toBe(409);

      const edit = await send(
        'PATCH',
        `/api/evaluation-reports/${id}/blocks/overall-time`,
        'supervisor',
        report.version,
        {
          text: '经区政府常务会议研究，规划实施总体平稳。',
        },
      );
      expect(edit.statusCode).toBe(200);
      report = edit.json();

      expect((await observe(f.indicatorA, 2023, 6.1)).statusCode).toBe(201);
      const regenerated = await act(id, 'regenerate', 'supervisor', report.version);
      expect(regenerated.statusCode).toBe(200);
      report = regenerated.json();
      expect(report.content.sections[0].blocks[0].text).toBe('经区政府常务会议研究，规划实施总体平稳。');
      expect(indicatorRow(report.content, nameA)[6]).toBe('增长6.1%（2023）');

      const comment = await send('POST', `/api/evaluation-reports/${id}/comments`, 'leader', undefined, {
        blockId: 'overall-time',
        body: '请补充就业数据。',
      });
      expect(comment.statusCode).toBe(201);

      const submit = await act(id, 'submit', 'supervisor', report.version);
      expect(submit.statusCode).toBe(200);
      report = submit.json();
      const bySupervisor = await act(id, 'approve', 'supervisor', report.version);
      expect(bySupervisor.statusCode).toBe(403);
      const approve = await act(id, 'approve', 'leader', report.version);
      expect(approve.statusCode).toBe(200);
      report = approve.json();
      expect([report.status, report.frozenVersion, report.comments.length]).toEqual(['approved', 1, 1]);

      const frozen = await act(id, 'regenerate', 'supervisor', report.version);
      expect(frozen.statusCode).toBe(422);

      expect(
        (
          await f.app.inject({
            method: 'POST',
            url: `/api/evaluation-reports/${id}/publish`,
            headers: as(f.sessions.leader),
          })
        ).statusCode,
      ).toBe(200);
      const list = await f.app.inject({ method: 'GET', url: `/api/plans/${f.planId}/published-reports` });
      expect(list.json().reports).toEqual([
        expect.objectContaining({ reportId: id, number: 1, kind: 'annual', year: 2023 }),
      ]);
      const published = await f.app.inject({ method: 'GET', url: `/api/published-reports/${id}/1` });
      expect(published.json().content).toEqual(report.content);

      // The data moves on; the published version does not.
      expect((await observe(f.indicatorA, 2024, 3)).statusCode).toBe(201);
      const later = await f.app.inject({ method: 'GET', url: `/api/published-reports/${id}/1` });
      expect(later.json().content).toEqual(report.content);

      const docx = await f.app.inject({ method: 'GET', url: `/api/published-reports/${id}/1/docx` });
      expect(docx.headers['content-type']).toContain('wordprocessingml');
      expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
      for (const format of ['docx', 'brief', 'xlsx']) {
        const file = await f.app.inject({
          method: 'GET',
          url: `/api/evaluation-reports/${id}/export?format=${format}&version=1`,
          headers: as(f.sessions.auditor),
        });
        expect(file.statusCode).toBe(200);
        expect(String(file.headers['content-disposition'])).toContain("filename*=UTF-8''2023");
      }
      expect((await verifyAuditChain(f.t.db.kysely)).ok).toBe(true);
      const trail = await f.t.db.kysely
        .selectFrom('audit_events')
        .select('action')
        .where('entity_id', '=', id)
        .orderBy('seq')
        .execute();
      expect(trail.map((e) => e.action)).toEqual([
        'evaluation_report.create',
        'evaluation_report.edit',
        'evaluation_report.regenerate',
        'evaluation_report.comment',
        'evaluation_report.submit',
        'evaluation_report.approve',
        'evaluation_report.publish',
      ]);
    });

    it('should not show an unpublished report to the public', async () => {
      const drafted = await send('POST', `/api/plans/${f.planId}/evaluation-reports`, 'admin', undefined, {
        kind: 'midterm',
        year: 2023,
      });
      expect(drafted.statusCode).toBe(201);
      expect(
        (await f.app.inject({ method: 'GET', url: `/api/published-reports/${drafted.json().id}/1` }))
          .statusCode,
      ).toBe(404);
    });
  });
}
