/**
 * Entered values as the API shows them (camelCase, with the name of who entered each where it is listed), and the
 * evaluation, yearly values and bulletin preview with their lists as the contract's arrays.
 */
import type {
  BulletinPreview,
  EnteredValue,
  IndicatorEvaluationAsOf,
  IndicatorValues,
} from '@gangmu/commands';
import type {
  BulletinPreviewJson,
  IndicatorEvaluationAsOfJson,
  IndicatorValuesJson,
  ObservationJson,
  ObservationListJson,
} from '@gangmu/contract';
import type { ObservationsTable } from '@gangmu/storage';

export const presentObservation = (o: ObservationsTable): ObservationJson => ({
  id: o.id,
  indicatorId: o.indicator_id,
  planId: o.plan_id,
  year: o.year,
  period: o.period,
  value: o.value,
  pct: o.pct,
  note: o.note,
  enteredBy: o.entered_by,
  enteredAt: o.entered_at,
  version: o.version,
});

export const presentObservations = (values: readonly EnteredValue[]): ObservationListJson => ({
  observations: values.map((o) => ({ ...presentObservation(o), enteredByName: o.entered_by_name })),
});

/** An evaluation as sent: the command's result with its lists copied into the contract's arrays. */
export function presentIndicatorEvaluation(e: IndicatorEvaluationAsOf): IndicatorEvaluationAsOfJson {
  const { flags, annual, ...rest } = e;
  return { ...rest, flags: [...flags], ...(annual ? { annual: [...annual] } : {}) };
}

export const presentIndicatorValues = (v: IndicatorValues): IndicatorValuesJson => ({
  indicator: v.indicator,
  plan: v.plan,
  values: [...v.values],
});

export const presentBulletinPreview = (p: BulletinPreview): BulletinPreviewJson => ({
  ...p,
  proposals: [...p.proposals],
  missing: [...p.missing],
  diagnostics: [...p.diagnostics],
});
