/**
 * 规划调整: propose a revised target (plan office), then approve it — by a named body, with its document number
 * and date, effective from a year — or reject it (administrator). Approval writes the indicator's target
 * history; evaluations as of earlier years keep the original target (SPEC §2.9).
 */
import type { TargetValues } from '@gangmu/domain';
import {
  decideRevision as storeDecision,
  getIndicatorRow,
  getRevision,
  listRevisions as listRows,
  proposeRevision as storeProposal,
  type TargetRevisionsTable,
} from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { requirePlanAccess } from './access.ts';
import { consistencyReport } from './consistency-report.ts';

export interface ProposeRevisionOptions {
  readonly indicatorId: string;
  readonly target: TargetValues;
  readonly effectiveYear: number;
  readonly reason: string;
}

export interface RevisionRow {
  readonly id: string;
  readonly planId: string;
  readonly indicatorId: string;
  readonly status: TargetRevisionsTable['status'];
  readonly target: TargetValues;
  readonly reason: string;
  readonly effectiveYear: number;
  readonly proposedBy: string | null;
  readonly proposedAt: string;
  readonly approvingBody: string | null;
  readonly documentNo: string | null;
  readonly documentDate: string | null;
  readonly decidedAt: string | null;
  readonly version: number;
}

const present = (r: TargetRevisionsTable): RevisionRow => ({
  id: r.id,
  planId: r.plan_id,
  indicatorId: r.indicator_id,
  status: r.status,
  target: JSON.parse(r.target) as TargetValues,
  reason: r.reason,
  effectiveYear: Number(r.effective_year),
  proposedBy: r.proposed_by,
  proposedAt: r.proposed_at,
  approvingBody: r.approving_body,
  documentNo: r.document_no,
  documentDate: r.document_date,
  decidedAt: r.decided_at,
  version: r.version,
});

export async function proposeRevision(
  ctx: CommandContext,
  options: ProposeRevisionOptions,
): Promise<RevisionRow> {
  const ind = await getIndicatorRow(ctx.db.kysely, options.indicatorId);
  await requirePlanAccess(ctx, ind.plan_id, 'edit');
  return present(await storeProposal(ctx.db.kysely, ctx.caller.actor, options));
}

export type DecideRevisionOptions = { readonly revisionId: string; readonly version: number } & (
  | {
      readonly decision: 'approved';
      readonly approvingBody: string;
      readonly documentNo: string;
      readonly documentDate: string;
    }
  | { readonly decision: 'rejected' }
);

export interface DecidedRevision extends RevisionRow {
  /**
   * After an approval: the plan's consistency checked again as of the effective year (the revised target
   * against the quota assigned to it, and, for an upper plan, what its lower plans add up to), findings raised
   * as warnings to the plan office.
   */
  readonly consistency?: { readonly findings: number; readonly raised: number };
}

export async function decideRevision(
  ctx: CommandContext,
  options: DecideRevisionOptions,
): Promise<DecidedRevision> {
  const current = await getRevision(ctx.db.kysely, options.revisionId);
  await requirePlanAccess(ctx, current.plan_id, 'edit');
  if (ctx.caller.role !== 'admin' && ctx.caller.role !== null)
    throw new CommandError(
      'FORBIDDEN',
      'only an administrator records the approval',
      {},
      {
        zh: '规划调整的批准只能由管理员登记。',
        en: 'Only an administrator records the approval of a revision.',
      },
    );
  const { revisionId, version, ...decision } = options;
  const decided = present(
    await storeDecision(ctx.db.kysely, ctx.caller.actor, revisionId, version, decision),
  );
  if (decided.status !== 'approved') return decided;
  const check = await consistencyReport(ctx, {
    planId: decided.planId,
    year: decided.effectiveYear,
    raise: true,
  });
  return { ...decided, consistency: { findings: check.findings.length, raised: check.raised } };
}

export async function listRevisions(ctx: CommandContext, planId: string): Promise<RevisionRow[]> {
  await requirePlanAccess(ctx, planId, 'read');
  return (await listRows(ctx.db.kysely, planId)).map(present);
}
