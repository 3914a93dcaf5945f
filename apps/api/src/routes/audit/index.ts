/** The audit trail, for administrators and auditors: events page by page, and the chain's verification. */
import { listAudit, verifyAuditTrail } from '@gangmu/commands';
import { AuditEventListJson, ChainReportJson } from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { presentAuditEvent, presentChainReport } from '../../presenters/audit.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { AuditQuery } from './schemas.ts';

export function auditRoutes(app: App, { db, now }: RouteContext): void {
  const access = { access: ['admin', 'auditor'] as const };
  app.get(
    '/api/audit',
    {
      config: access,
      schema: {
        tags: ['audit'],
        summary: '留痕记录 Audit events, newest first',
        querystring: AuditQuery,
        response: { 200: AuditEventListJson },
      },
    },
    async (req) => {
      const { planId, before, limit } = req.query;
      const number = (s: string | undefined) => (s === undefined ? undefined : Number(s));
      const options = { planId, before: number(before), limit: number(limit) };
      return { events: (await listAudit(commandContext(req, db, now), options)).map(presentAuditEvent) };
    },
  );
  app.get(
    '/api/audit/verify',
    {
      config: access,
      schema: {
        tags: ['audit'],
        summary: '校验留痕链 Verify the hash chain',
        response: { 200: ChainReportJson },
      },
    },
    async (req) => presentChainReport(await verifyAuditTrail(commandContext(req, db, now))),
  );
}
