/**
 * Open data of a published plan: every indicator with its target, its latest value and its status as of the
 * evaluation year — the rows the JSON, CSV and XLSX downloads present. Only published content, never who entered what.
 */
import type { PlanView } from '@gangmu/storage';
import { planYearlyObservations } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { evaluationYearOf, planEvaluation } from './evaluation.ts';
import { publishedPlan } from './plan-copy.ts';

export interface OpenDataOptions {
  readonly planId: string;
  readonly year?: number | undefined;
}

export interface OpenDataRow {
  readonly no: number;
  readonly category: string;
  readonly name: string;
  readonly unit: string;
  /** 约束性 or 预期性, as the plan prints it. */
  readonly attribute: string;
  readonly target: string;
  readonly latestYear: number | null;
  readonly latestValue: number | null;
  readonly status: string;
  readonly reason: string;
}

export interface OpenDataTable {
  readonly plan: Pick<PlanView, 'id' | 'title' | 'issuer' | 'period'>;
  readonly asOfYear: number;
  readonly rows: readonly OpenDataRow[];
}

export async function openDataTable(ctx: CommandContext, o: OpenDataOptions): Promise<OpenDataTable> {
  const plan = await publishedPlan(ctx, o.planId);
  const year = evaluationYearOf(ctx, plan.period, o.year);
  const observations = await planYearlyObservations(ctx.db.kysely, plan.id);
  const evaluation = planEvaluation(plan, observations, year);
  const rows = plan.indicators.map((ind, i): OpenDataRow => {
    const values = observations.get(ind.id) ?? [];
    const last = values[values.length - 1];
    const e = evaluation.indicators[i]!;
    return {
      no: i + 1,
      category: ind.category ?? '',
      name: ind.name,
      unit: ind.unit ?? '',
      attribute: ind.attribute === 'binding' ? '约束性' : '预期性',
      target: ind.target ?? '',
      latestYear: last?.year ?? null,
      latestValue: last ? (last.pct ?? last.value ?? null) : null,
      status: e.status,
      reason: e.reason,
    };
  });
  const { id, title, issuer, period } = plan;
  return { plan: { id, title, issuer, period }, asOfYear: year, rows };
}
