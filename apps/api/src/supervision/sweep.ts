/**
 * The daily warning sweep: overdue tasks and milestones, missed reports, stalled projects and indicators
 * off track or at risk become warnings. Set-based where the data is large: only overdue or milestone-carrying
 * tasks are read, in pages; indicators are evaluated plan by plan.
 */
import { sql } from 'kysely';
import { SYSTEM_CALLER, sweepOverdueOpinions } from '@gangmu/commands';
import {
  evaluateIndicator,
  evaluationYear,
  formatReason,
  indicatorWarnings,
  missedReportWarnings,
  projectWarnings,
  taskWarnings,
  type IndicatorDef,
  type Schedule,
} from '@gangmu/domain';
import {
  raiseWarnings,
  SYSTEM_ACTOR,
  planYearlyObservations,
  type Db,
  type RaisedWarning,
  type WarningsTable,
} from '@gangmu/storage';

export interface SweepResult {
  readonly checked: { tasks: number; indicators: number; projects: number; scheduled: number };
  readonly raised: WarningsTable[];
}

const PAGE = 5000;

/**
 * Runs the sweep for `today` (YYYY-MM-DD at Asia/Shanghai). Indicators are evaluated as of `asOfYear` when given,
 * else as of each plan's default evaluation year (the domain's `evaluationYear`).
 */
export async function sweep(db: Db, today: string, asOfYear?: number): Promise<SweepResult> {
  const k = db.kysely;
  const raised: WarningsTable[] = [];
  const checked = { tasks: 0, indicators: 0, projects: 0, scheduled: 0 };
  const flush = async (drafts: RaisedWarning[]) => {
    if (drafts.length) raised.push(...(await raiseWarnings(k, SYSTEM_ACTOR, drafts)));
    drafts.length = 0;
  };

  // Tasks: only those that can raise something are read: open, and overdue or carrying milestones.
  let lastId = '';
  for (;;) {
    const rows = await k
      .selectFrom('tasks')
      .select(['id', 'plan_id', 'title', 'deadline', 'milestones', 'status', 'lead_unit_id'])
      .where('status', '=', 'open')
      .where((eb) => eb.or([eb('deadline', '<', today), eb('milestones', '!=', '[]')]))
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    const drafts: RaisedWarning[] = [];
    for (const t of rows) {
      for (const w of taskWarnings(
        {
          id: t.id,
          title: t.title,
          deadline: t.deadline,
          status: t.status,
          milestones: JSON.parse(t.milestones),
        },
        today,
      )) {
        drafts.push({ ...w, planId: t.plan_id, unitId: t.lead_unit_id });
      }
    }
    checked.tasks += rows.length;
    await flush(drafts);
    lastId = rows[rows.length - 1]!.id;
  }

  // Indicators: evaluated per plan as of the evaluation year, from their yearly values.
  const plans = await k.selectFrom('plans').select(['id', 'period_start', 'period_end']).execute();
  for (const { id: planId, period_start, period_end } of plans) {
    const year = evaluationYear({
      requested: asOfYear,
      today,
      period: { start: period_start, end: period_end },
    });
    const indicators = await k
      .selectFrom('indicators')
      .select(['id', 'name', 'definition', 'unit_id'])
      .where('plan_id', '=', planId)
      .execute();
    if (indicators.length === 0) continue;
    const obs = await planYearlyObservations(k, planId);
    const drafts: RaisedWarning[] = [];
    for (const ind of indicators) {
      const def = { ...(JSON.parse(ind.definition) as Omit<IndicatorDef, 'id'>), id: ind.id } as IndicatorDef;
      const result = evaluateIndicator(def, obs.get(ind.id) ?? [], { asOfYear: year });
      checked.indicators++;
      if (!result.ok) continue;
      const reason = {
        zh: formatReason(result.assessment.reason, 'zh-CN'),
        en: formatReason(result.assessment.reason, 'en'),
      };
      for (const w of indicatorWarnings({ id: ind.id, name: ind.name }, result.assessment, reason, year))
        drafts.push({ ...w, planId, unitId: ind.unit_id });
      if (drafts.length >= PAGE) await flush(drafts);
    }
    await flush(drafts);
  }

  // Scheduled reports: the latest period that is due must have a report.
  const scheduled = [
    ...(
      await k
        .selectFrom('tasks')
        .select(['id', 'plan_id', 'title', 'schedule', 'lead_unit_id as unit_id'])
        .where('schedule', 'is not', null)
        .where('status', '=', 'open')
        .execute()
    ).map((r) => ({ ...r, type: 'task' as const })),
    ...(
      await k
        .selectFrom('projects')
        .select(['id', 'plan_id', 'name as title', 'schedule', 'unit_id'])
        .where('schedule', 'is not', null)
        .execute()
    ).map((r) => ({ ...r, type: 'project' as const })),
    ...(
      await k
        .selectFrom('indicators')
        .select(['id', 'plan_id', 'name as title', 'schedule', 'unit_id'])
        .where('schedule', 'is not', null)
        .execute()
    ).map((r) => ({ ...r, type: 'indicator' as const })),
  ];
  if (scheduled.length) {
    const periods = new Map<string, Set<string>>();
    for (let i = 0; i < scheduled.length; i += 500) {
      const ids = scheduled.slice(i, i + 500).map((s) => s.id);
      for (const r of await k
        .selectFrom('reports')
        .select(['subject_id', 'period'])
        .where('subject_id', 'in', ids)
        .execute()) {
        (periods.get(r.subject_id) ?? periods.set(r.subject_id, new Set()).get(r.subject_id)!).add(r.period);
      }
    }
    const planYears = new Map(
      (await k.selectFrom('plans').select(['id', 'period_start']).execute()).map((p) => [
        p.id,
        p.period_start ?? Number(today.slice(0, 4)),
      ]),
    );
    const drafts: RaisedWarning[] = [];
    for (const s of scheduled) {
      checked.scheduled++;
      const schedule = JSON.parse(s.schedule!) as Schedule;
      for (const w of missedReportWarnings(
        { type: s.type, id: s.id, title: s.title, schedule },
        periods.get(s.id) ?? new Set(),
        planYears.get(s.plan_id) ?? Number(today.slice(0, 4)),
        today,
      )) {
        drafts.push({ ...w, planId: s.plan_id, unitId: s.unit_id });
      }
    }
    await flush(drafts);
  }

  // Projects: progress that has not moved for half a year.
  const projects = await k
    .selectFrom('projects')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('reports')
          .select(['subject_id', sql<string>`max(reviewed_at)`.as('last_at')])
          .where('status', '=', 'approved')
          .where('subject_type', '=', 'project')
          .groupBy('subject_id')
          .as('r'),
      (join) => join.onRef('r.subject_id', '=', 'projects.id'),
    )
    .select([
      'projects.id',
      'projects.plan_id',
      'projects.name',
      'projects.progress',
      'projects.start_date',
      'projects.unit_id',
      'r.last_at',
    ])
    .where('projects.start_date', 'is not', null)
    .execute();
  const drafts: RaisedWarning[] = [];
  for (const p of projects) {
    checked.projects++;
    for (const w of projectWarnings(
      {
        id: p.id,
        name: p.name,
        progress: p.progress ?? null,
        lastProgressAt: p.last_at ?? null,
        startDate: p.start_date ?? null,
      },
      today,
    )) {
      drafts.push({ ...w, planId: p.plan_id, unitId: p.unit_id ?? null });
    }
  }
  await flush(drafts);

  // Opinions a unit owes an answer past its deadline (issue 16).
  const opinions = await sweepOverdueOpinions(
    { db, now: () => new Date(), caller: SYSTEM_CALLER },
    { today },
  );
  raised.push(...opinions.raised);
  return { checked, raised };
}
