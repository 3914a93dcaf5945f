/** Outline nodes as the API shows them after an edit: camelCase. */
import type { OutlineNodeJson } from '@gangmu/contract';
import type { OutlineNodesTable } from '@gangmu/storage';

export const presentOutlineNode = (n: OutlineNodesTable): OutlineNodeJson => ({
  id: n.id,
  planId: n.plan_id,
  parentId: n.parent_id,
  kind: n.kind,
  no: n.no,
  title: n.title,
  body: n.body,
  position: n.position,
  version: n.version,
});
