/** A published plan for the public: its headings and tables (no text), its evaluation and the published opinions. */
import { useEffect, useState } from 'react';
import type { PublicPlanJson } from '@gangmu/contract';
import { api, type PlanEvaluation } from '../../../shared/api.ts';

export interface PublicOpinion {
  id: string;
  content: string;
  authorName: string | null;
  createdAt: string;
}

export function usePlan(planId: string | undefined) {
  const [plan, setPlan] = useState<PublicPlanJson | null>(null);
  const [evaluation, setEvaluation] = useState<PlanEvaluation | null>(null);
  const [opinions, setOpinions] = useState<PublicOpinion[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<PublicPlanJson>(`/api/plans/${planId}`).then(setPlan, (e: Error) => setError(e.message));
    void api<PlanEvaluation>(`/api/plans/${planId}/evaluation`).then(setEvaluation);
    void api<{ opinions: PublicOpinion[] }>(`/api/plans/${planId}/opinions`).then((r) =>
      setOpinions(r.opinions),
    );
  }, [planId]);
  return { plan, evaluation, opinions, error };
}
