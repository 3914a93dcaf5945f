/**
 * Gathers a ReportInput from storage: the plan's outline and period, indicators with their yearly values, tasks
 * with the chapter they hang under and their latest unit report, projects, open warnings. The evaluation runs
 * here through @gangmu/reports (reportIndicator / reportSummary), the same path as the tests and the benchmark.
 */
import {
  getPlan,
  listTaskProgressReports,
  listTasks,
  listUnits,
  listWarnings,
  listYearlyValues,
  type OutlineNodeView,
} from '@gangmu/storage';
import {
  reportIndicator,
  reportSummary,
  type IndicatorData,
  type ReportInput,
  type ReportKind,
  type ReportTask,
} from '@gangmu/reports';
import { todayOf } from '../calendar.ts';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';

export interface GatherReportInputOptions {
  readonly planId: string;
  readonly kind: ReportKind;
  readonly year: number;
}

/** Each outline node's chapter number, parts looked through (a 篇 holds chapters). */
function chapterOfNodes(outline: readonly OutlineNodeView[]): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (nodes: readonly OutlineNodeView[], chapter: number | null) => {
    for (const n of nodes) {
      const here = n.kind === 'chapter' ? n.no : chapter;
      if (here !== null) out.set(n.id, here);
      walk(n.children, here);
    }
  };
  walk(outline, null);
  return out;
}

const chaptersOf = (outline: readonly OutlineNodeView[]): { no: number; title: string }[] =>
  outline.flatMap((n) =>
    n.kind === 'chapter' ? [{ no: n.no, title: n.title }] : n.kind === 'part' ? chaptersOf(n.children) : [],
  );

function indicatorData(
  plan: Awaited<ReturnType<typeof getPlan>>,
  values: Awaited<ReturnType<typeof listYearlyValues>>,
): IndicatorData[] {
  const byIndicator = new Map<string, IndicatorData['observations'][number][]>();
  for (const v of values) {
    const list = byIndicator.get(v.indicator_id) ?? [];
    // Values carry no approval yet (issue: values with their approval): every stored value is "recorded".
    list.push({ year: v.year, value: v.value, pct: v.pct, approval: 'recorded' });
    byIndicator.set(v.indicator_id, list);
  }
  return plan.indicators.map((i) => ({
    id: i.id,
    category: i.category,
    name: i.name,
    unit: i.unit,
    attribute: i.attribute,
    targetText: i.target,
    definition: i.definition as unknown as IndicatorData['definition'],
    observations: byIndicator.get(i.id) ?? [],
  }));
}

/** The report's data as of today (Asia/Shanghai): the drafting date and what "overdue" is measured against. */
export async function gatherReportInput(
  ctx: CommandContext,
  opts: GatherReportInputOptions,
): Promise<ReportInput> {
  const db = ctx.db.kysely;
  const plan = await getPlan(db, opts.planId);
  const { start, end } = plan.period;
  if (start === null || end === null)
    throw new CommandError(
      'INVALID',
      `plan ${plan.id} has no period`,
      { reason: 'PLAN_WITHOUT_PERIOD' },
      {
        zh: '规划未识别出规划期，无法编制评估报告',
        en: 'The plan has no recognised period, so no evaluation report can be drafted',
      },
    );
  const [values, tasks, units, progress, warnings] = await Promise.all([
    listYearlyValues(db, plan.id),
    listTasks(db, { planId: plan.id }),
    listUnits(db),
    listTaskProgressReports(db, plan.id),
    listWarnings(db, { planId: plan.id, limit: 5000 }),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const nameOf = (id: string | null) => (id ? (unitName.get(id) ?? null) : null);
  const latest = new Map(progress.map((r) => [r.subject_id, r]));
  const chapterOf = chapterOfNodes(plan.outline);
  const evaluated = indicatorData(plan, values).map((i) => reportIndicator(i, opts.year, start));
  const indicators = evaluated.map((e) => e.row);
  return {
    kind: opts.kind,
    year: opts.year,
    draftedOn: todayOf(ctx),
    plan: {
      id: plan.id,
      title: plan.title,
      issuer: plan.issuer,
      periodStart: start,
      periodEnd: end,
      chapters: chaptersOf(plan.outline),
    },
    summary: reportSummary(
      indicators,
      evaluated.map((e) => e.assessment),
      opts.year >= end,
    ),
    indicators,
    tasks: tasks.map((t): ReportTask => {
      const r = latest.get(t.id);
      return {
        id: t.id,
        title: t.title,
        chapterNo: t.nodeId ? (chapterOf.get(t.nodeId) ?? null) : null,
        leadUnit: nameOf(t.leadUnitId),
        deadline: t.deadline,
        status: t.status,
        progress: t.progress,
        latestReport: r
          ? {
              unit: nameOf(r.unit_id),
              period: r.period,
              percent: r.percent,
              text: r.done_text,
              approval: r.status === 'approved' ? 'approved' : 'submitted',
            }
          : null,
      };
    }),
    projects: plan.projects.map((p) => ({
      id: p.id,
      boxTitle: p.boxTitle,
      name: p.name,
      chapterNo: p.chapterNo,
      stage: p.stage,
      plannedInvestment: p.plannedInvestment,
      completedInvestment: p.completedInvestment,
      unit: nameOf(p.unitId),
    })),
    warnings: warnings
      .filter((w) => w.status !== 'resolved')
      .map((w) => ({ id: w.id, level: w.level, kind: w.kind, reason: w.reason })),
  };
}
