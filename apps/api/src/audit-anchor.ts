/**
 * The server's audit anchoring (issue 12): while ANCHOR_FILE is set, the chain head is appended to that file at
 * start, every ANCHOR_INTERVAL_S, and at a clean stop — only when it moved since this server's last anchor, so
 * an idle server does not grow the file. The command (`anchorAuditHead`) does the work; this only keeps time.
 */
import { anchorAuditHead, SYSTEM_CALLER } from '@gangmu/commands';
import { readAuditHead, type AuditAnchor, type Db } from '@gangmu/storage';

export interface AnchoringOptions {
  readonly db: Db;
  readonly file: string;
  readonly intervalMs: number;
  readonly now?: () => Date;
  /** Told about a failed anchor (the file went away, the database is down); the next tick tries again. */
  readonly onError: (e: Error) => void;
}

export interface Anchoring {
  /** Anchors now unless the head is where it was last anchored; resolves to the anchor written, if any. */
  readonly tick: () => Promise<AuditAnchor | null>;
  /** Stops the timer and anchors a last time. */
  readonly stop: () => Promise<void>;
}

/** Anchors once at once (a start with an unwritable ANCHOR_FILE fails here), then on a timer. */
export async function startAnchoring(options: AnchoringOptions): Promise<Anchoring> {
  const ctx = { db: options.db, now: options.now ?? (() => new Date()), caller: SYSTEM_CALLER };
  let last: { seq: number; hash: string } | null = null;
  let running: Promise<AuditAnchor | null> | null = null;
  const anchorIfMoved = async (): Promise<AuditAnchor | null> => {
    const head = await readAuditHead(options.db.kysely);
    if (last && head.seq === last.seq && head.hash === last.hash) return null;
    const anchor = await anchorAuditHead(ctx, { file: options.file });
    last = { seq: anchor.seq, hash: anchor.hash };
    return anchor;
  };
  const tick = () => {
    // One at a time: a slow database must not let two ticks append the same head twice.
    running ??= anchorIfMoved().finally(() => (running = null));
    return running;
  };
  await tick();
  const timer = setInterval(() => {
    tick().catch((e: Error) => options.onError(e));
  }, options.intervalMs);
  timer.unref();
  return {
    tick,
    stop: async () => {
      clearInterval(timer);
      await running?.catch(() => null);
      await tick().catch((e: Error) => options.onError(e));
    },
  };
}
