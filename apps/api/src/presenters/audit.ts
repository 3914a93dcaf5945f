/** The audit trail as the API shows it: camelCase events and the chain's verification. */
import type { AuditEvent } from '@gangmu/commands';
import type { AuditEventJson, ChainReportJson } from '@gangmu/contract';
import type { ChainReport } from '@gangmu/storage';

export const presentAuditEvent = (e: AuditEvent): AuditEventJson => ({ ...e });

export const presentChainReport = (r: ChainReport): ChainReportJson => ({
  ok: r.ok,
  events: r.events,
  ...(r.first ? { first: { seq: r.first.seq, problem: r.first.problem } } : {}),
});
