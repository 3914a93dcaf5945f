/**
 * The plan office reviews the unit's answer: returns it with a comment, or approves it; publishing an
 * approved answer makes it public beside the opinion (已答复) and sends word to the visitor's e-mail, if given.
 */
import { changeOpinion, enqueueNotices, getOpinionPrivate, type OpinionsTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { loadOpinion, officeOrUnit, step } from './opinion-common.ts';

export interface ReviewOpinionAnswerOptions {
  readonly id: string;
  readonly expectedVersion: number;
  readonly decision: 'approve' | 'return';
  readonly comment?: string;
}

export async function reviewOpinionAnswer(
  ctx: CommandContext,
  o: ReviewOpinionAnswerOptions,
): Promise<OpinionsTable> {
  const opinion = await loadOpinion(ctx, o.id);
  const actor = officeOrUnit(ctx.caller, opinion);
  const comment = o.comment?.trim() ?? '';
  if (o.decision === 'return') step(opinion, { type: 'return', comment }, actor);
  else step(opinion, { type: 'approve' }, actor);
  const { after } = await changeOpinion(ctx.db.kysely, ctx.caller.actor, {
    id: o.id,
    expectedVersion: o.expectedVersion,
    changes: o.decision === 'return' ? { handling_state: 'returned' } : { handling_state: 'approved' },
    record: { kind: o.decision, body: comment || null, unitId: opinion.unit_id },
    fromStates: ['answered'],
  });
  return after;
}

export interface PublishOpinionAnswerOptions {
  readonly id: string;
  readonly expectedVersion: number;
}

export async function publishOpinionAnswer(
  ctx: CommandContext,
  o: PublishOpinionAnswerOptions,
): Promise<OpinionsTable> {
  const opinion = await loadOpinion(ctx, o.id);
  step(opinion, { type: 'publish' }, officeOrUnit(ctx.caller, opinion));
  const { after } = await changeOpinion(ctx.db.kysely, ctx.caller.actor, {
    id: o.id,
    expectedVersion: o.expectedVersion,
    changes: { handling_state: 'published', answer: opinion.answer_draft, rating: null },
    stamp: ['published_at'],
    stampAt: ctx.now().toISOString(),
    record: { kind: 'publish', body: opinion.answer_draft, unitId: opinion.unit_id },
    fromStates: ['approved'],
  });
  const priv = await getOpinionPrivate(ctx.db.kysely, o.id);
  if (priv?.notify_email && after.tracking_code) {
    const code = after.tracking_code;
    await enqueueNotices(
      ctx.db.kysely,
      [
        {
          // One notice per publication: a reopened opinion answered again is announced again.
          key: `opinion-answered:${o.id}:${after.reopen_count}`,
          channel: 'email',
          recipient: priv.notify_email,
          event: 'opinion.answered',
          subject: `【纲目】您的意见已答复（跟踪码 ${code}）`,
          body: `您提交的意见已有答复，请凭跟踪码 ${code} 查看并评价。\nYour opinion has been answered: follow it with the code ${code}.`,
          data: { trackingCode: code },
        },
      ],
      ctx.now(),
    );
  }
  return after;
}
