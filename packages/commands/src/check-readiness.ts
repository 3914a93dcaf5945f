/**
 * Readiness: whether the database answers, and how fast. A load balancer takes the server out of rotation while
 * it does not and back when it does again; any failure counts as "not ready" (the reason goes to no one).
 */
import { pingDatabase } from '@gangmu/storage';
import type { CommandContext } from './context.ts';

export interface Readiness {
  readonly ready: boolean;
  readonly database: 'sqlite' | 'postgres';
  /** How long the database took to answer, rounded to the millisecond; null when it did not. */
  readonly latencyMs: number | null;
}

export async function checkReadiness(ctx: Pick<CommandContext, 'db'>): Promise<Readiness> {
  const started = performance.now();
  try {
    await pingDatabase(ctx.db.kysely);
    return { ready: true, database: ctx.db.driver, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { ready: false, database: ctx.db.driver, latencyMs: null };
  }
}
