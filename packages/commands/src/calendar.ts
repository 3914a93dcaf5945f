/**
 * The plan offices' calendar: dates are days in Asia/Shanghai (UTC+8 all year, no daylight saving), whatever the
 * server's time zone. Commands take `today` from here so the sweep, the dashboard and the deadlines agree.
 */
import type { CommandContext } from './context.ts';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The date (YYYY-MM-DD) in Asia/Shanghai at the moment `at`. */
export const dateInShanghai = (at: Date): string =>
  new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/** Today in Asia/Shanghai by the context's clock. */
export const todayOf = (ctx: Pick<CommandContext, 'now'>): string => dateInShanghai(ctx.now());
