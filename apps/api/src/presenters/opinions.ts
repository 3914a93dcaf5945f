/** Opinions as the API shows them: camelCase, in the shapes of @gangmu/contract; contacts only when the command attached them. */
import type {
  AssignOpinionResult,
  HolidayCalendarView,
  OpinionDetail,
  QueuedOpinion,
} from '@gangmu/commands';
import type {
  AssignedOpinionJson,
  HolidayCalendarJson,
  PlanOpinionJson,
  StaffOpinionJson,
} from '@gangmu/contract';
import type { OpinionsTable } from '@gangmu/storage';

export function presentStaffOpinion(q: QueuedOpinion | OpinionDetail): StaffOpinionJson {
  const o = q.opinion;
  return {
    id: o.id,
    planId: o.plan_id,
    trackingCode: o.tracking_code,
    targetType: o.target_type,
    targetId: o.target_id,
    authorName: o.author_name,
    content: o.content,
    state: o.handling_state,
    stage: q.stage,
    held: o.held === 1,
    postedOn: o.posted_on,
    duplicateOf: o.duplicate_of,
    publicReason: o.public_reason,
    unitId: o.unit_id,
    deadline: o.deadline,
    overdue: q.overdue,
    answerDraft: o.answer_draft,
    answer: o.answer,
    rating: o.rating,
    ratingComment: o.rating_comment,
    reopenCount: o.reopen_count,
    taskId: o.task_id,
    actions: [...q.actions],
    ...(q.contact ? { contact: { ...q.contact } } : {}),
    ...('records' in q
      ? {
          records: q.records.map((r) => ({
            kind: r.kind,
            state: r.state,
            actorName: r.actor_name,
            body: r.body,
            data: JSON.parse(r.data) as Record<string, unknown>,
            at: r.created_at,
          })),
        }
      : {}),
    version: o.version,
  };
}

export const presentAssigned = (r: AssignOpinionResult, q: QueuedOpinion): AssignedOpinionJson => ({
  opinion: presentStaffOpinion(q),
  deadline: r.deadline,
  calendarMissingYears: [...r.calendarMissingYears],
});

export const presentHolidayCalendar = (c: HolidayCalendarView): HolidayCalendarJson => ({
  year: c.year,
  offDays: c.offDays.map(([a, b]) => [a, b] as [string, string]),
  workDays: [...c.workDays],
  source: c.source,
  origin: c.origin,
  version: c.version,
});

/** An opinion on the moderation list: status and version for moderators only (no contact details: see the queue). */
export const presentPlanOpinion = (o: OpinionsTable, moderator: boolean): PlanOpinionJson => ({
  id: o.id,
  targetType: o.target_type,
  targetId: o.target_id,
  authorName: o.author_name,
  content: o.content,
  createdAt: o.created_at,
  ...(moderator ? { status: o.status, version: o.version } : {}),
});
