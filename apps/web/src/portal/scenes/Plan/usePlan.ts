/** A published plan for the public: the plan, its evaluation and the published opinions. */
import { useEffect, useState } from 'react';
import { api, type PlanEvaluation, type PlanView } from '../../../shared/api.ts';

export interface PublicOpinion {
  id: string;
  content: string;
  authorName: string | null;
  createdAt: string;
}

export function usePlan(planId: string | undefined) {
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [evaluation, setEvaluation] = useState<PlanEvaluation | null>(null);
  const [opinions, setOpinions] = useState<PublicOpinion[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<PlanView>(`/api/plans/${planId}`).then(setPlan, (e: Error) => setError(e.message));
    void api<PlanEvaluation>(`/api/plans/${planId}/evaluation`).then(setEvaluation);
    void api<{ opinions: PublicOpinion[] }>(`/api/plans/${planId}/opinions`).then((r) =>
      setOpinions(r.opinions),
    );
  }, [planId]);
  return { plan, evaluation, opinions, error };
}
