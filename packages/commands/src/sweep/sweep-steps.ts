/**
 * The steps of the warning sweep, one per kind of subject: each reads its candidates through storage, applies
 * the domain's warning rules and raises the warnings (keyed, so a warning is raised once however often it runs).
 */
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
  indicatorsToCheck,
  planYearlyObservations,
  plansToSweep,
  projectsToCheck,
  raiseWarnings,
  reportedPeriods,
  scheduledSubjects,
  tasksToCheck,
  type RaisedWarning,
  type WarningsTable,
} from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface SweepScope {
  readonly today: string;
  readonly planId?: string;
  /** Indicators are evaluated as of this year when given, else each plan's default evaluation year. */
  readonly asOfYear?: number;
}

export interface StepResult {
  readonly checked: number;
  readonly raised: WarningsTable[];
}

const PAGE = 5000;

/** Raises warnings in batches of PAGE drafts; returns the warnings newly raised. */
function raiser(ctx: CommandContext) {
  const raised: WarningsTable[] = [];
  const drafts: RaisedWarning[] = [];
  const flush = async () => {
    if (drafts.length) raised.push(...(await raiseWarnings(ctx.db.kysely, ctx.caller.actor, drafts)));
    drafts.length = 0;
  };
  const add = async (d: RaisedWarning) => {
    drafts.push(d);
    if (drafts.length >= PAGE) await flush();
  };
  return { raised, add, flush };
}

/** Tasks past their deadline and milestones past their date, read in pages of candidates only. */
export async function sweepTasks(ctx: CommandContext, s: SweepScope): Promise<StepResult> {
  const r = raiser(ctx);
  let checked = 0;
  for (let afterId = ''; ;) {
    const rows = await tasksToCheck(ctx.db.kysely, { ...s, afterId, limit: PAGE });
    if (rows.length === 0) break;
    for (const t of rows) {
      const task = { ...t, milestones: JSON.parse(t.milestones) };
      for (const w of taskWarnings(task, s.today))
        await r.add({ ...w, planId: t.plan_id, unitId: t.lead_unit_id });
    }
    checked += rows.length;
    await r.flush();
    afterId = rows[rows.length - 1]!.id;
  }
  return { checked, raised: r.raised };
}

/** Indicators off track or at risk, evaluated per plan from their yearly values. */
export async function sweepIndicators(ctx: CommandContext, s: SweepScope): Promise<StepResult> {
  const k = ctx.db.kysely;
  const r = raiser(ctx);
  let checked = 0;
  for (const plan of await plansToSweep(k, s.planId)) {
    const period = { start: plan.period_start, end: plan.period_end };
    const year = evaluationYear({ requested: s.asOfYear, today: s.today, period });
    const indicators = await indicatorsToCheck(k, plan.id);
    if (indicators.length === 0) continue;
    const obs = await planYearlyObservations(k, plan.id);
    for (const ind of indicators) {
      const def = { ...(JSON.parse(ind.definition) as Omit<IndicatorDef, 'id'>), id: ind.id } as IndicatorDef;
      const result = evaluateIndicator(def, obs.get(ind.id) ?? [], { asOfYear: year });
      checked++;
      if (!result.ok) continue;
      const { reason: code } = result.assessment;
      const reason = { zh: formatReason(code, 'zh-CN'), en: formatReason(code, 'en') };
      for (const w of indicatorWarnings({ id: ind.id, name: ind.name }, result.assessment, reason, year))
        await r.add({ ...w, planId: plan.id, unitId: ind.unit_id });
    }
    await r.flush();
  }
  return { checked, raised: r.raised };
}

/** Scheduled reports: the latest period that is due must have a report. */
export async function sweepMissedReports(ctx: CommandContext, s: SweepScope): Promise<StepResult> {
  const k = ctx.db.kysely;
  const subjects = await scheduledSubjects(k, s.planId);
  if (subjects.length === 0) return { checked: 0, raised: [] };
  const periods = await reportedPeriods(
    k,
    subjects.map((x) => x.id),
  );
  const thisYear = Number(s.today.slice(0, 4));
  const firstYear = new Map((await plansToSweep(k, s.planId)).map((p) => [p.id, p.period_start ?? thisYear]));
  const r = raiser(ctx);
  for (const x of subjects) {
    const subject = { type: x.type, id: x.id, title: x.title, schedule: JSON.parse(x.schedule!) as Schedule };
    const year = firstYear.get(x.plan_id) ?? thisYear;
    for (const w of missedReportWarnings(subject, periods.get(x.id) ?? new Set(), year, s.today))
      await r.add({ ...w, planId: x.plan_id, unitId: x.unit_id });
  }
  await r.flush();
  return { checked: subjects.length, raised: r.raised };
}

/** Projects whose progress has not moved for half a year. */
export async function sweepStalledProjects(ctx: CommandContext, s: SweepScope): Promise<StepResult> {
  const projects = await projectsToCheck(ctx.db.kysely, s.planId);
  const r = raiser(ctx);
  for (const p of projects) {
    const facts = {
      id: p.id,
      name: p.name,
      progress: p.progress ?? null,
      lastProgressAt: p.last_at ?? null,
      startDate: p.start_date ?? null,
    };
    for (const w of projectWarnings(facts, s.today))
      await r.add({ ...w, planId: p.plan_id, unitId: p.unit_id ?? null });
  }
  await r.flush();
  return { checked: projects.length, raised: r.raised };
}
