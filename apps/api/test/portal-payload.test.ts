/**
 * Issue 12: the public plan read sent the whole outline with every item's text on each page view (110–260 KB),
 * so under load its p99 was bound by the payload. Now it sends headings, the indicator table and the projects
 * (≤ 40 KB for the example plan); a chapter's text comes on demand, and both are revalidated by ETag (304).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPlan, type OutlineNodeView } from '@gangmu/storage';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';

for (const driver of DRIVERS) {
  describe(`${driver}: the portal's plan payload`, () => {
    let f: Fixture;
    /** The server's warnings: a handler that sends twice is logged there ("Reply was already sent"). */
    const warnings: string[] = [];
    beforeAll(async () => {
      f = await startFixture(driver, {
        logger: { level: 'warn', stream: { write: (line: string) => void warnings.push(line) } },
      });
    });
    afterAll(() => f.close());
    const get = (url: string, headers: Record<string, string> = {}) =>
      f.app.inject({ method: 'GET', url, headers });

    it('should send the example plan to the public in at most 40 KB, headings without text', async () => {
      const res = await get(`/api/plans/${f.planId}`);
      expect(res.statusCode).toBe(200);
      console.log(`${driver}: public plan read ${res.rawPayload.length} bytes`);
      expect(res.rawPayload.length).toBeLessThanOrEqual(40 * 1024);
      const plan = res.json();
      expect(plan.outline).toHaveLength(12);
      expect(plan.indicators).toHaveLength(17);
      expect(plan.projects).toHaveLength(29);
      expect(plan.publishedVersion).toBe(1);
      expect(JSON.stringify(plan)).not.toContain('"body"');
      expect(plan.indicators[0]).not.toHaveProperty('definition');
    });

    it('should answer a repeated public read from memory, sending once and reading nothing again', async () => {
      // A Fastify reply is thenable: the hot path once returned it from an async function, which resolved to
      // undefined, so the route read the whole plan again after sending (10× fewer requests per second).
      warnings.length = 0;
      for (let i = 0; i < 3; i++) expect((await get(`/api/plans/${f.planId}`)).statusCode).toBe(200);
      expect((await get(`/api/plans/${f.planId}`, { 'if-none-match': '"pub-1-2"' })).statusCode).toBe(304);
      expect(warnings.filter((w) => /already sent/i.test(w))).toEqual([]);
    });

    it('should answer 304 to a public read that already has the version', async () => {
      const first = await get(`/api/plans/${f.planId}`);
      const etag = String(first.headers.etag);
      expect(first.headers['cache-control']).toBe('public, no-cache');
      const again = await get(`/api/plans/${f.planId}`, { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.rawPayload.length).toBe(0);
      expect((await get(`/api/plans/${f.planId}`, { 'if-none-match': '"pub-0-2"' })).statusCode).toBe(200);
    });

    it("should serve a chapter's text with its sections and items, as published, revalidated by ETag", async () => {
      const working = await getPlan(f.t.db.kysely, f.planId);
      const chapter = working.outline[3]!;
      const res = await get(`/api/plans/${f.planId}/nodes/${chapter.id}/text`);
      expect(res.statusCode).toBe(200);
      const { node, publishedVersion } = res.json();
      expect(publishedVersion).toBe(1);
      const bodies = (n: { body: string; children: unknown[] }): string[] => [
        n.body,
        ...(n.children as { body: string; children: unknown[] }[]).flatMap(bodies),
      ];
      expect(bodies(node)).toEqual(bodies(chapter as OutlineNodeView & { children: never[] }));
      expect(bodies(node).join('').length).toBeGreaterThan(1000);
      const etag = String(res.headers.etag);
      expect(
        (await get(`/api/plans/${f.planId}/nodes/${chapter.id}/text`, { 'if-none-match': etag })).statusCode,
      ).toBe(304);
      // The whole text, chapter by chapter, is what the single read used to carry.
      let total = 0;
      for (const c of working.outline)
        total += (await get(`/api/plans/${f.planId}/nodes/${c.id}/text`)).rawPayload.length;
      expect(total).toBeGreaterThan(40 * 1024);
    });

    it('should refuse a node that is not in the plan, and a version that was never published', async () => {
      const other = '00000000-0000-4000-8000-000000000000';
      expect((await get(`/api/plans/${f.planId}/nodes/${other}/text`)).statusCode).toBe(404);
      const chapter = (await getPlan(f.t.db.kysely, f.planId)).outline[0]!;
      expect((await get(`/api/plans/${f.planId}/nodes/${chapter.id}/text?version=9`)).statusCode).toBe(404);
    });

    it('should keep the staff read whole: the working copy with every text', async () => {
      const res = await get(`/api/plans/${f.planId}`, as(f.sessions.admin));
      expect(res.statusCode).toBe(200);
      const plan = res.json();
      expect(plan.outline[3].children[0].body ?? plan.outline[3].body).toBeDefined();
      expect(JSON.stringify(plan)).toContain('"body"');
      expect(plan.indicators[0]).toHaveProperty('definition');
    });
  });
}
