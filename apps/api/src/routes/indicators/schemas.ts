/** Request schemas of the indicator, value, evaluation and bulletin routes. */
import { Type } from 'typebox';
import { Id, LIMITS, SafeText, strict, YearQuery } from '../../schemas.ts';

export const IndicatorParams = strict({ indicatorId: Id });
export const ObservationParams = strict({ observationId: Id });
export const UnitParams = strict({ unitId: Id });
export const PlanParams = strict({ planId: Id });

export const IndicatorChange = strict({
  name: Type.Optional(SafeText(LIMITS.titleChars, 1)),
  category: Type.Optional(Type.Union([SafeText(50), Type.Null()])),
  unit: Type.Optional(Type.Union([SafeText(20), Type.Null()])),
  targetText: Type.Optional(Type.Union([SafeText(100), Type.Null()])),
  unitId: Type.Optional(Type.Union([Id, Type.Null()])),
  definition: Type.Optional(Type.Record(Type.String(), Type.Any())),
});

/** A value: {year, value} (a level) or {year, pct} (a yearly rate); storage checks that exactly one is given. */
export const ObservationBody = strict({
  year: Type.Integer({ minimum: 1949, maximum: 2100 }),
  period: Type.Optional(Type.String({ pattern: '^(Y|Q[1-4]|M(0[1-9]|1[0-2]))$' })),
  value: Type.Optional(Type.Number()),
  pct: Type.Optional(Type.Number()),
  unit: Type.Optional(SafeText(20)),
  note: Type.Optional(SafeText(LIMITS.opinionChars)),
});

export const EvaluationQuery = strict({ year: Type.Optional(YearQuery) });

/** ?year as the commands take it (the pattern has checked it is four digits). */
export const requestedYear = (query: { readonly year?: string }): { year?: number } =>
  query.year === undefined ? {} : { year: Number(query.year) };
