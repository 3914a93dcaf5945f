/**
 * Delivers every queued notice that is due, in claimed batches (two servers never send the same notice): the
 * transport (SMTP, signed webhooks; the inbox needs none) is the caller's `send`. A failure is retried with
 * the domain's backoff, and after `maxAttempts` the notice moves to the dead-letter list.
 */
import { retryDelayMs } from '@gangmu/domain';
import { claimNotices, markFailed, markSent, type OutboxTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface DeliverNoticesOptions {
  /** Sends one notice; throws when it could not be delivered. */
  readonly send: (notice: OutboxTable) => Promise<void>;
  /** Attempts before a notice is dead (default 5). */
  readonly maxAttempts?: number;
  /** The first retry's delay, doubled each time (the domain's default when absent). */
  readonly retryBaseMs?: number;
}

export interface DeliveryCounts {
  sent: number;
  retried: number;
  dead: number;
}

export async function deliverNotices(ctx: CommandContext, o: DeliverNoticesOptions): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, retried: 0, dead: 0 };
  const k = ctx.db.kysely;
  for (;;) {
    const batch = await claimNotices(ctx.db, ctx.now());
    if (batch.length === 0) return counts;
    for (const notice of batch) {
      try {
        await o.send(notice);
        await markSent(k, notice.id, ctx.now());
        counts.sent++;
      } catch (e) {
        const delay = retryDelayMs(notice.attempts + 1, o.retryBaseMs);
        const outcome = await markFailed(
          k,
          notice,
          (e as Error).message,
          ctx.now(),
          delay,
          o.maxAttempts ?? 5,
        );
        counts[outcome === 'dead' ? 'dead' : 'retried']++;
      }
    }
  }
}
