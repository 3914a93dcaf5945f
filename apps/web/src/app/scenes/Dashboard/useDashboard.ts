/** The dashboard's data: the published plan, its evaluation (as of a chosen year), tasks, open warnings, units. */
import { useEffect, useState } from 'react';
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
  useEffect(() => {
    void (async () => {
      const { plans } = await api<{ plans: PlanListItem[] }>('/api/plans');
      const p = plans.find((x) => x.publishedVersion > 0) ?? plans[0] ?? null;
      setPlan(p);
      // One round trip after the plan list: the rest is fetched in parallel.
      const [u, w, e, t, full] = await Promise.all([
        api<{ units: Unit[] }>('/api/units'),
        api<{ warnings: Warning[] }>('/api/warnings?status=open'),
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
  }, []);
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
    ...dashboardFigures({ evaluation, tasks, units, outline }),
  };
}
