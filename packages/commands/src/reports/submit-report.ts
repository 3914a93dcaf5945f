/**
 * 报送进展: a unit submits its report on a task, project or indicator for a period, or resubmits a returned one.
 * A reporter files for its own unit (on a task: as lead or as co-unit); other staff file for the lead unit.
 */
import { isUnitBound } from '@gangmu/domain';
import { submitReport as storeReport, type ReportsTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { reportSubject, type SubjectType } from './report-subject.ts';

export interface SubmitReportOptions {
  readonly subjectType: SubjectType;
  readonly subjectId: string;
  /** 2024, 2024-H1, 2024-Q2 or 2024-M06. */
  readonly period: string;
  readonly percent?: number | null;
  readonly doneText: string;
  readonly problems?: string | null;
  readonly nextSteps?: string | null;
}

export async function submitReport(ctx: CommandContext, o: SubmitReportOptions): Promise<ReportsTable> {
  const { planId, unitId } = await reportSubject(ctx, o.subjectType, o.subjectId);
  return storeReport(ctx.db.kysely, ctx.caller.actor, {
    ...o,
    planId,
    unitId: isUnitBound(ctx.caller) ? ctx.caller.unitId : unitId,
  });
}
