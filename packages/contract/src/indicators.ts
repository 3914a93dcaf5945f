/** Indicators, their entered values, their evaluation, the open data and the bulletin preview, as the API sends them. */
import { Type, type Static, type TSchema } from 'typebox';
import { DiagnosticJson } from './diagnostics.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

const Attribute = Type.Union([Type.Literal('expected'), Type.Literal('binding')]);

const TargetValuesJson = Type.Object(
  { lo: Type.Optional(Type.Number()), hi: Type.Optional(Type.Number()), value: Type.Optional(Type.Number()) },
  { additionalProperties: true },
);

/**
 * An indicator's evaluation definition (the domain's IndicatorDef, from toIndicatorDef): the fields every kind
 * may carry are typed; the rest (mode, scale, naturalLimit, linked, annualTargets, targetHistory… — see
 * docs/evaluation.md) pass through as they are stored.
 */
export const IndicatorDefinitionJson = Type.Object(
  {
    kind: Type.Optional(Type.String()),
    /** null is kept as stored (the domain reads it as the default year). */
    baseYear: Type.Optional(Nullable(Type.Number())),
    targetYear: Type.Optional(Nullable(Type.Number())),
    /** null where a kind needs none (qualitative). */
    target: Type.Optional(Nullable(TargetValuesJson)),
  },
  { additionalProperties: true },
);
export type IndicatorDefinitionJson = Static<typeof IndicatorDefinitionJson>;

/** An indicator: its printed row and its evaluation definition (staff: the working copy; others: published). */
const indicatorFields = {
  id: Type.String(),
  position: Type.Number(),
  category: Nullable(Type.String()),
  name: Type.String(),
  unit: Nullable(Type.String()),
  attribute: Attribute,
  kind: Type.String(),
  previousPeriod: Nullable(Type.String()),
  target: Nullable(Type.String()),
  definition: IndicatorDefinitionJson,
  unitId: Type.Optional(Nullable(Type.String())),
  version: Type.Optional(Type.Integer()),
};
export const IndicatorJson = Type.Object(indicatorFields);
export type IndicatorJson = Static<typeof IndicatorJson>;

export const UnitIndicatorListJson = Type.Object({
  indicators: Type.Array(Type.Object({ ...indicatorFields, planTitle: Type.String() })),
});
export type UnitIndicatorListJson = Static<typeof UnitIndicatorListJson>;

/** A value as entered: a level (value) or a yearly rate (pct) for a year, quarter (Q1–Q4) or month (M01–M12). */
const observationFields = {
  id: Type.String(),
  indicatorId: Type.String(),
  planId: Type.String(),
  year: Type.Integer(),
  period: Type.String(),
  value: Nullable(Type.Number()),
  pct: Nullable(Type.Number()),
  note: Nullable(Type.String()),
  enteredBy: Nullable(Type.String()),
  enteredAt: Type.String(),
  version: Type.Integer(),
};
export const ObservationJson = Type.Object(observationFields);
export type ObservationJson = Static<typeof ObservationJson>;

/** The values of an indicator with the name of who entered each. */
export const ObservationListJson = Type.Object({
  observations: Type.Array(Type.Object({ ...observationFields, enteredByName: Nullable(Type.String()) })),
});
export type ObservationListJson = Static<typeof ObservationListJson>;

/** A yearly value as the engine takes it. */
export const YearlyValueJson = Type.Object({
  year: Type.Integer(),
  value: Type.Optional(Type.Number()),
  pct: Type.Optional(Type.Number()),
  qualifier: Type.Optional(Type.String()),
});
export type YearlyValueJson = Static<typeof YearlyValueJson>;

export const EvaluationStatus = Type.Union([
  Type.Literal('ACHIEVED'),
  Type.Literal('ON_TRACK'),
  Type.Literal('AT_RISK'),
  Type.Literal('OFF_TRACK'),
  Type.Literal('NEARLY_ACHIEVED'),
  Type.Literal('NOT_ACHIEVED'),
  Type.Literal('NOT_ASSESSABLE'),
  /** The definition or the data cannot be evaluated. */
  Type.Literal('INVALID'),
]);
export type EvaluationStatus = Static<typeof EvaluationStatus>;

const Counts = Type.Record(Type.String(), Type.Number());

/** An indicator evaluated as of a year (docs/evaluation.md): every field present, null when not computed. */
const evaluationFields = {
  id: Type.String(),
  name: Type.String(),
  category: Nullable(Type.String()),
  unit: Nullable(Type.String()),
  attribute: Attribute,
  kind: Type.String(),
  target: Nullable(Type.String()),
  status: EvaluationStatus,
  /** The one label of status and flags (快于预期, 预计能完成…): shown wherever the status is named. */
  label: Type.String(),
  labelEn: Type.String(),
  flags: Type.Array(Type.String()),
  latestYear: Nullable(Type.Number()),
  timeShare: Nullable(Type.Number()),
  taskShare: Nullable(Type.Number()),
  paceRatio: Nullable(Type.Number()),
  projectedValue: Nullable(Type.Number()),
  projectedValueOls: Type.Optional(Type.Number()),
  projectedMeetsTarget: Nullable(Type.Boolean()),
  requiredRemainingPerYear: Nullable(Type.Number()),
  recentPct: Nullable(Type.Number()),
  trendOnly: Nullable(Type.Object({ ratePct: Type.Number(), cls: Type.String() })),
  annual: Type.Optional(
    Type.Array(
      Type.Object({
        year: Type.Integer(),
        target: Type.Number(),
        actual: Type.Number(),
        met: Type.Boolean(),
        currentPriceBasis: Type.Boolean(),
      }),
    ),
  ),
  reasonCode: Type.Optional(Type.String()),
  reason: Type.String(),
  reasonEn: Type.String(),
};
export const IndicatorEvaluationJson = Type.Object(evaluationFields);
export type IndicatorEvaluationJson = Static<typeof IndicatorEvaluationJson>;

/** GET /api/indicators/:indicatorId/evaluation. */
export const IndicatorEvaluationAsOfJson = Type.Object({ asOfYear: Type.Integer(), ...evaluationFields });
export type IndicatorEvaluationAsOfJson = Static<typeof IndicatorEvaluationAsOfJson>;

const SummaryText = {
  total: Type.Number(),
  notAssessable: Type.Number(),
  sentence: Type.String(),
  sentenceEn: Type.String(),
};

/** The summary counts of SPEC §2.7 R3: mid-term before the plan's target year, final form from it on. */
export const PlanSummaryJson = Type.Union([
  Type.Object({
    form: Type.Literal('midterm'),
    ...SummaryText,
    achieved: Type.Number(),
    ahead: Type.Number(),
    onTrack: Type.Number(),
    behind: Type.Number(),
    behindBinding: Type.Number(),
  }),
  Type.Object({
    form: Type.Literal('final'),
    ...SummaryText,
    achieved: Type.Number(),
    nearlyAchieved: Type.Number(),
    notAchieved: Type.Number(),
    pending: Type.Number(),
    pendingLikely: Type.Number(),
    pendingUnlikely: Type.Number(),
  }),
]);
export type PlanSummaryJson = Static<typeof PlanSummaryJson>;

/** GET /api/plans/:planId/evaluation: every indicator, the summary sentence and the counts by status, attribute and chapter. */
export const PlanEvaluationJson = Type.Object({
  planId: Type.String(),
  asOfYear: Type.Integer(),
  summary: PlanSummaryJson,
  breakdown: Type.Object({
    byStatus: Counts,
    byAttribute: Type.Object({ expected: Counts, binding: Counts }),
    byChapter: Type.Record(Type.String(), Counts),
  }),
  indicators: Type.Array(IndicatorEvaluationJson),
});
export type PlanEvaluationJson = Static<typeof PlanEvaluationJson>;

const PeriodJson = Type.Object({
  start: Nullable(Type.Number()),
  end: Nullable(Type.Number()),
  vision: Nullable(Type.Number()),
});

/** GET /api/indicators/:indicatorId/values: a published indicator's yearly values, for the portal's chart. */
export const IndicatorValuesJson = Type.Object({
  indicator: IndicatorJson,
  plan: Type.Object({
    id: Type.String(),
    title: Type.String(),
    period: PeriodJson,
    baseYear: Nullable(Type.Number()),
  }),
  values: Type.Array(YearlyValueJson),
});
export type IndicatorValuesJson = Static<typeof IndicatorValuesJson>;

/** One row of the open data (the columns of the CSV and XLSX downloads). */
export const OpenDataRowJson = Type.Object({
  no: Type.Integer(),
  category: Type.String(),
  name: Type.String(),
  unit: Type.String(),
  attribute: Type.String(),
  target: Type.String(),
  latestYear: Nullable(Type.Integer()),
  latestValue: Nullable(Type.Number()),
  status: Type.String(),
  reason: Type.String(),
});
export type OpenDataRowJson = Static<typeof OpenDataRowJson>;

/** GET /api/plans/:planId/open-data.json. */
export const OpenDataJson = Type.Object({
  plan: Type.Object({
    id: Type.String(),
    title: Type.String(),
    issuer: Nullable(Type.String()),
    period: PeriodJson,
  }),
  indicators: Type.Array(OpenDataRowJson),
});
export type OpenDataJson = Static<typeof OpenDataJson>;

/** GET /api/plans/:planId/open-data/opinions.json: published opinions and their answers, nothing personal. */
export const OpenDataOpinionsJson = Type.Object({
  plan: Type.Object({
    id: Type.String(),
    title: Type.String(),
    issuer: Nullable(Type.String()),
    period: PeriodJson,
  }),
  opinions: Type.Array(
    Type.Object({
      no: Type.Integer(),
      targetType: Type.Union([
        Type.Literal('plan'),
        Type.Literal('node'),
        Type.Literal('indicator'),
        Type.Literal('project'),
      ]),
      targetId: Nullable(Type.String()),
      targetName: Type.String(),
      content: Type.String(),
      postedOn: Nullable(Type.String()),
      stage: Type.String(),
      unitName: Type.String(),
      answer: Type.String(),
      publishedAt: Type.String(),
      taskLinked: Type.Boolean(),
      rating: Type.String(),
    }),
  ),
});
export type OpenDataOpinionsJson = Static<typeof OpenDataOpinionsJson>;

/** POST /api/plans/:planId/bulletin/preview: each figure read beside the value recorded for that year. */
export const BulletinPreviewJson = Type.Object({
  year: Nullable(Type.Integer()),
  format: Nullable(Type.String()),
  proposals: Type.Array(
    Type.Object({
      indicatorId: Type.String(),
      name: Type.String(),
      year: Nullable(Type.Integer()),
      value: Type.Optional(Type.Number()),
      unit: Type.Optional(Type.String()),
      qualifier: Type.Optional(Type.String()),
      pct: Type.Optional(Type.Number()),
      pctQualifier: Type.Optional(Type.String()),
      line: Type.Integer(),
      excerpt: Type.String(),
      current: Nullable(
        Type.Object({ value: Type.Optional(Type.Number()), pct: Type.Optional(Type.Number()) }),
      ),
      change: Type.Union([Type.Literal('new'), Type.Literal('same'), Type.Literal('different')]),
    }),
  ),
  missing: Type.Array(Type.Object({ indicatorId: Type.String(), name: Type.String() })),
  diagnostics: Type.Array(DiagnosticJson),
});
export type BulletinPreviewJson = Static<typeof BulletinPreviewJson>;
