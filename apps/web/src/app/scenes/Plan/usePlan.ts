/** A plan for staff: the plan list, the plan with its outline, evaluation, tasks and units, and its edits. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { App } from 'antd';
import { api, type OutlineNode, type PlanEvaluation, type PlanView } from '../../../shared/api.ts';
import type { PlanListItem, Task, Unit } from '../../api-types.ts';
import { t } from '../../i18n/index.ts';

export function usePlan(planId: string | undefined) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [plans, setPlans] = useState<PlanListItem[]>([]);
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [evaluation, setEvaluation] = useState<PlanEvaluation | null>(null);
  const [tasks, setTasks] = useState<Task[]>([]);
  const [units, setUnits] = useState<Unit[]>([]);
  const [generating, setGenerating] = useState(false);
  const load = useCallback(async () => {
    if (!planId) return;
    setPlan(await api<PlanView>(`/api/plans/${planId}`));
    setEvaluation(await api<PlanEvaluation>(`/api/plans/${planId}/evaluation`));
    setTasks((await api<{ tasks: Task[] }>(`/api/plans/${planId}/tasks`)).tasks);
  }, [planId]);
  useEffect(() => {
    void api<{ plans: PlanListItem[] }>('/api/plans').then((r) => {
      setPlans(r.plans);
      if (!planId && r.plans[0]) navigate(`/plans/${r.plans[0].id}`, { replace: true });
    });
    void api<{ units: Unit[] }>('/api/units').then((r) => setUnits(r.units));
  }, [planId, navigate]);
  useEffect(() => {
    void load();
  }, [load]);
  const nodes = useMemo(() => {
    const all = new Map<string, OutlineNode>();
    const walk = (n: OutlineNode) => {
      all.set(n.id, n);
      n.children.forEach(walk);
    };
    plan?.outline.forEach(walk);
    return all;
  }, [plan]);

  /** Runs a write, reports success or the server's message, and reloads. */
  const write = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      message.success(done);
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const publish = (p: PlanView) =>
    write(() => api(`/api/plans/${p.id}/publish`, { method: 'POST', ifMatch: p.version }), t('published'));
  const generateTasks = async (p: PlanView) => {
    setGenerating(true);
    await write(() => api(`/api/plans/${p.id}/tasks/generate`, { method: 'POST' }), t('tasksCreated'));
    setGenerating(false);
  };
  const rename = (node: OutlineNode, title: string) =>
    write(
      () => api(`/api/nodes/${node.id}`, { method: 'PATCH', body: { title }, ifMatch: node.version }),
      t('saved'),
    );
  const assign = (task: Task, v: { leadUnitId: string; deadline: string }) =>
    write(
      () =>
        api(`/api/tasks/${task.id}`, {
          method: 'PATCH',
          ifMatch: task.version,
          body: { leadUnitId: v.leadUnitId, deadline: v.deadline || null },
        }),
      t('assigned'),
    );
  return {
    plans,
    plan,
    evaluation,
    tasks,
    units,
    nodes,
    generating,
    load,
    publish,
    generateTasks,
    rename,
    assign,
  };
}
