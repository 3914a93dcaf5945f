/** Editing the outline of a draft: rename, move, merge, split. Every call carries If-Match: the node's version. */
import { Type } from 'typebox';
import { mergeNode, moveNode, splitNode, updateNode } from '@gangmu/storage';
import { actorOf, expectedVersion } from '../security.ts';
import { Id, LIMITS, SafeText, strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';

const NodeParams = strict({ nodeId: Id });

export function nodeRoutes(app: App, { db }: RouteContext): void {
  const admin = { access: ['admin'] as const };
  app.patch(
    '/api/nodes/:nodeId',
    {
      config: admin,
      schema: {
        tags: ['outline'],
        summary: '修改节点 Rename or renumber a node, or edit its text',
        params: NodeParams,
        body: strict({
          title: Type.Optional(SafeText(LIMITS.titleChars, 1)),
          body: Type.Optional(SafeText(LIMITS.textChars)),
          no: Type.Optional(Type.Integer({ minimum: 1, maximum: 999 })),
        }),
      },
    },
    async (req) =>
      updateNode(
        db.kysely,
        actorOf(req),
        (req.params as { nodeId: string }).nodeId,
        expectedVersion(req),
        req.body as { title?: string },
      ),
  );
  app.post(
    '/api/nodes/:nodeId/move',
    {
      config: admin,
      schema: {
        tags: ['outline'],
        summary: '移动节点 Move a node',
        params: NodeParams,
        body: strict({
          parentId: Type.Union([Id, Type.Null()]),
          index: Type.Integer({ minimum: 0, maximum: 10_000 }),
        }),
      },
    },
    async (req) =>
      moveNode(
        db.kysely,
        actorOf(req),
        (req.params as { nodeId: string }).nodeId,
        expectedVersion(req),
        req.body as { parentId: string | null; index: number },
      ),
  );
  app.post(
    '/api/nodes/:nodeId/merge',
    {
      config: admin,
      schema: { tags: ['outline'], summary: '合并到前一节点 Merge into the node before', params: NodeParams },
    },
    async (req) =>
      mergeNode(db.kysely, actorOf(req), (req.params as { nodeId: string }).nodeId, expectedVersion(req)),
  );
  app.post(
    '/api/nodes/:nodeId/split',
    {
      config: admin,
      schema: {
        tags: ['outline'],
        summary: '拆分节点 Split a node at a text offset',
        params: NodeParams,
        body: strict({
          offset: Type.Integer({ minimum: 0, maximum: LIMITS.textChars }),
          title: SafeText(LIMITS.titleChars, 1),
        }),
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await splitNode(
            db.kysely,
            actorOf(req),
            (req.params as { nodeId: string }).nodeId,
            expectedVersion(req),
            req.body as { offset: number; title: string },
          ),
        ),
  );
}
