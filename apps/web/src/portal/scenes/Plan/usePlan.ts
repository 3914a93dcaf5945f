/** A published plan for the public: its headings and tables (no text) and its evaluation. */
import { useEffect, useState } from 'react';
import type { PublicPlanJson } from '@gangmu/contract';
import { api, type PlanEvaluation } from '../../../shared/api.ts';

export function usePlan(planId: string | undefined) {
  const [plan, setPlan] = useState<PublicPlanJson | null>(null);
  const [evaluation, setEvaluation] = useState<PlanEvaluation | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<PublicPlanJson>(`/api/plans/${planId}`).then(setPlan, (e: Error) => setError(e.message));
    void api<PlanEvaluation>(`/api/plans/${planId}/evaluation`).then(setEvaluation);
  }, [planId]);
  return { plan, evaluation, error };
}
