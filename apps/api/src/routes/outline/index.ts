/** Editing the outline of a draft: rename, move, merge, split. Every call carries If-Match: the node's version. */
import { mergeNodes, moveNode, splitNode, updateNode } from '@gangmu/commands';
import { OutlineNodeJson } from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { presentOutlineNode } from '../../presenters/outline.ts';
import { expectedVersion } from '../../security.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';
import { NodeChange, NodeMove, NodeParams, NodeSplit } from './schemas.ts';

export function outlineRoutes(app: App, { db, now }: RouteContext): void {
  const admin = { access: ['admin'] as const };
  const tags = ['outline'];
  app.patch(
    '/api/nodes/:nodeId',
    {
      config: admin,
      schema: {
        tags,
        summary: '修改节点 Rename or renumber a node, or edit its text',
        params: NodeParams,
        body: NodeChange,
        response: { 200: OutlineNodeJson },
      },
    },
    async (req) => {
      const options = { ...req.params, ...req.body, expectedVersion: expectedVersion(req) };
      return presentOutlineNode(await updateNode(commandContext(req, db, now), options));
    },
  );
  app.post(
    '/api/nodes/:nodeId/move',
    {
      config: admin,
      schema: {
        tags,
        summary: '移动节点 Move a node',
        params: NodeParams,
        body: NodeMove,
        response: { 200: OutlineNodeJson },
      },
    },
    async (req) => {
      const options = { ...req.params, ...req.body, expectedVersion: expectedVersion(req) };
      return presentOutlineNode(await moveNode(commandContext(req, db, now), options));
    },
  );
  app.post(
    '/api/nodes/:nodeId/merge',
    {
      config: admin,
      schema: {
        tags,
        summary: '合并到前一节点 Merge into the node before',
        params: NodeParams,
        response: { 200: OutlineNodeJson },
      },
    },
    async (req) => {
      const options = { ...req.params, expectedVersion: expectedVersion(req) };
      return presentOutlineNode(await mergeNodes(commandContext(req, db, now), options));
    },
  );
  app.post(
    '/api/nodes/:nodeId/split',
    {
      config: admin,
      schema: {
        tags,
        summary: '拆分节点 Split a node at a text offset',
        params: NodeParams,
        body: NodeSplit,
        response: { 201: OutlineNodeJson },
      },
    },
    async (req, reply) => {
      const options = { ...req.params, ...req.body, expectedVersion: expectedVersion(req) };
      return reply
        .status(201)
        .send(presentOutlineNode(await splitNode(commandContext(req, db, now), options)));
    },
  );
}
