/** The audit trail for administrators and auditors: events newest first, a page at a time, of one plan or all. */
import { listAuditEvents } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';

export interface ListAuditOptions {
  readonly planId?: string | undefined;
  /** Events with a seq below this one (the next page). */
  readonly before?: number | undefined;
  /** At most this many (default 100, capped at 500). */
  readonly limit?: number | undefined;
}

export interface AuditEvent {
  readonly seq: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorName: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly planId: string | null;
  /** The row before and after the change, as recorded (null for a creation or a deletion). */
  readonly before: unknown;
  readonly after: unknown;
  readonly prevHash: string;
  readonly hash: string;
}

export const AUDIT_PAGE = { default: 100, max: 500 } as const;

export async function listAudit(ctx: CommandContext, o: ListAuditOptions): Promise<AuditEvent[]> {
  if (ctx.caller.role !== 'admin' && ctx.caller.role !== 'auditor')
    throw new CommandError('FORBIDDEN', 'the audit trail is for administrators and auditors', undefined, {
      zh: '只有系统管理员和审计人员可以查看留痕记录',
      en: 'Only administrators and auditors may read the audit trail',
    });
  const limit = Math.min(o.limit ?? AUDIT_PAGE.default, AUDIT_PAGE.max);
  const rows = await listAuditEvents(ctx.db.kysely, { planId: o.planId, before: o.before, limit });
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    planId: r.plan_id,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}
