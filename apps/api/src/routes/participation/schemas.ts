/** Request schemas of the participation routes. */
import { Type } from 'typebox';
import type { OpinionHandlingState } from '@gangmu/storage';
import { Id, LIMITS, SafeText, strict } from '../../schemas.ts';

export const TrackingCode = Type.String({ pattern: '^[Gg][Mm]-[2-9A-Za-z]{4}-[2-9A-Za-z]{4}$' });
export const Token = Type.String({ pattern: '^[A-Za-z0-9_-]{16,64}$' });
export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const TargetType = Type.Union([
  Type.Literal('plan'),
  Type.Literal('node'),
  Type.Literal('indicator'),
  Type.Literal('project'),
]);
const HANDLING_STATES: readonly OpinionHandlingState[] = [
  'received',
  'accepted',
  'merged',
  'declined',
  'assigned',
  'answered',
  'returned',
  'approved',
  'published',
  'reopened',
];
export const HandlingState = Type.Union(HANDLING_STATES.map((s) => Type.Literal(s)));

export const PostOpinionBody = strict({
  planId: Id,
  targetType: TargetType,
  targetId: Type.Optional(Id),
  content: SafeText(LIMITS.opinionChars, 2),
  authorName: Type.Optional(SafeText(50)),
  contact: Type.Optional(SafeText(100)),
  notifyEmail: Type.Optional(
    Type.String({ maxLength: 200, pattern: '^[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+$' }),
  ),
  shareContact: Type.Optional(Type.Boolean()),
  /** Left empty by people; filled by bots. */
  website: Type.Optional(Type.String({ maxLength: 200 })),
});

export const ScreenBody = strict({
  decision: Type.Union([Type.Literal('accept'), Type.Literal('merge'), Type.Literal('decline')]),
  duplicateOf: Type.Optional(Id),
  reason: Type.Optional(SafeText(500)),
});
export const AssignBody = strict({ unitId: Id, deadline: Type.Optional(Day) });
export const AnswerBody = strict({ text: SafeText(LIMITS.textChars), submit: Type.Boolean() });
export const ReviewBody = strict({
  decision: Type.Union([Type.Literal('approve'), Type.Literal('return')]),
  comment: Type.Optional(SafeText(1000)),
});
export const LinkTaskBody = strict({ taskId: Id });
export const RateBody = strict({
  token: Token,
  rating: Type.Union([
    Type.Literal('satisfied'),
    Type.Literal('basically_satisfied'),
    Type.Literal('unsatisfied'),
  ]),
  comment: Type.Optional(SafeText(500)),
});
export const CalendarBody = strict({
  offDays: Type.Array(Type.Tuple([Day, Day]), { maxItems: 60 }),
  workDays: Type.Array(Day, { maxItems: 30 }),
  source: SafeText(200, 1),
});
export const OpinionParams = strict({ opinionId: Id });
export const CodeParams = strict({ code: TrackingCode });

/** The first opinion form (moderated, no tracking code). */
export const PlanOpinionBody = strict({
  targetType: Type.Union([Type.Literal('plan'), Type.Literal('node'), Type.Literal('indicator')]),
  targetId: Type.Optional(Id),
  authorName: Type.Optional(SafeText(50)),
  contact: Type.Optional(SafeText(100)),
  content: SafeText(LIMITS.opinionChars, 2),
  /** Left empty by people; filled by bots. */
  website: Type.Optional(Type.String({ maxLength: 200 })),
});
export const ModerationBody = strict({
  status: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]),
});
