/**
 * Issue 12: a plan is read in a worker thread with a heap cap and a time limit per MB. Before, parsing ran on
 * the caller's thread: a 20 MiB file held the event loop for seconds, and a file that needed too much memory
 * took the server with it. Now running out of memory or time ends the worker, the caller gets a clear refusal,
 * and the next import works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DRIVERS, freshDatabase, generatedLargePlan, type TestDb } from '@gangmu/storage/testing';
import {
  CommandError,
  IMPORT_WORKER_LIMITS,
  importPlan,
  importTimeLimitMs,
  type CommandContext,
} from '../src/index.ts';

const EXAMPLE = readFileSync(
  join(resolve(import.meta.dirname, '../../..'), 'examples/xihu-2021-2025/plan.txt'),
);
const LARGE = generatedLargePlan(10 * 1024 * 1024);

describe('importTimeLimitMs', () => {
  it('should grow with the file and never fall below the minimum', () => {
    expect(importTimeLimitMs(1000)).toBe(IMPORT_WORKER_LIMITS.minMs);
    expect(importTimeLimitMs(20 * 1_048_576)).toBe(20 * IMPORT_WORKER_LIMITS.msPerMb);
  });
});

// The worker does not depend on the database: one driver is enough here (the API test runs both).
const driver = DRIVERS[0]!;
describe(`${driver}: importPlan in a worker thread`, () => {
  let t: TestDb;
  let ctx: CommandContext;
  beforeAll(async () => {
    t = await freshDatabase(driver);
    ctx = {
      db: t.db,
      now: () => new Date('2024-03-01T02:00:00Z'),
      caller: { actor: { id: 'u-admin', name: 'admin' }, role: 'admin', unitId: null },
    };
  });
  afterAll(() => t.drop());
  const plans = async () => (await t.db.kysely.selectFrom('plans').select('id').execute()).length;

  it('should read a 10 MB plan without holding the event loop for the parse', async () => {
    await importPlan(ctx, { bytes: EXAMPLE }); // the worker started and warm, as on a server after its first import
    const delay = monitorEventLoopDelay({ resolution: 10 });
    const started = performance.now();
    delay.enable();
    const result = await importPlan(ctx, { bytes: LARGE });
    delay.disable();
    const tookMs = performance.now() - started;
    expect(result.counts.chapters).toBeGreaterThan(2000);
    // The parse alone takes seconds (bench:import: ≈ 5 MB/s); the longest stall left is one write statement.
    const maxStallMs = delay.max / 1e6;
    console.log(
      `10 MB import: ${tookMs.toFixed(0)} ms, longest event-loop stall ${maxStallMs.toFixed(0)} ms`,
    );
    expect(maxStallMs).toBeLessThan(Math.max(400, tookMs / 4));
  });

  it('should refuse a file that needs more than the heap cap (413), store nothing, and import the next one', async () => {
    const before = await plans();
    const error = await importPlan(ctx, {
      bytes: LARGE,
      limits: { ...IMPORT_WORKER_LIMITS, maxOldGenerationSizeMb: 24 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect(error).toMatchObject({ code: 'IMPORT_TOO_LARGE', details: { problem: 'memory', limitMb: 24 } });
    expect((error as CommandError).userMessage?.zh).toContain('内存上限');
    expect(await plans()).toBe(before);
    expect((await importPlan(ctx, { bytes: EXAMPLE })).counts.chapters).toBe(12);
  });

  it('should stop a read that runs out of time (422), store nothing, and import the next one', async () => {
    const before = await plans();
    const error = await importPlan(ctx, {
      bytes: LARGE,
      limits: { ...IMPORT_WORKER_LIMITS, msPerMb: 10, minMs: 10 },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'IMPORT_FAILED', details: { problem: 'timeout', limitMs: 100 } });
    expect((error as CommandError).userMessage?.zh).toContain('时限');
    expect(await plans()).toBe(before);
    expect((await importPlan(ctx, { bytes: EXAMPLE })).counts.chapters).toBe(12);
  });
});
