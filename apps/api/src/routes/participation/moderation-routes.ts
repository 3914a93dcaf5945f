/**
 * The first opinion form and its moderation (before issue 16's handling, still used by the staff's 意见审核 page):
 * anyone may post (rate-limited, with a honeypot field); the text is shown once a moderator approves it.
 */
import { listPlanOpinions, moderatePlanOpinion, postPlanOpinion } from '@gangmu/commands';
import { PlanOpinionJson, PlanOpinionListJson, PostedPlanOpinionJson } from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { ApiError } from '../../errors.ts';
import { presentPlanOpinion } from '../../presenters/opinions.ts';
import { expectedVersion } from '../../security.ts';
import { Id, strict } from '../../schemas.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { ModerationBody, PlanOpinionBody } from './schemas.ts';

const tags = ['opinions'];
const PlanParams = strict({ planId: Id });

export function moderationRoutes(app: App, { db, now }: Pick<RouteContext, 'db' | 'now'>): void {
  app.post(
    '/api/plans/:planId/opinions',
    {
      config: { access: 'public', rateLimit: { max: 5, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: '提交意见 Post an opinion on a published plan, node or indicator',
        params: PlanParams,
        body: PlanOpinionBody,
        response: { 202: PostedPlanOpinionJson },
      },
    },
    async (req, reply) => {
      const { website, ...body } = req.body;
      if (website) throw new ApiError('VALIDATION_FAILED', 'the field "website" must be empty');
      const row = await postPlanOpinion(commandContext(req, db, now), { ...req.params, ...body });
      return reply.status(202).send({ id: row.id, status: row.status });
    },
  );
  app.get(
    '/api/plans/:planId/opinions',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '意见 Approved opinions (moderators see all)',
        params: PlanParams,
        response: { 200: PlanOpinionListJson },
      },
    },
    async (req) => {
      const { moderator, opinions } = await listPlanOpinions(commandContext(req, db, now), req.params);
      return { opinions: opinions.map((o) => presentPlanOpinion(o, moderator)) };
    },
  );
  app.patch(
    '/api/opinions/:opinionId',
    {
      config: { access: ['admin', 'supervisor'] },
      schema: {
        tags,
        summary: '审核意见 Approve or reject (If-Match)',
        params: strict({ opinionId: Id }),
        body: ModerationBody,
        response: { 200: PlanOpinionJson },
      },
    },
    async (req) => {
      const options = { ...req.params, ...req.body, expectedVersion: expectedVersion(req) };
      return presentPlanOpinion(await moderatePlanOpinion(commandContext(req, db, now), options), true);
    },
  );
}
