/**
 * The visitor follows an opinion by its tracking code: its stage (已受理 / 办理中 / 已答复), the published
 * answer, the reason of a decline; with the private link's token it may also rate the answer. Nothing personal
 * is returned, not even to the visitor (the contact details were given once and stay with the plan office).
 */
import { allowedEvents, publicStage, type PublicStage } from '@gangmu/domain';
import {
  changeOpinion,
  getOpinionByTrackingCode,
  getOpinionPrivate,
  listUnits,
  type OpinionsTable,
} from '@gangmu/storage';
import { timingSafeEqual } from 'node:crypto';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { factsOf, hashToken, step } from './opinion-common.ts';

export interface FollowedOpinion {
  readonly trackingCode: string;
  readonly planId: string;
  readonly targetType: OpinionsTable['target_type'];
  readonly targetId: string | null;
  readonly content: string;
  readonly stage: PublicStage;
  readonly postedOn: string | null;
  readonly unitName: string | null;
  readonly deadline: string | null;
  readonly answer: string | null;
  readonly answeredAt: string | null;
  readonly publishedAt: string | null;
  readonly declineReason: string | null;
  readonly rating: OpinionsTable['rating'];
  readonly reopened: boolean;
  readonly taskLinked: boolean;
  /** True when the token matches and the answer waits for a rating. */
  readonly canRate: boolean;
  readonly version: number;
}

const NOT_FOUND = { zh: '跟踪码不存在，请核对后重试', en: 'No opinion has this tracking code' };

async function byCode(ctx: CommandContext, code: string): Promise<OpinionsTable> {
  const row = await getOpinionByTrackingCode(ctx.db.kysely, code.trim().toUpperCase());
  if (!row) throw new CommandError('NOT_FOUND', `tracking code ${code} not found`, {}, NOT_FOUND);
  return row;
}

async function tokenMatches(
  ctx: CommandContext,
  opinionId: string,
  token: string | undefined,
): Promise<boolean> {
  if (!token) return false;
  const priv = await getOpinionPrivate(ctx.db.kysely, opinionId);
  if (!priv?.token_hash) return false;
  const a = Buffer.from(priv.token_hash, 'hex');
  const b = Buffer.from(hashToken(token), 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function followOpinion(
  ctx: CommandContext,
  o: { readonly code: string; readonly token?: string },
): Promise<FollowedOpinion> {
  const row = await byCode(ctx, o.code);
  const unit = row.unit_id ? (await listUnits(ctx.db.kysely)).find((u) => u.id === row.unit_id) : undefined;
  const published = row.handling_state === 'published';
  return {
    trackingCode: row.tracking_code!,
    planId: row.plan_id,
    targetType: row.target_type,
    targetId: row.target_id,
    content: row.content,
    stage: publicStage(row.handling_state),
    postedOn: row.posted_on,
    unitName: unit?.name ?? null,
    deadline: row.deadline,
    answer: published ? row.answer : null,
    answeredAt: published ? row.answered_at : null,
    publishedAt: published ? row.published_at : null,
    declineReason: row.handling_state === 'declined' ? row.public_reason : null,
    rating: row.rating,
    reopened: row.reopen_count > 0,
    taskLinked: row.task_id !== null,
    canRate:
      allowedEvents(factsOf(row), 'visitor').includes('rate') && (await tokenMatches(ctx, row.id, o.token)),
    version: row.version,
  };
}

export interface RateOpinionOptions {
  readonly code: string;
  readonly token: string;
  readonly rating: 'satisfied' | 'basically_satisfied' | 'unsatisfied';
  readonly comment?: string;
}

/** Rates a published answer; an unsatisfied rating reopens the opinion for the plan office, once. */
export async function rateOpinion(
  ctx: CommandContext,
  o: RateOpinionOptions,
): Promise<{ readonly reopened: boolean; readonly stage: PublicStage }> {
  const row = await byCode(ctx, o.code);
  if (!(await tokenMatches(ctx, row.id, o.token)))
    throw new CommandError(
      'FORBIDDEN',
      `wrong token for ${o.code}`,
      {},
      {
        zh: '只能通过提交意见时获得的专属链接评价',
        en: 'Rate through the private link you were given when posting',
      },
    );
  const result = step(row, { type: 'rate', rating: o.rating }, 'visitor');
  const comment = o.comment?.trim() || null;
  const { after } = await changeOpinion(ctx.db.kysely, ctx.caller.actor, {
    id: row.id,
    expectedVersion: row.version,
    changes: result.reopened
      ? {
          handling_state: 'reopened',
          reopen_count: result.facts.reopenCount,
          rating: null,
          rating_comment: comment,
        }
      : { rating: o.rating, rating_comment: comment },
    stamp: ['rated_at'],
    stampAt: ctx.now().toISOString(),
    record: { kind: result.reopened ? 'reopen' : 'rate', body: comment, data: { rating: o.rating } },
    fromStates: ['published'],
  });
  return { reopened: result.reopened, stage: publicStage(after.handling_state) };
}
