/** Request schemas of the task and project routes. */
import { Type } from 'typebox';
import { Id, LIMITS, SafeText, strict } from '../../schemas.ts';

export const DateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const ScheduleBody = Type.Union([
  strict({
    frequency: Type.Union([
      Type.Literal('monthly'),
      Type.Literal('quarterly'),
      Type.Literal('half-yearly'),
      Type.Literal('yearly'),
    ]),
    dueDay: Type.Integer({ minimum: 1, maximum: 28 }),
  }),
  Type.Null(),
]);

export const PlanParams = strict({ planId: Id });
export const UnitParams = strict({ unitId: Id });
export const TaskParams = strict({ taskId: Id });
export const ProjectParams = strict({ projectId: Id });

export const TaskChange = strict({
  title: Type.Optional(SafeText(LIMITS.titleChars, 1)),
  leadUnitId: Type.Optional(Type.Union([Id, Type.Null()])),
  coUnitIds: Type.Optional(Type.Array(Id, { maxItems: 50 })),
  deadline: Type.Optional(Type.Union([DateText, Type.Null()])),
  milestones: Type.Optional(
    Type.Array(
      strict({
        title: SafeText(100, 1),
        dueDate: DateText,
        doneAt: Type.Optional(Type.Union([DateText, Type.Null()])),
      }),
      { maxItems: 50 },
    ),
  ),
  expectedResult: Type.Optional(Type.Union([SafeText(LIMITS.opinionChars), Type.Null()])),
  indicatorIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  projectIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  schedule: Type.Optional(ScheduleBody),
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('done')])),
});

const Money = Type.Union([Type.Number({ minimum: 0 }), Type.Null()]);

export const ProjectChange = strict({
  unitId: Type.Optional(Type.Union([Id, Type.Null()])),
  plannedInvestment: Type.Optional(Money),
  completedInvestment: Type.Optional(Money),
  startDate: Type.Optional(Type.Union([DateText, Type.Null()])),
  endDate: Type.Optional(Type.Union([DateText, Type.Null()])),
  stage: Type.Optional(
    Type.Union([
      Type.Literal('not_started'),
      Type.Literal('in_progress'),
      Type.Literal('applied'),
      Type.Literal('done'),
    ]),
  ),
  schedule: Type.Optional(ScheduleBody),
});
