/**
 * The public's hot reads of a published plan, answered from memory: the latest version's headings (the portal's
 * page) and one node's text at a time. The content of version N never changes, so N is the validator (with the
 * shape's own version, so a deploy that changes the JSON is not answered 304). Caches must revalidate: a new
 * version may be published at any moment.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readPlan, type CommandContext } from '@gangmu/commands';
import type { Db } from '@gangmu/storage';
import { ApiError } from './errors.ts';
import type { EvaluationCache } from './evaluation-service.ts';
import type { PlanHeads } from './plan-heads.ts';
import { presentPublicPlan } from './presenters/plans.ts';
import { PublishedTexts } from './published-texts.ts';

const PUBLIC_SHAPE = 2;
const publicEtag = (publishedVersion: number) => `"pub-${publishedVersion}-${PUBLIC_SHAPE}"`;
const PUBLIC_REVALIDATE = 'public, no-cache';
const matches = (ifNoneMatch: string | undefined, etag: string) =>
  ifNoneMatch !== undefined && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);

export class PublicPlanReads {
  private readonly texts: PublishedTexts;
  constructor(
    db: Db,
    private readonly heads: PlanHeads,
    private readonly cache: EvaluationCache,
  ) {
    this.texts = new PublishedTexts(db);
  }

  /**
   * Sends the latest published version's headings (or 304) and answers true; answers false when the plan was
   * never published (the caller then answers as plan-visibility says). A boolean, not the reply: a Fastify
   * reply is thenable, so an async function returning it resolves to undefined once it is sent — the caller
   * took that for "not sent" and read the whole plan again on every request.
   */
  async sendLatest(
    ctx: CommandContext,
    planId: string,
    req: FastifyRequest,
    reply: FastifyReply,
  ): Promise<boolean> {
    const { published_version: version } = await this.heads.get(planId);
    if (version < 1) return false;
    if (this.notModified(req, reply, version)) {
      void reply.code(304).send();
      return true;
    }
    const key = `pub:${planId}:${version}`;
    let body = this.cache.get(key);
    if (!body) {
      body = JSON.stringify(presentPublicPlan(await readPublished(ctx, planId, version)));
      this.cache.set(key, body);
    }
    void reply.header('content-type', 'application/json; charset=utf-8').send(body);
    return true;
  }

  /** Sends one node of a published version (the latest unless `asked`) with its descendants' text, or 304. */
  async sendNodeText(
    planId: string,
    nodeId: string,
    asked: number | undefined,
    req: FastifyRequest,
    reply: FastifyReply,
  ) {
    const { published_version: latest } = await this.heads.get(planId);
    const version = asked ?? latest;
    if (version < 1 || version > latest)
      throw new ApiError('NOT_FOUND', `plan ${planId} has no published version${asked ? ` ${asked}` : ''}`);
    if (this.notModified(req, reply, version)) return reply.code(304).send();
    const body = await this.texts.get(planId, version, nodeId);
    if (body === undefined)
      throw new ApiError('NOT_FOUND', `node ${nodeId} is not in version ${version} of plan ${planId}`);
    return reply.header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private notModified(req: FastifyRequest, reply: FastifyReply, version: number): boolean {
    const etag = publicEtag(version);
    void reply.header('etag', etag).header('cache-control', PUBLIC_REVALIDATE);
    return matches(req.headers['if-none-match'], etag);
  }
}

async function readPublished(ctx: CommandContext, planId: string, version: number) {
  const { publishedAt, ...view } = await readPlan(ctx, { planId, version });
  if (publishedAt === undefined)
    throw new Error(`version ${version} of plan ${planId} has no publication time`);
  return { ...view, publishedAt };
}
