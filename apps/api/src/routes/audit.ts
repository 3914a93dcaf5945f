/** The audit trail, for administrators and auditors: events page by page, and the chain's verification. */
import { Type } from 'typebox';
import { verifyAuditChain } from '@gangmu/storage';
import { Id, strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';

export function auditRoutes(app: App, { db }: RouteContext): void {
  const access = { access: ['admin', 'auditor'] as const };
  app.get(
    '/api/audit',
    {
      config: access,
      schema: {
        tags: ['audit'],
        summary: '留痕记录 Audit events, newest first',
        querystring: strict({
          planId: Type.Optional(Id),
          before: Type.Optional(Type.String({ pattern: '^\\d{1,12}$' })),
          limit: Type.Optional(Type.String({ pattern: '^\\d{1,3}$' })),
        }),
      },
    },
    async (req) => {
      const q = req.query as { planId?: string; before?: string; limit?: string };
      let query = db.kysely
        .selectFrom('audit_events')
        .selectAll()
        .orderBy('seq', 'desc')
        .limit(Math.min(Number(q.limit ?? 100), 500));
      if (q.planId) query = query.where('plan_id', '=', q.planId);
      if (q.before) query = query.where('seq', '<', Number(q.before));
      const rows = await query.execute();
      return {
        events: rows.map((r) => ({
          ...r,
          before: r.before && JSON.parse(r.before),
          after: r.after && JSON.parse(r.after),
        })),
      };
    },
  );
  app.get(
    '/api/audit/verify',
    { config: access, schema: { tags: ['audit'], summary: '校验留痕链 Verify the hash chain' } },
    async () => verifyAuditChain(db.kysely),
  );
}
