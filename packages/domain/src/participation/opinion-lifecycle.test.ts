import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  isOpinionOverdue,
  publicStage,
  transition,
  type OpinionActor,
  type OpinionEvent,
  type OpinionFacts,
  type OpinionState,
} from './opinion-lifecycle.ts';
import { opinionWarnings } from './opinion-warnings.ts';

const facts = (state: OpinionState, change: Partial<OpinionFacts> = {}): OpinionFacts => ({
  state,
  unitId: null,
  deadline: null,
  reopenCount: 0,
  rating: null,
  taskId: null,
  ...change,
});

const assign: OpinionEvent = { type: 'assign', unitId: 'u1', deadline: '2024-02-27' };

describe('opinion lifecycle: allowed transitions', () => {
  it.each<[OpinionState, OpinionEvent, OpinionActor, OpinionState]>([
    ['received', { type: 'accept' }, 'office', 'accepted'],
    ['received', { type: 'merge', duplicateOf: 'o0' }, 'office', 'merged'],
    ['accepted', { type: 'merge', duplicateOf: 'o0' }, 'office', 'merged'],
    ['received', { type: 'decline', reason: '不属于本规划范围' }, 'office', 'declined'],
    ['accepted', assign, 'office', 'assigned'],
    ['assigned', assign, 'office', 'assigned'],
    ['reopened', assign, 'office', 'assigned'],
    ['assigned', { type: 'submit_answer' }, 'unit', 'answered'],
    ['returned', { type: 'submit_answer' }, 'unit', 'answered'],
    ['answered', { type: 'return', comment: '请补充办理时限' }, 'office', 'returned'],
    ['answered', { type: 'approve' }, 'office', 'approved'],
    ['approved', { type: 'publish' }, 'office', 'published'],
    ['published', { type: 'rate', rating: 'satisfied' }, 'visitor', 'published'],
    ['published', { type: 'rate', rating: 'basically_satisfied' }, 'visitor', 'published'],
    ['published', { type: 'rate', rating: 'unsatisfied' }, 'visitor', 'reopened'],
    ['assigned', { type: 'link_task', taskId: 't1' }, 'office', 'assigned'],
  ])('%s --%o by %s--> %s', (from, event, actor, to) => {
    const result = transition(facts(from), event, actor);
    expect(result.ok && result.facts.state).toBe(to);
  });

  it('assigning sets the unit and deadline; linking sets the task', () => {
    const a = transition(facts('accepted'), assign, 'office');
    expect(a.ok && [a.facts.unitId, a.facts.deadline]).toEqual(['u1', '2024-02-27']);
    const l = transition(facts('assigned'), { type: 'link_task', taskId: 't9' }, 'office');
    expect(l.ok && l.facts.taskId).toBe('t9');
  });
});

describe('opinion lifecycle: refused transitions', () => {
  it.each<[OpinionState, OpinionEvent, OpinionActor, string]>([
    ['received', assign, 'office', 'WRONG_STATE'],
    ['received', { type: 'submit_answer' }, 'unit', 'WRONG_STATE'],
    ['accepted', { type: 'accept' }, 'office', 'WRONG_STATE'],
    ['assigned', { type: 'approve' }, 'office', 'WRONG_STATE'],
    ['answered', { type: 'publish' }, 'office', 'WRONG_STATE'],
    ['declined', { type: 'accept' }, 'office', 'WRONG_STATE'],
    ['merged', assign, 'office', 'WRONG_STATE'],
    ['published', { type: 'submit_answer' }, 'unit', 'WRONG_STATE'],
    ['assigned', { type: 'rate', rating: 'satisfied' }, 'visitor', 'WRONG_STATE'],
    ['published', { type: 'link_task', taskId: 't' }, 'office', 'WRONG_STATE'],
    ['received', { type: 'accept' }, 'unit', 'NOT_ALLOWED'],
    ['received', { type: 'accept' }, 'visitor', 'NOT_ALLOWED'],
    ['assigned', { type: 'submit_answer' }, 'office', 'NOT_ALLOWED'],
    ['answered', { type: 'approve' }, 'unit', 'NOT_ALLOWED'],
    ['published', { type: 'rate', rating: 'satisfied' }, 'office', 'NOT_ALLOWED'],
    ['received', { type: 'decline', reason: '  ' }, 'office', 'REASON_REQUIRED'],
    ['answered', { type: 'return', comment: '' }, 'office', 'REASON_REQUIRED'],
  ])('%s --%o by %s--> refused %s', (from, event, actor, refusal) => {
    expect(transition(facts(from), event, actor)).toEqual({ ok: false, refusal });
  });

  it('an unsatisfied rating reopens once; the second answer is rated for good', () => {
    const first = transition(facts('published'), { type: 'rate', rating: 'unsatisfied' }, 'visitor');
    expect(first).toMatchObject({ ok: true, reopened: true, facts: { state: 'reopened', reopenCount: 1 } });
    const second = transition(
      facts('published', { reopenCount: 1 }),
      { type: 'rate', rating: 'unsatisfied' },
      'visitor',
    );
    expect(second).toMatchObject({
      ok: true,
      reopened: false,
      facts: { state: 'published', rating: 'unsatisfied' },
    });
    const third = transition(
      facts('published', { reopenCount: 1, rating: 'unsatisfied' }),
      { type: 'rate', rating: 'satisfied' },
      'visitor',
    );
    expect(third).toEqual({ ok: false, refusal: 'ALREADY_RATED' });
  });
});

describe('what the visitor and the screens see', () => {
  it.each<[OpinionState, string]>([
    ['received', 'received'],
    ['accepted', 'received'],
    ['assigned', 'handling'],
    ['answered', 'handling'],
    ['returned', 'handling'],
    ['approved', 'handling'],
    ['reopened', 'handling'],
    ['published', 'answered'],
    ['declined', 'declined'],
    ['merged', 'merged'],
  ])('%s shows as %s', (state, stage) => expect(publicStage(state)).toBe(stage));

  it('lists the buttons each actor has', () => {
    expect(allowedEvents(facts('received'), 'office')).toEqual(['accept', 'merge', 'decline']);
    expect(allowedEvents(facts('assigned'), 'unit')).toEqual(['submit_answer']);
    expect(allowedEvents(facts('published'), 'visitor')).toEqual(['rate']);
    expect(allowedEvents(facts('published', { rating: 'satisfied' }), 'visitor')).toEqual([]);
  });

  it.each<[OpinionState, string | null, string, boolean]>([
    ['assigned', '2024-02-27', '2024-02-27', false],
    ['assigned', '2024-02-27', '2024-02-28', true],
    ['returned', '2024-02-27', '2024-03-01', true],
    ['answered', '2024-02-27', '2024-03-01', false],
    ['published', '2024-02-27', '2024-03-01', false],
    ['assigned', null, '2024-03-01', false],
  ])('%s due %s on %s: overdue %s', (state, deadline, today, overdue) => {
    expect(isOpinionOverdue({ state, deadline }, today)).toBe(overdue);
  });
});

describe('the overdue warning', () => {
  const o = { id: 'o1', trackingCode: 'GM-AAAA-BBBB', content: '建议公开各校学位数', deadline: '2024-03-06' };
  it.each<[OpinionState, string, number]>([
    ['assigned', '2024-03-06', 0],
    ['assigned', '2024-03-07', 1],
    ['returned', '2024-03-09', 1],
    ['answered', '2024-03-09', 0],
    ['published', '2024-03-09', 0],
  ])('%s on %s raises %i', (state, today, n) => {
    const warnings = opinionWarnings({ ...o, state }, today);
    expect(warnings).toHaveLength(n);
    if (n)
      expect(warnings[0]).toMatchObject({
        key: 'OPINION_OVERDUE:o1:2024-03-06',
        level: 'red',
        subjectType: 'opinion',
      });
  });
  it('says how late, in both languages', () => {
    const [w] = opinionWarnings({ ...o, state: 'assigned' }, '2024-03-09');
    expect(w!.reason).toBe('群众意见（GM-AAAA-BBBB）“建议公开各校学位数”应于2024-03-06前答复，已逾期3天。');
    expect(w!.reasonEn).toContain('3 days overdue');
  });
});
