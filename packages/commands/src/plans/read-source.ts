/** What a plan was imported from, for staff: the decoded source text, its format and the importer's diagnostics. */
import { isStaffRole, type Diagnostic } from '@gangmu/domain';
import { getPlanRow } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';

export interface PlanSource {
  /** text, html, docx, pdf; null for a plan stored before the source was kept. */
  readonly format: string | null;
  readonly text: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

export async function readSource(ctx: CommandContext, o: { readonly planId: string }): Promise<PlanSource> {
  if (!isStaffRole(ctx.caller.role))
    throw new CommandError('FORBIDDEN', 'the source of a plan is for staff', {}, STAFF_ONLY);
  const row = await getPlanRow(ctx.db.kysely, o.planId);
  return {
    format: row.source_format,
    text: row.source_text,
    diagnostics: JSON.parse(row.diagnostics) as Diagnostic[],
  };
}

const STAFF_ONLY = { zh: '只有工作人员可以查看导入原文', en: 'Only staff may read the imported source' };
