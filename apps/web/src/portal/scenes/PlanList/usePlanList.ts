/** The published plans, for the portal's home page. */
import { useEffect, useState } from 'react';
import { api } from '../../../shared/api.ts';

export interface PublicPlan {
  id: string;
  title: string;
  issuer: string | null;
  period: { start: number; end: number };
}

export function usePlanList() {
  const [plans, setPlans] = useState<PublicPlan[] | null>(null);
  useEffect(() => {
    void api<{ plans: PublicPlan[] }>('/api/plans').then((r) => setPlans(r.plans));
  }, []);
  return plans;
}
