/** Public opinions: anyone may post (rate-limited, with a honeypot field); they are shown once a moderator approves them. */
import { Type } from 'typebox';
import { createOpinion, listOpinions, moderateOpinion } from '@gangmu/storage';
import { ApiError } from '../errors.ts';
import { actorOf, expectedVersion } from '../security.ts';
import { Id, LIMITS, SafeText, strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';

export function opinionRoutes(app: App, { db }: RouteContext): void {
  app.post(
    '/api/plans/:planId/opinions',
    {
      config: { access: 'public', rateLimit: { max: 5, timeWindow: 60_000 } },
      schema: {
        tags: ['opinions'],
        summary: '提交意见 Post an opinion on a published plan, node or indicator',
        params: strict({ planId: Id }),
        body: strict({
          targetType: Type.Union([Type.Literal('plan'), Type.Literal('node'), Type.Literal('indicator')]),
          targetId: Type.Optional(Id),
          authorName: Type.Optional(SafeText(50)),
          contact: Type.Optional(SafeText(100)),
          content: SafeText(LIMITS.opinionChars, 2),
          /** Left empty by people; filled by bots. */
          website: Type.Optional(Type.String({ maxLength: 200 })),
        }),
      },
    },
    async (req, reply) => {
      const b = req.body as {
        targetType: 'plan' | 'node' | 'indicator';
        targetId?: string;
        authorName?: string;
        contact?: string;
        content: string;
        website?: string;
      };
      if (b.website) throw new ApiError('VALIDATION_FAILED', 'the field "website" must be empty');
      const row = await createOpinion(db.kysely, actorOf(req), {
        planId: (req.params as { planId: string }).planId,
        targetType: b.targetType,
        targetId: b.targetId ?? null,
        authorName: b.authorName ?? null,
        contact: b.contact ?? null,
        content: b.content,
      });
      return reply.status(202).send({ id: row.id, status: row.status });
    },
  );
  app.get(
    '/api/plans/:planId/opinions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['opinions'],
        summary: '意见 Approved opinions (moderators see all)',
        params: strict({ planId: Id }),
      },
    },
    async (req) => {
      const moderator = req.user && ['admin', 'supervisor'].includes(req.user.role);
      const rows = await listOpinions(db.kysely, (req.params as { planId: string }).planId, {
        approvedOnly: !moderator,
      });
      return {
        opinions: rows.map((o) => ({
          id: o.id,
          targetType: o.target_type,
          targetId: o.target_id,
          authorName: o.author_name,
          content: o.content,
          createdAt: o.created_at,
          ...(moderator ? { status: o.status, contact: o.contact, version: o.version } : {}),
        })),
      };
    },
  );
  app.patch(
    '/api/opinions/:opinionId',
    {
      config: { access: ['admin', 'supervisor'] },
      schema: {
        tags: ['opinions'],
        summary: '审核意见 Approve or reject (If-Match)',
        params: strict({ opinionId: Id }),
        body: strict({ status: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]) }),
      },
    },
    async (req) =>
      moderateOpinion(
        db.kysely,
        actorOf(req),
        (req.params as { opinionId: string }).opinionId,
        expectedVersion(req),
        (req.body as { status: 'approved' | 'rejected' }).status,
      ),
  );
}
