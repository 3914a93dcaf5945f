/**
 * One row of every kind a route names by id (task, report, evidence, warning, inbox message, opinion…), made on
 * a fixture: the ids the access table and the adversarial suite put into every route's parameters. The report,
 * its evidence, the warning and the inbox message belong to unit A (reporter A); unit B's reporter owns none.
 */
import { expect } from 'vitest';
import {
  enqueueNotices,
  generateTasks,
  getPlan,
  listTasks,
  raiseWarnings,
  SYSTEM_ACTOR,
  updateTask,
} from '@gangmu/storage';
import { as, type Fixture } from './helpers.ts';

export async function seedOneOfEach(f: Fixture): Promise<Record<string, string>> {
  const plan = await getPlan(f.t.db.kysely, f.planId);
  const obs = await f.app.inject({
    method: 'POST',
    url: `/api/indicators/${f.indicatorA}/observations`,
    headers: as(f.sessions.admin),
    payload: { year: 2021, pct: 8 },
  });
  const opinion = await f.app.inject({
    method: 'POST',
    url: `/api/plans/${f.planId}/opinions`,
    payload: { targetType: 'plan', content: '建议增加养老设施。' },
  });
  const k = f.t.db.kysely;
  await generateTasks(k, SYSTEM_ACTOR, f.planId);
  const task = (await listTasks(k, { planId: f.planId }))[0]!;
  await updateTask(k, SYSTEM_ACTOR, task.id, task.version, { leadUnitId: f.unitA });
  const report = await f.app.inject({
    method: 'POST',
    url: '/api/reports',
    headers: as(f.sessions.reporter),
    payload: {
      subjectType: 'task',
      subjectId: task.id,
      period: '2024-Q1',
      percent: 10,
      doneText: '已启动。',
    },
  });
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const evidence = await f.app.inject({
    method: 'POST',
    url: `/api/reports/${report.json().id}/evidence?name=photo.png`,
    headers: { ...as(f.sessions.reporter), 'content-type': 'image/png' },
    payload: png,
  });
  expect([report.statusCode, evidence.statusCode]).toEqual([201, 201]);
  const [warning] = await raiseWarnings(k, SYSTEM_ACTOR, [
    {
      key: 'TEST:1',
      level: 'red',
      kind: 'TASK_OVERDUE',
      subjectType: 'task',
      subjectId: task.id,
      reason: '测试',
      reasonEn: 'test',
      planId: f.planId,
      unitId: f.unitA,
    },
  ]);
  await enqueueNotices(
    k,
    [
      {
        key: 'test-message',
        channel: 'inbox',
        recipient: f.sessions.reporter.userId,
        event: 'test',
        subject: '测试',
        body: '测试',
      },
    ],
    new Date(),
  );
  const message = await k
    .selectFrom('outbox')
    .select('id')
    .where('key', '=', 'test-message')
    .executeTakeFirstOrThrow();
  return {
    taskId: task.id,
    projectId: plan.projects[0]!.id,
    reportId: report.json().id,
    evidenceId: evidence.json().id,
    warningId: warning!.id,
    messageId: message.id,
    planId: f.planId,
    nodeId: plan.outline[11]!.children[4]!.id,
    indicatorId: f.indicatorA,
    observationId: obs.json().id,
    unitId: f.unitA,
    opinionId: opinion.json().id,
    code: 'GM-AAAA-BBBB',
    year: '2031',
  };
}
