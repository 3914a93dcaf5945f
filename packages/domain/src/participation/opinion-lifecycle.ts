/**
 * The handling (办理) of a public opinion as a state machine. The plan office screens it (accept, merge as a
 * duplicate, decline with a public reason), assigns it to a unit with a deadline, reviews the unit's answer
 * (return or approve) and publishes it; the visitor rates the answer, and an unsatisfied rating reopens it
 * once. Pure: `transition` takes the current facts and an event and returns the next facts or a refusal.
 */

export type OpinionState =
  | 'received' // 待受理: posted, waiting for screening
  | 'accepted' // 已受理: screened, waiting for a unit
  | 'merged' // 已合并: a duplicate of another opinion, handled there (closed)
  | 'declined' // 不予受理: closed with a public reason
  | 'assigned' // 办理中: a unit must answer by the deadline
  | 'answered' // 待审核: the unit's answer waits for the plan office
  | 'returned' // 退回修改: the plan office sent the answer back
  | 'approved' // 已审定: approved, not yet public
  | 'published' // 已答复: the answer is public
  | 'reopened'; // 重新办理: an unsatisfied rating sent it back to the plan office (once)

export type OpinionRating = 'satisfied' | 'basically_satisfied' | 'unsatisfied';
export const OPINION_RATINGS: readonly OpinionRating[] = ['satisfied', 'basically_satisfied', 'unsatisfied'];

/** Who acts: the plan office (admin, or a supervisor), the assigned unit, or the visitor holding the link. */
export type OpinionActor = 'office' | 'unit' | 'visitor';

/** The facts the rules need; storage keeps them on the opinion row. */
export interface OpinionFacts {
  readonly state: OpinionState;
  readonly unitId: string | null;
  readonly deadline: string | null;
  /** How many times an unsatisfied rating has reopened it (at most once). */
  readonly reopenCount: number;
  readonly rating: OpinionRating | null;
  /** The task it was linked to or became (纳入规划实施). */
  readonly taskId: string | null;
}

export type OpinionEvent =
  | { type: 'accept' }
  | { type: 'merge'; duplicateOf: string }
  | { type: 'decline'; reason: string }
  | { type: 'assign'; unitId: string; deadline: string }
  | { type: 'submit_answer' }
  | { type: 'return'; comment: string }
  | { type: 'approve' }
  | { type: 'publish' }
  | { type: 'rate'; rating: OpinionRating }
  | { type: 'link_task'; taskId: string };

export type OpinionRefusal =
  | 'WRONG_STATE' // the event does not apply in this state
  | 'NOT_ALLOWED' // this actor may not do it
  | 'REASON_REQUIRED' // decline and return need a text
  | 'ALREADY_RATED';

export type TransitionResult =
  | { readonly ok: true; readonly facts: OpinionFacts; readonly reopened: boolean }
  | { readonly ok: false; readonly refusal: OpinionRefusal };

/** From which states each event may fire, and who may fire it. */
const RULES: Record<OpinionEvent['type'], { from: readonly OpinionState[]; by: readonly OpinionActor[] }> = {
  accept: { from: ['received'], by: ['office'] },
  merge: { from: ['received', 'accepted'], by: ['office'] },
  decline: { from: ['received', 'accepted'], by: ['office'] },
  assign: { from: ['accepted', 'assigned', 'returned', 'reopened'], by: ['office'] },
  submit_answer: { from: ['assigned', 'returned'], by: ['unit'] },
  return: { from: ['answered'], by: ['office'] },
  approve: { from: ['answered'], by: ['office'] },
  publish: { from: ['approved'], by: ['office'] },
  rate: { from: ['published'], by: ['visitor'] },
  link_task: {
    from: ['accepted', 'assigned', 'answered', 'returned', 'approved', 'reopened'],
    by: ['office'],
  },
};

/** The events an actor may fire now (for the screens' buttons). */
export function allowedEvents(facts: OpinionFacts, actor: OpinionActor): OpinionEvent['type'][] {
  return (Object.keys(RULES) as OpinionEvent['type'][]).filter(
    (t) =>
      RULES[t].from.includes(facts.state) && RULES[t].by.includes(actor) && !(t === 'rate' && facts.rating),
  );
}

/** Applies `event` by `actor` to `facts`: the next facts, or why not. */
export function transition(facts: OpinionFacts, event: OpinionEvent, actor: OpinionActor): TransitionResult {
  const rule = RULES[event.type];
  if (!rule.by.includes(actor)) return { ok: false, refusal: 'NOT_ALLOWED' };
  if (!rule.from.includes(facts.state)) return { ok: false, refusal: 'WRONG_STATE' };
  const next = (change: Partial<OpinionFacts>, reopened = false): TransitionResult => ({
    ok: true,
    facts: { ...facts, ...change },
    reopened,
  });
  switch (event.type) {
    case 'accept':
      return next({ state: 'accepted' });
    case 'merge':
      return next({ state: 'merged' });
    case 'decline':
      return event.reason.trim() ? next({ state: 'declined' }) : { ok: false, refusal: 'REASON_REQUIRED' };
    case 'assign':
      return next({ state: 'assigned', unitId: event.unitId, deadline: event.deadline });
    case 'submit_answer':
      return next({ state: 'answered' });
    case 'return':
      return event.comment.trim() ? next({ state: 'returned' }) : { ok: false, refusal: 'REASON_REQUIRED' };
    case 'approve':
      return next({ state: 'approved' });
    case 'publish':
      return next({ state: 'published' });
    case 'rate': {
      if (facts.rating) return { ok: false, refusal: 'ALREADY_RATED' };
      // An unsatisfied rating reopens the opinion for the plan office, once; the second answer's rating stands.
      if (event.rating === 'unsatisfied' && facts.reopenCount === 0)
        return next({ state: 'reopened', rating: null, reopenCount: 1 }, true);
      return next({ rating: event.rating });
    }
    case 'link_task':
      return next({ taskId: event.taskId });
  }
}

/** The stage a visitor sees: 已受理 / 办理中 / 已答复, or the closing outcome of a declined or merged one. */
export type PublicStage = 'received' | 'handling' | 'answered' | 'declined' | 'merged';

export function publicStage(state: OpinionState): PublicStage {
  switch (state) {
    case 'received':
    case 'accepted':
      return 'received';
    case 'assigned':
    case 'answered':
    case 'returned':
    case 'approved':
    case 'reopened':
      return 'handling';
    case 'published':
      return 'answered';
    case 'declined':
      return 'declined';
    case 'merged':
      return 'merged';
  }
}

export const PUBLIC_STAGE_LABELS: Record<PublicStage, { zh: string; en: string }> = {
  received: { zh: '已受理', en: 'Received' },
  handling: { zh: '办理中', en: 'Being handled' },
  answered: { zh: '已答复', en: 'Answered' },
  declined: { zh: '不予受理', en: 'Declined' },
  merged: { zh: '已合并办理', en: 'Merged' },
};

export const RATING_LABELS: Record<OpinionRating, { zh: string; en: string }> = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  basically_satisfied: { zh: '基本满意', en: 'Basically satisfied' },
  unsatisfied: { zh: '不满意', en: 'Unsatisfied' },
};

/** The unit owes an answer: assigned or returned, and the deadline (a working day, inclusive) has passed. */
export function isOpinionOverdue(facts: Pick<OpinionFacts, 'state' | 'deadline'>, today: string): boolean {
  return (
    (facts.state === 'assigned' || facts.state === 'returned') && !!facts.deadline && facts.deadline < today
  );
}

/** The default answering time: 15 working days from the assignment. */
export const DEFAULT_ANSWER_WORKING_DAYS = 15;
