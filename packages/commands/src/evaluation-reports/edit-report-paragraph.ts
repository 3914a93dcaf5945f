/** Replaces one paragraph of a draft; the audit event keeps the paragraph before and after. */
import { editParagraph, type ReportModel } from '@gangmu/reports';
import { getEvaluationReport, saveEvaluationReportContent } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { readEvaluationReport, type EvaluationReportDetail } from './read-evaluation-report.ts';
import { REPORT_WRITERS, requireDraft, requireReportRole } from './report-access.ts';

export interface EditReportParagraphOptions {
  readonly reportId: string;
  readonly expectedVersion: number;
  readonly blockId: string;
  readonly text: string;
}

const findBlock = (report: ReportModel, id: string) =>
  report.sections.flatMap((s) => s.blocks).find((b) => b.id === id);

export async function editReportParagraph(
  ctx: CommandContext,
  opts: EditReportParagraphOptions,
): Promise<EvaluationReportDetail> {
  requireReportRole(ctx, REPORT_WRITERS, 'edit');
  const row = await getEvaluationReport(ctx.db.kysely, opts.reportId);
  requireDraft(row);
  const report = JSON.parse(row.content) as ReportModel;
  const edited = editParagraph(report, opts.blockId, opts.text);
  if (!edited.ok)
    throw new CommandError(
      edited.code === 'BLOCK_NOT_FOUND' ? 'NOT_FOUND' : 'INVALID',
      `block ${opts.blockId}: ${edited.code}`,
      { blockId: opts.blockId },
      {
        zh: edited.message,
        en:
          edited.code === 'BLOCK_NOT_FOUND'
            ? `Paragraph ${opts.blockId} does not exist`
            : `${opts.blockId} is not an editable paragraph`,
      },
    );
  await saveEvaluationReportContent(
    ctx.db.kysely,
    ctx.caller.actor,
    row.id,
    opts.expectedVersion,
    JSON.stringify(edited.report),
    {
      action: 'evaluation_report.edit',
      before: findBlock(report, opts.blockId),
      after: findBlock(edited.report, opts.blockId),
    },
  );
  return readEvaluationReport(ctx, { reportId: row.id });
}
