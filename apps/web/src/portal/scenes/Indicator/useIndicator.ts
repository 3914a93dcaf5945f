/** An indicator for the public: its published values and its evaluation. */
import type { IndicatorValuesJson } from '@gangmu/contract';
import { useEffect, useState } from 'react';
import { api, type IndicatorEvaluation } from '../../../shared/api.ts';

/** A published indicator with its plan and yearly values (GET /api/indicators/:indicatorId/values). */
export type IndicatorValues = IndicatorValuesJson;

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
