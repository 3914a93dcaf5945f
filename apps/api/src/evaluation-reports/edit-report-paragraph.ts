/** Replaces one paragraph of a draft; the audit event keeps the paragraph before and after. */
import { editParagraph, type ReportModel } from '@gangmu/reports';
import {
  getEvaluationReport,
  saveEvaluationReportContent,
  StorageError,
  type EvaluationReportsTable,
} from '@gangmu/storage';
import type { ReportContext } from './context.ts';

export interface EditReportParagraphOptions {
  readonly reportId: string;
  readonly expectedVersion: number;
  readonly blockId: string;
  readonly text: string;
}

const findBlock = (report: ReportModel, id: string) =>
  report.sections.flatMap((s) => s.blocks).find((b) => b.id === id);

export async function editReportParagraph(
  opts: EditReportParagraphOptions,
  ctx: ReportContext,
): Promise<EvaluationReportsTable> {
  const row = await getEvaluationReport(ctx.db, opts.reportId);
  const report = JSON.parse(row.content) as ReportModel;
  const edited = editParagraph(report, opts.blockId, opts.text);
  if (!edited.ok)
    throw new StorageError(edited.code === 'BLOCK_NOT_FOUND' ? 'NOT_FOUND' : 'INVALID', edited.message, {
      blockId: opts.blockId,
    });
  return saveEvaluationReportContent(
    ctx.db,
    ctx.actor,
    row.id,
    opts.expectedVersion,
    JSON.stringify(edited.report),
    {
      action: 'evaluation_report.edit',
      before: findBlock(report, opts.blockId),
      after: findBlock(edited.report, opts.blockId),
    },
  );
}
