/** An indicator for staff: its definition, evaluation and entered values; record a value. */
import { useCallback, useEffect, useState } from 'react';
import { App } from 'antd';
import { api, type IndicatorEvaluation } from '../../../shared/api.ts';
import type { IndicatorDetail, Observation } from '../../api-types.ts';
import { t } from '../../i18n/index.ts';

export function useIndicator(indicatorId: string | undefined) {
  const { message } = App.useApp();
  const [indicator, setIndicator] = useState<IndicatorDetail | null>(null);
  const [evaluation, setEvaluation] = useState<IndicatorEvaluation | null>(null);
  const [observations, setObservations] = useState<Observation[]>([]);
  const load = useCallback(async () => {
    setIndicator(await api<IndicatorDetail>(`/api/indicators/${indicatorId}`));
    setEvaluation(await api<IndicatorEvaluation>(`/api/indicators/${indicatorId}/evaluation`));
    setObservations(
      (
        await api<{ observations: Observation[] }>(`/api/indicators/${indicatorId}/observations`).catch(
          () => ({ observations: [] }),
        )
      ).observations,
    );
  }, [indicatorId]);
  useEffect(() => {
    void load();
  }, [load]);
  const isRate = indicator?.kind === 'growth_rate' || indicator?.kind === 'cumulative_change';
  const record = async (v: { year: number; number: number }) => {
    try {
      await api(`/api/indicators/${indicatorId}/observations`, {
        method: 'POST',
        body: isRate ? { year: v.year, pct: v.number } : { year: v.year, value: v.number },
      });
      message.success(t('saved'));
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return { indicator, evaluation, observations, isRate, record };
}
