/**
 * A visitor posts an opinion on a plan, a chapter or item, an indicator or a 专栏 project. The abuse rules of
 * the domain decide first (daily cap per address, duplicate on the same target, sensitive words hold it for
 * review); then it is stored with its private data, and the visitor gets a tracking code and a private link.
 */
import { INTAKE_MESSAGES, judgeIntake, publicStage, type PublicStage } from '@gangmu/domain';
import {
  countOpinionsFromAddress,
  createOpinion,
  listRecentOpinionsOnTarget,
  StorageError,
  type OpinionsTable,
} from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { hashAddress, newLinkToken, newTrackingCode, shanghaiDate } from './opinion-common.ts';

export interface PostOpinionOptions {
  readonly planId: string;
  readonly targetType: OpinionsTable['target_type'];
  readonly targetId: string | null;
  readonly content: string;
  readonly authorName?: string | null;
  /** Private: shown to the plan office and supervisors only. */
  readonly contact?: string | null;
  /** Private: where to send word of the answer. */
  readonly notifyEmail?: string | null;
  /** The visitor agrees that the answering unit sees the contact details. */
  readonly shareContact?: boolean;
  /** The poster's network address (only its hash is kept). */
  readonly address: string;
}

export interface PostOpinionResult {
  readonly id: string;
  readonly trackingCode: string;
  /** Shown once: with the code, it makes the private link that lets the visitor rate the answer. */
  readonly token: string;
  readonly stage: PublicStage;
  readonly held: boolean;
  readonly message: { readonly zh: string; readonly en: string } | null;
}

export async function postOpinion(
  ctx: CommandContext,
  options: PostOpinionOptions,
): Promise<PostOpinionResult> {
  const kysely = ctx.db.kysely;
  const today = shanghaiDate(ctx.now());
  const addressHash = hashAddress(options.address);
  const targetId = options.targetType === 'plan' ? null : options.targetId;
  const windowStart = addDays(today, -7);
  const [postedToday, recent] = await Promise.all([
    countOpinionsFromAddress(kysely, addressHash, today),
    listRecentOpinionsOnTarget(kysely, {
      planId: options.planId,
      targetType: options.targetType,
      targetId,
      sinceDay: windowStart,
    }),
  ]);
  const verdict = judgeIntake({
    candidate: {
      targetKey: targetKeyOf(options.targetType, targetId),
      content: options.content,
      postedOn: today,
    },
    recent: recent.map((r) => ({
      id: r.id,
      targetKey: targetKeyOf(r.target_type, r.target_id),
      content: r.content,
      postedOn: r.posted_on ?? today,
    })),
    postedTodayFromAddress: postedToday,
  });
  if (verdict.kind === 'over_cap')
    throw new CommandError(
      'RATE_LIMITED',
      `daily cap of ${verdict.cap} reached`,
      { cap: verdict.cap },
      {
        zh: INTAKE_MESSAGES.OPINION_DAILY_CAP.zh({ cap: verdict.cap }),
        en: INTAKE_MESSAGES.OPINION_DAILY_CAP.en({ cap: verdict.cap }),
      },
    );
  if (verdict.kind === 'duplicate') {
    const code = recent.find((r) => r.id === verdict.of)?.tracking_code ?? '—';
    throw new CommandError(
      'ALREADY_EXISTS',
      `duplicate of opinion ${verdict.of}`,
      { trackingCode: code },
      {
        zh: INTAKE_MESSAGES.OPINION_DUPLICATE.zh({ code }),
        en: INTAKE_MESSAGES.OPINION_DUPLICATE.en({ code }),
      },
    );
  }
  const link = newLinkToken();
  const trackingCode = newTrackingCode();
  const held = verdict.kind === 'hold';
  try {
    const row = await createOpinion(kysely, ctx.caller.actor, {
      planId: options.planId,
      targetType: options.targetType,
      targetId,
      authorName: options.authorName ?? null,
      content: options.content,
      contact: options.contact ?? null,
      notifyEmail: options.notifyEmail ?? null,
      contactShared: options.shareContact ?? false,
      trackingCode,
      tokenHash: link.hash,
      addressHash,
      postedOn: today,
      held,
    });
    return {
      id: row.id,
      trackingCode,
      token: link.token,
      stage: publicStage(row.handling_state),
      held,
      message: held
        ? {
            zh: INTAKE_MESSAGES.OPINION_HELD_FOR_REVIEW.zh(),
            en: INTAKE_MESSAGES.OPINION_HELD_FOR_REVIEW.en(),
          }
        : null,
    };
  } catch (e) {
    if (e instanceof StorageError && (e.code === 'NOT_FOUND' || e.code === 'INVALID'))
      throw new CommandError(e.code, e.message, e.details, {
        zh: e.code === 'NOT_FOUND' ? '未找到该规划' : '意见所指的条目不属于该规划',
        en: e.code === 'NOT_FOUND' ? 'Plan not found' : 'The item is not part of this plan',
      });
    throw e;
  }
}

const targetKeyOf = (type: string, id: string | null) => `${type}:${id ?? ''}`;

/** `date` plus `n` calendar days (YYYY-MM-DD, read as a UTC day so no time zone shifts it). */
const addDays = (date: string, n: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
