/**
 * Reports are keyed by subject, period and unit: on a task led by unit A with unit B as co-unit, B reports for
 * itself, cannot overwrite A's returned report, and reads A's report without the reviewer's comment to A.
 * A reporter always has a unit (refused at creation; the migration gives unit-less ones a unit of their own).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator, sql, type Migration } from 'kysely';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, listTasks, MIGRATIONS, migrateToLatest } from '@gangmu/storage';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';

for (const driver of DRIVERS) {
  describe(`${driver}: reports per unit`, () => {
    let f: Fixture;
    let taskId: string;
    beforeAll(async () => {
      f = await startFixture(driver);
      await f.app.inject({
        method: 'POST',
        url: `/api/plans/${f.planId}/tasks/generate`,
        headers: as(f.sessions.admin),
      });
      taskId = (await listTasks(f.t.db.kysely, { planId: f.planId }))[0]!.id;
      const task = (
        await f.app.inject({ method: 'GET', url: `/api/tasks/${taskId}`, headers: as(f.sessions.admin) })
      ).json();
      const assigned = await f.app.inject({
        method: 'PATCH',
        url: `/api/tasks/${taskId}`,
        headers: as(f.sessions.admin, task.version),
        payload: { leadUnitId: f.unitA, coUnitIds: [f.unitB] },
      });
      expect(assigned.statusCode).toBe(200);
    }, 120_000);
    afterAll(() => f.close());

    const submit = (who: 'reporter' | 'reporterB', doneText: string) =>
      f.app.inject({
        method: 'POST',
        url: '/api/reports',
        headers: as(f.sessions[who]),
        payload: { subjectType: 'task', subjectId: taskId, period: '2024-Q2', percent: 30, doneText },
      });

    it("should keep the lead's returned report out of a co-unit's reach", async () => {
      const lead = await submit('reporter', '牵头单位：已完成初稿。');
      expect(lead.statusCode).toBe(201);
      const returned = await f.app.inject({
        method: 'POST',
        url: `/api/reports/${lead.json().id}/review`,
        headers: as(f.sessions.supervisor, lead.json().version),
        payload: { status: 'returned', comment: '牵头单位请补充佐证。' },
      });
      expect(returned.statusCode).toBe(200);

      // The co-unit's submission is its own report, not a resubmission of the lead's.
      const co = await submit('reporterB', '配合单位：已提供数据。');
      expect(co.statusCode).toBe(201);
      expect(co.json()).toMatchObject({ unitId: f.unitB, revision: 1, status: 'submitted' });
      expect(co.json().id).not.toBe(lead.json().id);
      const leadNow = await f.app.inject({
        method: 'GET',
        url: `/api/reports/${lead.json().id}`,
        headers: as(f.sessions.reporter),
      });
      expect(leadNow.json().report).toMatchObject({
        status: 'returned',
        doneText: '牵头单位：已完成初稿。',
        reviewComment: '牵头单位请补充佐证。',
      });

      // The co-unit reads the lead's report, but not the comment addressed to the lead, now or in the history.
      const seenByCo = await f.app.inject({
        method: 'GET',
        url: `/api/reports/${lead.json().id}`,
        headers: as(f.sessions.reporterB),
      });
      expect(seenByCo.statusCode).toBe(200);
      expect(seenByCo.body).not.toContain('牵头单位请补充佐证');
      // …and cannot add evidence to it.
      const evidence = await f.app.inject({
        method: 'POST',
        url: `/api/reports/${lead.json().id}/evidence`,
        headers: { ...as(f.sessions.reporterB), 'content-type': 'application/pdf' },
        payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
      });
      expect(evidence.statusCode).toBe(403);
      // The lead's own upload is answered camelCase, without the name the file is stored under.
      const own = await f.app.inject({
        method: 'POST',
        url: `/api/reports/${lead.json().id}/evidence?name=${encodeURIComponent('佐证.pdf')}`,
        headers: { ...as(f.sessions.reporter), 'content-type': 'application/pdf' },
        payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
      });
      expect(own.statusCode).toBe(201);
      expect(Object.keys(own.json()).sort()).toEqual(
        ['contentType', 'fileName', 'id', 'reportId', 'sha256', 'size', 'uploadedAt', 'uploadedBy'].sort(),
      );
      expect(own.json().fileName).toBe('佐证.pdf');
      // The lead cannot read the co-unit's report either way round: only the lead's is shared.
      const coSeenByLead = await f.app.inject({
        method: 'GET',
        url: `/api/reports/${co.json().id}`,
        headers: as(f.sessions.reporter),
      });
      expect(coSeenByLead.statusCode).toBe(403);
    });

    it('should refuse a reporter without a unit', async () => {
      const res = await f.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: as(f.sessions.admin),
        payload: {
          username: 'loner',
          displayName: '无单位',
          password: 'a fine long one 7',
          role: 'reporter',
        },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details).toMatchObject({ field: 'unitId' });
    });
  });
}

describe('sqlite: migration to reports per unit', () => {
  it('should rekey existing reports, keep their evidence and give unit-less reporters a unit', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gangmu-mig-')), 'old.db');
    const db = createDatabase({ driver: 'sqlite', file });
    const upTo = (last: string): Record<string, Migration> =>
      Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name <= last));
    const migrator = new Migrator({
      db: db.kysely,
      provider: { getMigrations: async () => upTo('0003-accounts') },
    });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const at = '2024-01-01T00:00:00Z';
    await sql`insert into units (id, code, name, created_at) values ('u1', 'A', 'A', ${at})`.execute(
      db.kysely,
    );
    await sql`insert into users (id, username, display_name, password_hash, role, unit_id, created_at)
      values ('p1', 'old', 'old', 'x', 'reporter', null, ${at})`.execute(db.kysely);
    await sql`insert into reports (id, plan_id, subject_type, subject_id, unit_id, period, done_text, status, submitted_at)
      values ('r1', 'p', 'task', 't1', 'u1', '2024', 'done', 'approved', ${at})`.execute(db.kysely);
    await sql`insert into evidence (id, report_id, file_name, stored_name, content_type, size, sha256, uploaded_at)
      values ('e1', 'r1', 'a.pdf', 's', 'application/pdf', 1, 'h', ${at})`.execute(db.kysely);

    await migrateToLatest(db);
    // Another unit may now report on the same subject and period; the same unit still may not.
    await sql`insert into reports (id, plan_id, subject_type, subject_id, unit_id, period, done_text, status, submitted_at)
      values ('r2', 'p', 'task', 't1', 'u2', '2024', 'done', 'submitted', ${at})`.execute(db.kysely);
    await expect(
      sql`insert into reports (id, plan_id, subject_type, subject_id, unit_id, period, done_text, status, submitted_at)
        values ('r3', 'p', 'task', 't1', 'u1', '2024', 'again', 'submitted', ${at})`.execute(db.kysely),
    ).rejects.toThrow(/UNIQUE/);
    const evidence = await sql<{ report_id: string }>`select report_id from evidence`.execute(db.kysely);
    expect(evidence.rows).toEqual([{ report_id: 'r1' }]);
    const fk = await sql`pragma foreign_key_check`.execute(db.kysely);
    expect(fk.rows).toEqual([]);
    const old = await sql<{
      code: string;
    }>`select units.code from users join units on units.id = users.unit_id
      where users.username = 'old'`.execute(db.kysely);
    expect(old.rows).toEqual([{ code: 'UNASSIGNED' }]);
    await db.close();
  });
});
