/**
 * An opinion assigned to a unit and not answered by its deadline is a red warning, like an overdue task. The
 * key carries the deadline, so a new deadline (a reassignment, a reopened opinion) can warn again, while the
 * same lateness is raised once however often the sweep runs.
 */
import { daysBetween } from '../supervision/calendar.ts';
import type { WarningDraft } from '../supervision/warning-rules.ts';
import { isOpinionOverdue, type OpinionState } from './opinion-lifecycle.ts';

export interface OpinionOverdueFacts {
  readonly id: string;
  readonly trackingCode: string | null;
  readonly state: OpinionState;
  readonly deadline: string | null;
  /** The opinion's text; the warning quotes its start. */
  readonly content: string;
}

const excerpt = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

export function opinionWarnings(o: OpinionOverdueFacts, today: string): WarningDraft[] {
  if (!isOpinionOverdue({ state: o.state, deadline: o.deadline }, today)) return [];
  const days = daysBetween(o.deadline!, today);
  const code = o.trackingCode ?? o.id;
  return [
    {
      key: `OPINION_OVERDUE:${o.id}:${o.deadline}`,
      level: 'red',
      kind: 'OPINION_OVERDUE',
      subjectType: 'opinion',
      subjectId: o.id,
      reason: `群众意见（${code}）“${excerpt(o.content)}”应于${o.deadline}前答复，已逾期${days}天。`,
      reasonEn: `The public opinion ${code} was due for an answer on ${o.deadline}: ${days} days overdue.`,
    },
  ];
}
