/**
 * Reading an uploaded plan in a worker thread (issue 12): parsing a 20 MiB file takes seconds of CPU, and on the
 * request thread it stalled every other request for as long. The worker has its own heap, capped
 * (`maxOldGenerationSizeMb`), and a time limit proportional to the file's size; running out of either ends the
 * worker, never the server, and is told to the caller as a result. One worker at a time: imports are rare
 * (administrators), and two cores shared with the requests cannot parse two 20 MiB files at once anyway.
 */
import { Worker } from 'node:worker_threads';
import type { ImportResult } from '@gangmu/importer';

export interface ImportWorkerLimits {
  /** The worker's old-generation heap: a 20 MiB text plan peaks at ≈ 400 MB (bench:import: ≤ 20× the input). */
  readonly maxOldGenerationSizeMb: number;
  /** Wall time allowed per MB of input; PDF reading has its own CPU budget of 10 s per MB below this. */
  readonly msPerMb: number;
  /** Wall time allowed for any file, however small (the worker's start and a loaded machine). */
  readonly minMs: number;
}

export const IMPORT_WORKER_LIMITS: ImportWorkerLimits = Object.freeze({
  maxOldGenerationSizeMb: 1024,
  msPerMb: 15_000,
  minMs: 30_000,
});

export type WorkerRead =
  | { readonly ok: true; readonly result: ImportResult }
  | {
      readonly ok: false;
      /** `memory`: the heap cap was reached; `timeout`: the time limit; `crashed`: anything else. */
      readonly problem: 'memory' | 'timeout' | 'crashed';
      readonly limitMb?: number;
      readonly limitMs?: number;
      readonly detail?: string;
    };

const WORKER_URL = new URL('./worker.mjs', import.meta.url);
/** An idle worker is kept this long for the next import (starting one loads the importer and pdfjs: ≈ 1–2 s). */
const IDLE_MS = 60_000;

/** Time allowed for `bytes` under `limits`. */
export function importTimeLimitMs(bytes: number, limits: ImportWorkerLimits = IMPORT_WORKER_LIMITS): number {
  return Math.max(limits.minMs, Math.ceil((bytes / 1_048_576) * limits.msPerMb));
}

type Reply = { id: number; ok: true; json: string } | { id: number; ok: false; detail: string };

/**
 * One worker thread, started on demand, reused while imports keep coming and ended after IDLE_MS; a worker
 * that ran out of memory or time is ended and the next import starts a fresh one.
 */
class ImportWorker {
  private worker: Worker | null = null;
  private limitsKey = '';
  private idle: NodeJS.Timeout | null = null;
  private nextId = 1;
  private current: { id: number; worker: Worker; finish: (read: WorkerRead) => void } | null = null;

  run(bytes: Uint8Array, options: Required<ReadOptions>): Promise<WorkerRead> {
    const { fileName, limits, sourceTextChars } = options;
    const limitMs = importTimeLimitMs(bytes.length, limits);
    const worker = this.start(limits);
    if (this.idle) clearTimeout(this.idle);
    worker.ref();
    const id = this.nextId++;
    return new Promise<WorkerRead>((resolve) => {
      const timer = setTimeout(() => {
        this.stop();
        finish({ ok: false, problem: 'timeout', limitMs });
      }, limitMs);
      const finish = (read: WorkerRead) => {
        if (this.current?.id !== id) return;
        this.current = null;
        clearTimeout(timer);
        if (this.worker) {
          this.worker.unref();
          this.idle = setTimeout(() => this.stop(), IDLE_MS);
          this.idle.unref();
        }
        resolve(read);
      };
      this.current = { id, worker, finish };
      // A copy: the request's buffer stays the caller's.
      worker.postMessage({ id, bytes: new Uint8Array(bytes), fileName, sourceTextChars });
    });
  }

  private start(limits: ImportWorkerLimits): Worker {
    const key = JSON.stringify(limits);
    if (this.worker && this.limitsKey === key) return this.worker;
    this.stop();
    const worker = new Worker(WORKER_URL, {
      // Not the parent's flags (a test runner's, a debugger's): the entry registers what it needs.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb },
      stdout: false,
      stderr: false,
    });
    // Events of a worker already ended (a timeout) must not settle the next worker's import.
    const job = () => (this.current?.worker === worker ? this.current : null);
    worker.on('message', (m: Reply) => {
      if (m.id !== job()?.id) return;
      job()?.finish(
        m.ok
          ? { ok: true, result: JSON.parse(m.json) as ImportResult }
          : { ok: false, problem: 'crashed', detail: m.detail },
      );
    });
    worker.on('error', (e: Error & { code?: string }) => {
      this.forget(worker);
      job()?.finish(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { ok: false, problem: 'memory', limitMb: limits.maxOldGenerationSizeMb }
          : { ok: false, problem: 'crashed', detail: e.message },
      );
    });
    worker.on('exit', (code) => {
      this.forget(worker);
      job()?.finish({ ok: false, problem: 'crashed', detail: `the worker exited with code ${code}` });
    });
    this.worker = worker;
    this.limitsKey = key;
    return worker;
  }

  private forget(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = null;
    if (this.idle) clearTimeout(this.idle);
  }

  private stop(): void {
    const worker = this.worker;
    if (!worker) return;
    this.forget(worker);
    void worker.terminate();
  }
}

const shared = new ImportWorker();
let queue: Promise<unknown> = Promise.resolve();

export interface ReadOptions {
  readonly fileName?: string;
  readonly limits?: ImportWorkerLimits;
  /** The decoded source text is cut to this many characters in the worker (it is kept for the review only). */
  readonly sourceTextChars?: number;
}

/** Reads a plan document in the import worker thread, one at a time; never throws. */
export function readPlanDocumentInWorker(bytes: Uint8Array, options: ReadOptions = {}): Promise<WorkerRead> {
  const full = {
    fileName: options.fileName ?? '',
    limits: options.limits ?? IMPORT_WORKER_LIMITS,
    sourceTextChars: options.sourceTextChars ?? Number.MAX_SAFE_INTEGER,
  };
  const run = queue.then(() => shared.run(bytes, full));
  queue = run.catch(() => undefined);
  return run;
}
