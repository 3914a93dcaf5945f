/**
 * The assigned unit drafts its answer and, when ready, submits it to the plan office for review. Saving a
 * draft keeps the stage; submitting moves it to review (待审核).
 */
import { changeOpinion, type OpinionsTable } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { loadOpinion, officeOrUnit, step } from './opinion-common.ts';

export interface AnswerOpinionOptions {
  readonly id: string;
  readonly expectedVersion: number;
  readonly text: string;
  /** true: submit for review; false: only save the draft. */
  readonly submit: boolean;
}

export async function answerOpinion(ctx: CommandContext, o: AnswerOpinionOptions): Promise<OpinionsTable> {
  const opinion = await loadOpinion(ctx, o.id);
  const actor = officeOrUnit(ctx.caller, opinion);
  if (actor !== 'unit')
    throw new CommandError(
      'FORBIDDEN',
      `caller is not the assigned unit of ${o.id}`,
      {},
      {
        zh: '只有承办单位可以起草答复',
        en: 'Only the assigned unit drafts the answer',
      },
    );
  const text = o.text.trim();
  if (o.submit && !text)
    throw new CommandError(
      'INVALID',
      'empty answer',
      { field: 'text' },
      {
        zh: '请填写答复内容',
        en: 'Write the answer first',
      },
    );
  if (!o.submit) {
    if (opinion.handling_state !== 'assigned' && opinion.handling_state !== 'returned')
      step(opinion, { type: 'submit_answer' }, actor);
    const { after } = await changeOpinion(ctx.db.kysely, ctx.caller.actor, {
      id: o.id,
      expectedVersion: o.expectedVersion,
      changes: { answer_draft: text },
      record: { kind: 'draft', body: text, unitId: opinion.unit_id },
      fromStates: ['assigned', 'returned'],
    });
    return after;
  }
  step(opinion, { type: 'submit_answer' }, actor);
  const { after } = await changeOpinion(ctx.db.kysely, ctx.caller.actor, {
    id: o.id,
    expectedVersion: o.expectedVersion,
    changes: { handling_state: 'answered', answer_draft: text },
    stamp: ['answered_at'],
    stampAt: ctx.now().toISOString(),
    record: { kind: 'submit_answer', body: text, unitId: opinion.unit_id },
    fromStates: ['assigned', 'returned'],
  });
  return after;
}
