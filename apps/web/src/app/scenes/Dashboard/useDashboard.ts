/**
 * The dashboard's data: the chosen plan (?plan=, else the caller's government's published one), its evaluation
 * (as of a chosen year), tasks, its open warnings, units, and the plans to choose from (issue 15).
 */
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PlanChoicesJson } from '@gangmu/contract';
import { api, type OutlineNode, type PlanEvaluation, type PlanView } from '../../../shared/api.ts';
import type { PlanListItem, Task, Unit, Warning } from '../../api-types.ts';
import { dashboardFigures } from './dashboard-figures.ts';

export function useDashboard() {
  const [plan, setPlan] = useState<PlanListItem | null | undefined>(undefined);
  const [evaluation, setEvaluation] = useState<PlanEvaluation | null>(null);
  const [tasks, setTasks] = useState<Task[]>([]);
  const [warnings, setWarnings] = useState<Warning[]>([]);
  const [units, setUnits] = useState<Unit[]>([]);
  const [outline, setOutline] = useState<OutlineNode[]>([]);
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
      const [u, w, e, t, full] = await Promise.all([
        api<{ units: Unit[] }>('/api/units'),
        api<{ warnings: Warning[] }>(`/api/warnings?status=open${p ? `&planId=${p.id}` : ''}`),
        p ? api<PlanEvaluation>(`/api/plans/${p.id}/evaluation`) : Promise.resolve(null),
        p
          ? api<{ tasks: Task[] }>(`/api/plans/${p.id}/tasks`).catch(() => ({ tasks: [] as Task[] }))
          : Promise.resolve({ tasks: [] as Task[] }),
        p ? api<PlanView>(`/api/plans/${p.id}`) : Promise.resolve(null),
      ]);
      setOutline(full?.outline ?? []);
      setUnits(u.units);
      setWarnings(w.warnings);
      setEvaluation(e);
      setTasks(t.tasks);
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
    ...dashboardFigures({ evaluation, tasks, units, outline }),
  };
}
