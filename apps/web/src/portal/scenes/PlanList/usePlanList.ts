/** The published plans, for the portal's home page. */
import type { PlanListItemJson, PlanListJson } from '@gangmu/contract';
import { useEffect, useState } from 'react';
import { api } from '../../../shared/api.ts';

/** A published plan as GET /api/plans lists it. */
export type PublicPlan = PlanListItemJson;

export function usePlanList() {
  const [plans, setPlans] = useState<PublicPlan[] | null>(null);
  useEffect(() => {
    void api<PlanListJson>('/api/plans').then((r) => setPlans(r.plans));
  }, []);
  return plans;
}
