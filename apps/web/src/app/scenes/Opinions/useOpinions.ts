/** Opinions to moderate: the plan list, the chosen plan's opinions, and publish or reject. */
import { useCallback, useEffect, useState } from 'react';
import { App } from 'antd';
import { api } from '../../../shared/api.ts';
import type { Opinion } from '../../api-types.ts';

export function useOpinions() {
  const { message } = App.useApp();
  const [plans, setPlans] = useState<{ id: string; title: string }[]>([]);
  const [planId, setPlanId] = useState<string | null>(null);
  const [rows, setRows] = useState<Opinion[] | null>(null);
  useEffect(() => {
    void api<{ plans: { id: string; title: string }[] }>('/api/plans').then((r) => {
      setPlans(r.plans);
      setPlanId(r.plans[0]?.id ?? null);
      if (!r.plans[0]) setRows([]);
    });
  }, []);
  const load = useCallback(async () => {
    if (planId) setRows((await api<{ opinions: Opinion[] }>(`/api/plans/${planId}/opinions`)).opinions);
  }, [planId]);
  useEffect(() => {
    void load();
  }, [load]);
  const moderate = async (o: Opinion, status: 'approved' | 'rejected') => {
    await api(`/api/opinions/${o.id}`, { method: 'PATCH', ifMatch: o.version, body: { status } }).catch(
      (e: Error) => message.error(e.message),
    );
    await load();
  };
  return { plans, planId, setPlanId, rows, moderate };
}
