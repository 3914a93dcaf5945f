/**
 * Public participation (issue 16): what the visitor gets back when posting and following an opinion, the
 * staff's handling queue, the public statistics and published answers, and the holiday calendars.
 * Contact details appear only in `StaffOpinionJson.contact`, which the API fills for the roles allowed.
 */
import { Type, type Static } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const OpinionTargetType = Type.Union([
  Type.Literal('plan'),
  Type.Literal('node'),
  Type.Literal('indicator'),
  Type.Literal('project'),
]);
export const PublicStageJson = Type.Union([
  Type.Literal('received'),
  Type.Literal('handling'),
  Type.Literal('answered'),
  Type.Literal('declined'),
  Type.Literal('merged'),
]);
export const RatingJson = Type.Union([
  Type.Literal('satisfied'),
  Type.Literal('basically_satisfied'),
  Type.Literal('unsatisfied'),
]);
const UserMessageJson = Type.Object({ zh: Type.String(), en: Type.String() });

export const PostedOpinionJson = Type.Object({
  trackingCode: Type.String(),
  token: Type.String(),
  stage: PublicStageJson,
  held: Type.Boolean(),
  message: Nullable(UserMessageJson),
});
export type PostedOpinionJson = Static<typeof PostedOpinionJson>;

export const FollowedOpinionJson = Type.Object({
  trackingCode: Type.String(),
  planId: Type.String(),
  targetType: OpinionTargetType,
  targetId: Nullable(Type.String()),
  content: Type.String(),
  stage: PublicStageJson,
  postedOn: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  deadline: Nullable(Type.String()),
  answer: Nullable(Type.String()),
  answeredAt: Nullable(Type.String()),
  publishedAt: Nullable(Type.String()),
  declineReason: Nullable(Type.String()),
  rating: Nullable(RatingJson),
  reopened: Type.Boolean(),
  taskLinked: Type.Boolean(),
  canRate: Type.Boolean(),
});
export type FollowedOpinionJson = Static<typeof FollowedOpinionJson>;

export const RatedOpinionJson = Type.Object({ reopened: Type.Boolean(), stage: PublicStageJson });
export type RatedOpinionJson = Static<typeof RatedOpinionJson>;

export const OpinionRecordJson = Type.Object({
  kind: Type.String(),
  state: Type.String(),
  actorName: Type.String(),
  body: Nullable(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown()),
  at: Type.String(),
});

export const StaffOpinionJson = Type.Object({
  id: Type.String(),
  planId: Type.String(),
  trackingCode: Nullable(Type.String()),
  targetType: OpinionTargetType,
  targetId: Nullable(Type.String()),
  authorName: Nullable(Type.String()),
  content: Type.String(),
  state: Type.String(),
  stage: PublicStageJson,
  held: Type.Boolean(),
  postedOn: Nullable(Type.String()),
  duplicateOf: Nullable(Type.String()),
  publicReason: Nullable(Type.String()),
  unitId: Nullable(Type.String()),
  deadline: Nullable(Type.String()),
  overdue: Type.Boolean(),
  answerDraft: Nullable(Type.String()),
  answer: Nullable(Type.String()),
  rating: Nullable(RatingJson),
  ratingComment: Nullable(Type.String()),
  reopenCount: Type.Number(),
  taskId: Nullable(Type.String()),
  actions: Type.Array(Type.String()),
  /** Only for the roles allowed to see personal data. */
  contact: Type.Optional(
    Type.Object({ contact: Nullable(Type.String()), notifyEmail: Nullable(Type.String()) }),
  ),
  records: Type.Optional(Type.Array(OpinionRecordJson)),
  version: Type.Number(),
});
export type StaffOpinionJson = Static<typeof StaffOpinionJson>;

export const OpinionQueueJson = Type.Object({ opinions: Type.Array(StaffOpinionJson) });
export type OpinionQueueJson = Static<typeof OpinionQueueJson>;

export const AssignedOpinionJson = Type.Object({
  opinion: StaffOpinionJson,
  deadline: Type.String(),
  calendarMissingYears: Type.Array(Type.Number()),
});
export type AssignedOpinionJson = Static<typeof AssignedOpinionJson>;

const CountsJson = Type.Object({
  received: Type.Number(),
  answered: Type.Number(),
  onTime: Type.Number(),
  averageWorkingDays: Nullable(Type.Number()),
  rated: Type.Number(),
  satisfaction: Nullable(Type.Number()),
});
export const OpinionStatisticsJson = Type.Object({
  plan: CountsJson,
  units: Type.Array(
    Type.Intersect([CountsJson, Type.Object({ unitId: Type.String(), unitName: Type.String() })]),
  ),
});
export type OpinionStatisticsJson = Static<typeof OpinionStatisticsJson>;

export const PublishedOpinionJson = Type.Object({
  trackingCode: Nullable(Type.String()),
  targetType: OpinionTargetType,
  targetId: Nullable(Type.String()),
  authorName: Nullable(Type.String()),
  content: Type.String(),
  postedOn: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  answer: Type.String(),
  publishedAt: Type.String(),
  taskLinked: Type.Boolean(),
  rating: Nullable(RatingJson),
});
export const PublishedOpinionsJson = Type.Object({ opinions: Type.Array(PublishedOpinionJson) });
export type PublishedOpinionJson = Static<typeof PublishedOpinionJson>;
export type PublishedOpinionsJson = Static<typeof PublishedOpinionsJson>;

export const HolidayCalendarJson = Type.Object({
  year: Type.Number(),
  offDays: Type.Array(Type.Tuple([Type.String(), Type.String()])),
  workDays: Type.Array(Type.String()),
  source: Type.String(),
  origin: Type.Union([Type.Literal('shipped'), Type.Literal('added')]),
  version: Nullable(Type.Number()),
});
export const HolidayCalendarsJson = Type.Object({ calendars: Type.Array(HolidayCalendarJson) });
export type HolidayCalendarJson = Static<typeof HolidayCalendarJson>;
export type HolidayCalendarsJson = Static<typeof HolidayCalendarsJson>;

/** The first opinion form's answer: the opinion waits for moderation. */
export const PostedPlanOpinionJson = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected')]),
});
export type PostedPlanOpinionJson = Static<typeof PostedPlanOpinionJson>;

/** An opinion on the moderation list; status and version only for moderators (admin, supervisor). */
export const PlanOpinionJson = Type.Object({
  id: Type.String(),
  targetType: OpinionTargetType,
  targetId: Nullable(Type.String()),
  authorName: Nullable(Type.String()),
  content: Type.String(),
  createdAt: Type.String(),
  status: Type.Optional(PostedPlanOpinionJson.properties.status),
  version: Type.Optional(Type.Integer()),
});
export type PlanOpinionJson = Static<typeof PlanOpinionJson>;

export const PlanOpinionListJson = Type.Object({ opinions: Type.Array(PlanOpinionJson) });
export type PlanOpinionListJson = Static<typeof PlanOpinionListJson>;
