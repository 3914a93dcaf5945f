/** One indicator row evaluated as of a year, for the portfolio views: status, label and latest value. */
import {
  evaluateIndicator,
  statusLabel,
  type IndicatorDef,
  type Observation,
  type Status,
} from '@gangmu/domain';

export interface EvaluatedCell {
  readonly status: Status | 'INVALID';
  readonly label: string;
  readonly labelEn: string;
  readonly latestYear: number | null;
  readonly latestValue: number | null;
  readonly flags: readonly string[];
}

export function evaluateRow(
  row: { readonly id: string; readonly definition: string },
  observations: readonly Observation[],
  year: number,
): EvaluatedCell {
  const def = { ...(JSON.parse(row.definition) as Omit<IndicatorDef, 'id'>), id: row.id } as IndicatorDef;
  const seen = observations.filter((o) => o.year <= year);
  const last = seen[seen.length - 1];
  const latest = { latestYear: last?.year ?? null, latestValue: last?.value ?? last?.pct ?? null };
  const r = evaluateIndicator(def, observations, { asOfYear: year });
  if (!r.ok)
    return {
      status: 'INVALID',
      label: '定义或数据有误',
      labelEn: 'invalid definition or data',
      flags: [],
      ...latest,
    };
  const { status, flags } = r.assessment;
  return {
    status,
    label: statusLabel(status, flags),
    labelEn: statusLabel(status, flags, 'en'),
    flags,
    ...latest,
  };
}
