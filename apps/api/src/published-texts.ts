/**
 * The text of published outline nodes, served one node (with its descendants) at a time to the portal, which
 * fetches a chapter's text when a reader opens it. A published version never changes, so a node's JSON is made
 * once and its ETag is the version itself.
 */
import { getPublishedVersion, type Db, type OutlineNodeView } from '@gangmu/storage';
import { presentNodeText } from './presenters/plans.ts';

/** Published versions whose outline is kept parsed (a 20 MiB plan's is ≈ 100 MB of objects). */
const MAX_VERSIONS = 2;
/** Node JSON strings kept (a chapter of the example plan: 2–15 KB). */
const MAX_TEXTS = 500;

export class PublishedTexts {
  private readonly outlines = new Map<string, Promise<Map<string, OutlineNodeView>>>();
  private readonly texts = new Map<string, string>();
  constructor(private readonly db: Db) {}

  /** The node's JSON in published version `version` of the plan, or undefined when it has no such node. */
  async get(planId: string, version: number, nodeId: string): Promise<string | undefined> {
    const key = `${planId}:${version}:${nodeId}`;
    const hit = this.texts.get(key);
    if (hit !== undefined) return hit;
    const node = (await this.outline(planId, version)).get(nodeId);
    if (!node) return undefined;
    const json = JSON.stringify({ planId, publishedVersion: version, node: presentNodeText(node) });
    this.texts.set(key, json);
    if (this.texts.size > MAX_TEXTS) this.texts.delete(this.texts.keys().next().value!);
    return json;
  }

  private outline(planId: string, version: number): Promise<Map<string, OutlineNodeView>> {
    const key = `${planId}:${version}`;
    let outline = this.outlines.get(key);
    if (!outline) {
      outline = getPublishedVersion(this.db.kysely, planId, version).then((view) => {
        const index = new Map<string, OutlineNodeView>();
        const walk = (n: OutlineNodeView) => {
          index.set(n.id, n);
          n.children.forEach(walk);
        };
        view.outline.forEach(walk);
        return index;
      });
      this.outlines.set(key, outline);
      outline.catch(() => this.outlines.delete(key));
      if (this.outlines.size > MAX_VERSIONS) this.outlines.delete(this.outlines.keys().next().value!);
    }
    return outline;
  }
}
