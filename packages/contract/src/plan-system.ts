/** The plan system (issue 15): governments, links across levels, revisions, consistency, portfolio views. */
import { Type, type Static } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const GovernmentLevelJson = Type.Union([
  Type.Literal('nation'),
  Type.Literal('province'),
  Type.Literal('prefecture'),
  Type.Literal('county'),
  Type.Literal('township'),
]);
export const PlanTypeJson = Type.Union([
  Type.Literal('outline'),
  Type.Literal('special'),
  Type.Literal('regional'),
  Type.Literal('annual'),
]);
export type PlanTypeJson = Static<typeof PlanTypeJson>;

export const GovernmentJson = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  level: GovernmentLevelJson,
  parentId: Nullable(Type.String()),
});
export type GovernmentJson = Static<typeof GovernmentJson>;
export const GovernmentListJson = Type.Object({ governments: Type.Array(GovernmentJson) });
export type GovernmentListJson = Static<typeof GovernmentListJson>;

export const TargetJson = Type.Object({
  lo: Type.Optional(Type.Number()),
  hi: Type.Optional(Type.Number()),
  value: Type.Optional(Type.Number()),
});
export type TargetJson = Static<typeof TargetJson>;

const LinkStatusJson = Type.Union([
  Type.Literal('suggested'),
  Type.Literal('confirmed'),
  Type.Literal('rejected'),
]);

export const LinkJson = Type.Object({
  id: Type.String(),
  indicatorId: Type.String(),
  indicatorName: Type.String(),
  upperPlanId: Type.String(),
  upperIndicatorId: Type.String(),
  upperIndicatorName: Type.String(),
  status: LinkStatusJson,
  score: Type.Number(),
  parts: Type.Object({ name: Type.Number(), unit: Type.Number(), attribute: Type.Number() }),
  decidedBy: Nullable(Type.String()),
  version: Type.Number(),
});
export type LinkJson = Static<typeof LinkJson>;
export const LinkListJson = Type.Object({ links: Type.Array(LinkJson) });
export type LinkListJson = Static<typeof LinkListJson>;

export const LinkDecisionJson = Type.Object({
  id: Type.String(),
  status: LinkStatusJson,
  version: Type.Number(),
  /** 达市标准 resolved by the decision: where from, or why not; null when the indicator has its own target. */
  resolution: Nullable(
    Type.Object({
      ok: Type.Boolean(),
      source: Type.Optional(Type.Union([Type.Literal('quota'), Type.Literal('link')])),
      reason: Type.Optional(Type.String()),
      target: Type.Optional(TargetJson),
    }),
  ),
});
export type LinkDecisionJson = Static<typeof LinkDecisionJson>;

export const AssignmentResultJson = Type.Object({ id: Type.String(), resolved: Type.Array(Type.String()) });
export type AssignmentResultJson = Static<typeof AssignmentResultJson>;

export const RevisionJson = Type.Object({
  id: Type.String(),
  planId: Type.String(),
  indicatorId: Type.String(),
  status: Type.Union([Type.Literal('proposed'), Type.Literal('approved'), Type.Literal('rejected')]),
  target: TargetJson,
  reason: Type.String(),
  effectiveYear: Type.Number(),
  proposedBy: Nullable(Type.String()),
  proposedAt: Type.String(),
  approvingBody: Nullable(Type.String()),
  documentNo: Nullable(Type.String()),
  documentDate: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  version: Type.Number(),
  /** After an approval: the plan's consistency checked again as of the effective year. */
  consistency: Type.Optional(Type.Object({ findings: Type.Number(), raised: Type.Number() })),
});
export type RevisionJson = Static<typeof RevisionJson>;
export const RevisionListJson = Type.Object({ revisions: Type.Array(RevisionJson) });
export type RevisionListJson = Static<typeof RevisionListJson>;

export const ConsistencyFindingJson = Type.Object({
  key: Type.String(),
  code: Type.String(),
  level: Type.Union([Type.Literal('red'), Type.Literal('yellow')]),
  subjectType: Type.String(),
  subjectId: Type.String(),
  upperPlanId: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  reason: Type.String(),
  reasonEn: Type.String(),
});
export const ConsistencyReportJson = Type.Object({
  planId: Type.String(),
  year: Type.Number(),
  findings: Type.Array(ConsistencyFindingJson),
  raised: Type.Number(),
});
export type ConsistencyReportJson = Static<typeof ConsistencyReportJson>;

const StatusCountsJson = Type.Record(Type.String(), Type.Number());

export const PortfolioJson = Type.Object({
  government: Type.Object({
    id: Type.String(),
    code: Type.String(),
    name: Type.String(),
    level: Type.String(),
  }),
  year: Type.Number(),
  plans: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      planType: PlanTypeJson,
      synthetic: Type.Boolean(),
      status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
      periodStart: Nullable(Type.Number()),
      periodEnd: Nullable(Type.Number()),
      indicators: Type.Number(),
      counts: StatusCountsJson,
    }),
  ),
});
export type PortfolioJson = Static<typeof PortfolioJson>;

export const SideBySideCellJson = Type.Object({
  planId: Type.String(),
  indicatorId: Type.String(),
  status: Type.String(),
  label: Type.String(),
  labelEn: Type.String(),
  latestYear: Nullable(Type.Number()),
  latestValue: Nullable(Type.Number()),
  flags: Type.Array(Type.String()),
});
export type SideBySideCellJson = Static<typeof SideBySideCellJson>;

export const SideBySideJson = Type.Object({
  planId: Type.String(),
  year: Type.Number(),
  columns: Type.Array(
    Type.Object({ planId: Type.String(), title: Type.String(), government: Nullable(Type.String()) }),
  ),
  rows: Type.Array(
    Type.Object({
      indicatorId: Type.String(),
      name: Type.String(),
      unit: Nullable(Type.String()),
      attribute: Type.String(),
      cells: Type.Array(Nullable(SideBySideCellJson)),
    }),
  ),
});
export type SideBySideJson = Static<typeof SideBySideJson>;

/** The plans a signed-in person may choose from, with their government (the plan selector). */
export const PlanChoicesJson = Type.Object({
  /** The caller's own government (null: not scoped). */
  governmentId: Nullable(Type.String()),
  plans: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      planType: PlanTypeJson,
      synthetic: Type.Boolean(),
      status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
      governmentId: Nullable(Type.String()),
      governmentName: Nullable(Type.String()),
      access: Type.Union([Type.Literal('edit'), Type.Literal('read'), Type.Literal('public')]),
    }),
  ),
});
export type PlanChoicesJson = Static<typeof PlanChoicesJson>;
