import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { main } from '@gangmu/cli';
import { createUnit, SYSTEM_ACTOR } from '@gangmu/storage';
import {
  DRIVERS,
  freshDatabase,
  rehashAuditChain,
  truncateAuditChain,
  type TestDb,
} from '@gangmu/storage/testing';
import { ConfigError, loadConfig, startServer } from '../src/index.ts';

const PORT = 3163;
const anchors = (file: string) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { seq: number; hash: string; at: string })
    : [];

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

describe('ANCHOR_FILE and ANCHOR_INTERVAL_S', () => {
  it('should be off by default, every 600 s when set, and refuse an interval that is not whole seconds', () => {
    expect(loadConfig([], {})).toMatchObject({ anchorFile: null, anchorIntervalS: 600 });
    expect(loadConfig([], { ANCHOR_FILE: '/var/lib/gangmu/anchors', ANCHOR_INTERVAL_S: '60' })).toMatchObject(
      {
        anchorFile: '/var/lib/gangmu/anchors',
        anchorIntervalS: 60,
      },
    );
    for (const bad of ['0', '1.5', 'hourly'])
      expect(() => loadConfig([], { ANCHOR_INTERVAL_S: bad })).toThrow(ConfigError);
  });
});

for (const driver of DRIVERS) {
  describe(`${driver}: the audit anchor, from the server and gangmu audit anchor|verify`, () => {
    let t: TestDb;
    let file: string;
    beforeEach(async () => {
      t = await freshDatabase(driver);
      file = join(mkdtempSync(join(tmpdir(), 'gangmu-anchor-')), 'anchors.jsonl');
    });
    afterEach(() => t.drop());

    it('should anchor at start, each interval when the head moved, and catch a re-hashed chain', async () => {
      const server = await startServer(
        ['--port', String(PORT), '--no-example', '--database', t.url],
        { ANCHOR_FILE: file, ANCHOR_INTERVAL_S: '1', SCHEDULER_INTERVAL_S: '0', LOG_LEVEL: 'silent' },
        { write: () => true },
      );
      const atStart = anchors(file);
      try {
        expect(atStart).toHaveLength(1);
        expect(atStart[0]!.seq).toBeGreaterThan(0); // the first run's administrator and unit
        await createUnit(t.db.kysely, SYSTEM_ACTOR, { code: 'A1', name: '财政局' });
        await expect.poll(() => anchors(file).length, { timeout: 5000, interval: 100 }).toBe(2);
        expect(anchors(file)[1]!.seq).toBe(atStart[0]!.seq + 1);
        // An idle server adds nothing.
        await new Promise((r) => setTimeout(r, 1500));
        expect(anchors(file)).toHaveLength(2);
      } finally {
        await server.close();
      }
      expect(anchors(file)).toHaveLength(2);

      const intact = await cli(['audit', 'verify', '--anchor', file, '--database', t.url]);
      expect(intact).toMatchObject({ code: 0 });
      expect(intact.out).toContain('与 2 个锚点一致');

      await sql`update audit_events set actor_name = 'mallory' where seq = 1`.execute(t.db.kysely);
      await rehashAuditChain(t.db.kysely, 1);
      expect((await cli(['audit', 'verify', '--database', t.url])).code).toBe(0);
      const caught = await cli(['audit', 'verify', '--anchor', file, '--database', t.url]);
      expect(caught.code).toBe(3);
      expect(caught.out).toContain(`第 ${atStart[0]!.seq} 条事件的哈希与`);
      expect(caught.out).toContain(`event ${atStart[0]!.seq} has another hash`);
    });

    it('should append with gangmu audit anchor and catch a cut chain with its head rewound', async () => {
      for (let i = 1; i <= 5; i++)
        await createUnit(t.db.kysely, SYSTEM_ACTOR, { code: `U${i}`, name: `单位${i}` });
      const anchored = await cli(['audit', 'anchor', '--file', file, '--database', t.url]);
      expect(anchored).toMatchObject({ code: 0 });
      const [anchor] = anchors(file);
      expect(anchors(file)).toHaveLength(1);
      const seq = anchor!.seq;
      expect(seq).toBeGreaterThanOrEqual(5);
      expect(anchored.out).toContain(`第 ${seq} 条`);
      expect(await cli(['audit', 'anchor', '--database', t.url])).toMatchObject({ code: 2 });

      await truncateAuditChain(t.db.kysely, seq - 2);
      expect((await cli(['audit', 'verify', '--database', t.url])).code).toBe(0);
      const caught = await cli(['audit', 'verify', '--anchor', file, '--database', t.url]);
      expect(caught.code).toBe(3);
      expect(caught.out).toContain(`已锚定第 ${seq} 条事件，现在的链只有 ${seq - 2} 条`);
      expect(caught.out).toContain(`event ${seq} was anchored`);

      const missing = await cli(['audit', 'verify', '--anchor', `${file}.none`, '--database', t.url]);
      expect(missing.code).toBe(1);
      expect(missing.err).toContain('无法读取锚点文件');
    });
  });
}
