/** 审核: a supervisor approves a submitted report (its % carried into the task or project) or returns it with a comment. */
import { reviewReport as storeReview, type ReportsTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface ReviewReportOptions {
  readonly reportId: string;
  readonly expectedVersion: number;
  readonly status: 'approved' | 'returned';
  readonly comment?: string;
}

export const reviewReport = (ctx: CommandContext, o: ReviewReportOptions): Promise<ReportsTable> =>
  storeReview(ctx.db.kysely, ctx.caller.actor, o.reportId, o.expectedVersion, {
    status: o.status,
    ...(o.comment !== undefined ? { comment: o.comment } : {}),
  });
