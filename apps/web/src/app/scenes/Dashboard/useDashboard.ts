/**
 * The dashboard's data: the chosen plan (?plan=, else the caller's government's published one), its evaluation
 * (as of a chosen year), its task figures computed on the server (GET /api/plans/:id/dashboard), its open warnings,
 * and the plans to choose from (issue 15).
 */
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { DashboardJson, PlanChoicesJson } from '@gangmu/contract';
import { api, type PlanEvaluation } from '../../../shared/api.ts';
import type { WarningJson as Warning } from '@gangmu/contract';
import type { PlanListItem } from '../../api-types.ts';
import { indicatorLights } from './dashboard-figures.ts';

const NO_TASKS: DashboardJson['tasks'] = { done: 0, onTime: 0, overdue: 0, unassigned: 0 };

export function useDashboard() {
  const [plan, setPlan] = useState<PlanListItem | null | undefined>(undefined);
  const [evaluation, setEvaluation] = useState<PlanEvaluation | null>(null);
  const [figures, setFigures] = useState<DashboardJson | null>(null);
  const [warnings, setWarnings] = useState<Warning[]>([]);
  const [year, setYear] = useState<number | null>(null);
  const [choices, setChoices] = useState<PlanChoicesJson | null>(null);
  const [params, setParams] = useSearchParams();
  const chosen = params.get('plan');
  useEffect(() => {
    void (async () => {
      const [{ plans }, c] = await Promise.all([
        api<{ plans: PlanListItem[] }>('/api/plans'),
        api<PlanChoicesJson>('/api/plan-choices').catch(() => null),
      ]);
      setChoices(c);
      // The caller's own plans come first in the choices; a published one is the default.
      const mine = c?.plans.filter((x) => x.access === 'edit').map((x) => x.id) ?? [];
      const p =
        plans.find((x) => x.id === chosen) ??
        plans.find((x) => x.publishedVersion > 0 && (mine.length === 0 || mine.includes(x.id))) ??
        plans.find((x) => x.publishedVersion > 0) ??
        plans[0] ??
        null;
      setPlan(p);
      setYear(null);
      // One round trip after the plan list: the rest is fetched in parallel.
      const [w, e, d] = await Promise.all([
        api<{ warnings: Warning[] }>(`/api/warnings?status=open${p ? `&planId=${p.id}` : ''}`),
        p ? api<PlanEvaluation>(`/api/plans/${p.id}/evaluation`) : Promise.resolve(null),
        p ? api<DashboardJson>(`/api/plans/${p.id}/dashboard`).catch(() => null) : Promise.resolve(null),
      ]);
      setWarnings(w.warnings);
      setEvaluation(e);
      setFigures(d);
    })();
  }, [chosen]);
  // "As of any year": the evaluation is fetched again for the year a leader picks.
  useEffect(() => {
    if (plan && year !== null)
      void api<PlanEvaluation>(`/api/plans/${plan.id}/evaluation?year=${year}`).then(setEvaluation);
  }, [plan, year]);
  return {
    plan,
    evaluation,
    warnings,
    setYear,
    choices,
    choosePlan: (id: string) => setParams({ plan: id }),
    lights: indicatorLights(evaluation),
    taskLights: figures?.tasks ?? NO_TASKS,
    chapterRows: figures?.chapters ?? [],
    league: figures?.league ?? [],
  };
}
