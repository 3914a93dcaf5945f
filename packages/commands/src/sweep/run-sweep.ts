/**
 * The daily warning sweep (预警扫描): overdue tasks and milestones, missed reports, stalled projects, indicators
 * off track or at risk, opinions a unit owes an answer past its deadline, and inconsistencies between linked
 * plans (规划衔接: a target weaker than its quota…) become warnings. Run by the API's
 * scheduler on its timer and by `gangmu sweep` without a server; a warning is raised once however often it runs.
 */
import { todayOf } from '../calendar.ts';
import type { CommandContext } from '../context.ts';
import { sweepOverdueOpinions } from '../participation/sweep-overdue-opinions.ts';
import { sweepConsistency } from '../plan-system/consistency-report.ts';
import type { WarningsTable } from '@gangmu/storage';
import { sweepIndicators, sweepMissedReports, sweepStalledProjects, sweepTasks } from './sweep-steps.ts';

export interface RunSweepOptions {
  /** YYYY-MM-DD at Asia/Shanghai; default: today by the context's clock. */
  readonly today?: string;
  /** Only this plan's tasks, indicators, projects and opinions. */
  readonly planId?: string;
  /** Evaluate indicators as of this year (default: each plan's evaluation year, the domain's rule). */
  readonly asOfYear?: number;
}

export interface SweepResult {
  readonly today: string;
  /** How many subjects each step read. */
  readonly checked: {
    tasks: number;
    indicators: number;
    projects: number;
    scheduled: number;
    opinions: number;
    /** Plans in a relation, checked for consistency with their upper and lower plans. */
    plans: number;
  };
  /** The warnings raised by this run (none of those raised before). */
  readonly raised: WarningsTable[];
}

export async function runSweep(ctx: CommandContext, o: RunSweepOptions = {}): Promise<SweepResult> {
  const today = o.today ?? todayOf(ctx);
  const scope = {
    today,
    ...(o.planId !== undefined ? { planId: o.planId } : {}),
    ...(o.asOfYear !== undefined ? { asOfYear: o.asOfYear } : {}),
  };
  const tasks = await sweepTasks(ctx, scope);
  const indicators = await sweepIndicators(ctx, scope);
  const scheduled = await sweepMissedReports(ctx, scope);
  const projects = await sweepStalledProjects(ctx, scope);
  const opinions = await sweepOverdueOpinions(ctx, scope);
  const consistency = await sweepConsistency(ctx, scope);
  const steps = [tasks, indicators, scheduled, projects, opinions, consistency];
  return {
    today,
    checked: {
      tasks: tasks.checked,
      indicators: indicators.checked,
      projects: projects.checked,
      scheduled: scheduled.checked,
      opinions: opinions.checked,
      plans: consistency.checked,
    },
    raised: steps.flatMap((s) => s.raised),
  };
}
