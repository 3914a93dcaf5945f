/** A staff comment on a report, on one block or on the whole (any state: a leader comments on a submitted one). */
import { addEvaluationReportComment, type EvaluationReportCommentsTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { REPORT_READERS, requireReportRole } from './report-access.ts';

export interface CommentOnEvaluationReportOptions {
  readonly reportId: string;
  readonly blockId?: string;
  readonly body: string;
}

export async function commentOnEvaluationReport(
  ctx: CommandContext,
  opts: CommentOnEvaluationReportOptions,
): Promise<EvaluationReportCommentsTable> {
  requireReportRole(ctx, REPORT_READERS, 'comment on');
  return addEvaluationReportComment(ctx.db.kysely, ctx.caller.actor, {
    reportId: opts.reportId,
    blockId: opts.blockId ?? null,
    body: opts.body,
  });
}
