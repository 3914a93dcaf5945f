/** An indicator for the public: its published values and its evaluation. */
import { useEffect, useState } from 'react';
import { api, type IndicatorEvaluation } from '../../../shared/api.ts';

export interface IndicatorValues {
  indicator: {
    id: string;
    name: string;
    unit: string | null;
    target: string | null;
    definition: { target?: { lo?: number; hi?: number; value?: number }; targetYear?: number };
  };
  plan: { id: string; title: string; period: { end: number | null } };
  values: ({ year: number; value: number } | { year: number; pct: number })[];
}

export function useIndicator(indicatorId: string | undefined) {
  const [data, setData] = useState<IndicatorValues | null>(null);
  const [evaluation, setEvaluation] = useState<IndicatorEvaluation | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<IndicatorValues>(`/api/indicators/${indicatorId}/values`).then(setData, (e: Error) =>
      setError(e.message),
    );
    void api<IndicatorEvaluation>(`/api/indicators/${indicatorId}/evaluation`).then(setEvaluation);
  }, [indicatorId]);
  return { data, evaluation, error };
}
