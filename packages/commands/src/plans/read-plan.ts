/**
 * One plan as the caller may see it — the domain's plan-visibility rule: staff get the working copy, or the
 * plan as it was at a past moment (rebuilt from the audit trail); everyone else a published version only, and a
 * plan never published does not exist for them. Any published version may be asked for by number.
 */
import { isStaffRole, planCopyFor } from '@gangmu/domain';
import { getPlan, getPlanAsOf, getPlanHead, getPublishedVersion, type PlanView } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';

export interface ReadPlanOptions {
  readonly planId: string;
  /** A published version by number. */
  readonly version?: number | undefined;
  /** A past moment (ISO 8601), for staff. */
  readonly asOf?: string | undefined;
}

/** A copy of the plan; `publishedAt` when it is a published version. */
export type PlanCopyView = PlanView & { readonly publishedAt?: string };

export const NO_PLAN = { zh: '规划不存在或尚未发布', en: 'No such plan, or it is not published' };

export async function readPlan(ctx: CommandContext, o: ReadPlanOptions): Promise<PlanCopyView> {
  const k = ctx.db.kysely;
  const role = ctx.caller.role;
  const request = { version: o.version, asOf: o.asOf };
  // Only the public's plain read depends on the latest published version.
  const needsHead = !isStaffRole(role) && o.asOf === undefined && o.version === undefined;
  const published = needsHead ? (await getPlanHead(k, o.planId)).published_version : 0;
  const copy = planCopyFor(role, published, request);
  switch (copy.kind) {
    case 'working':
      return getPlan(k, o.planId);
    case 'published':
      return getPublishedVersion(k, o.planId, copy.version);
    case 'as-of': {
      const at = new Date(copy.at);
      if (Number.isNaN(at.getTime()))
        throw new CommandError('INVALID', `asOf ${copy.at} is not a time`, { field: 'asOf' }, BAD_TIME);
      return getPlanAsOf(k, o.planId, at.toISOString());
    }
    case 'refused':
      if (copy.reason === 'AS_OF_FOR_STAFF')
        throw new CommandError('FORBIDDEN', 'asOf is for staff and auditors', { field: 'asOf' }, STAFF_ONLY);
      throw new CommandError('NOT_FOUND', `plan ${o.planId} is not published`, { planId: o.planId }, NO_PLAN);
  }
}

const BAD_TIME = { zh: '时间格式不正确', en: 'asOf is not a valid time' };
const STAFF_ONLY = {
  zh: '只有工作人员可以查看规划的历史状态',
  en: 'Only staff may see a plan as it was at a past moment',
};
