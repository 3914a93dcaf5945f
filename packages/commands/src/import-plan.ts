/**
 * Import a plan: bytes in any supported format → the importer's draft → a stored working copy (with the
 * decoded source text, so the review never shows raw bytes of a GBK or UTF-16 file) → published if asked.
 * The one path for the API's upload, the first-run example plan, the CLI and the tests.
 */
import type { Diagnostic } from '@gangmu/domain';
import { readPlanDocument } from '@gangmu/pdf-source';
import { getPlanRow, importPlan as storeDraft, publishPlan } from '@gangmu/storage';
import { CommandError } from './command-error.ts';
import type { CommandContext } from './context.ts';
import {
  IMPORT_WORKER_LIMITS,
  readPlanDocumentInWorker,
  type ImportWorkerLimits,
  type WorkerRead,
} from './import-worker/read-in-worker.ts';

/** The review keeps this much of the decoded text: far above any plan, bounded for a hostile upload. */
const SOURCE_TEXT_CHARS = 2_000_000;

export interface ImportPlanOptions {
  readonly bytes: Uint8Array;
  /** Helps tell formats apart (.docx, .pdf); the content decides when it disagrees. */
  readonly fileName?: string;
  /** Overrides the title the importer read from the document. */
  readonly title?: string;
  /** Publish the imported working copy at once (the first-run example plan). */
  readonly publish?: boolean;
  /** The reading worker's heap and time limits (tests make them small). */
  readonly limits?: ImportWorkerLimits;
  /**
   * The file is the installation's own (the example plan on the first start, a seed): read on this thread, as
   * no worker is worth starting (≈ 1–2 s) for 85 KB nobody uploaded. Uploads never set it.
   */
  readonly trusted?: boolean;
}

export interface ImportPlanResult {
  readonly id: string;
  readonly title: string;
  readonly format: string;
  readonly counts: { readonly chapters: number; readonly indicators: number; readonly projects: number };
  readonly diagnostics: readonly Diagnostic[];
  /** The published version, when `publish` was asked. */
  readonly publishedVersion?: number;
}

export async function importPlan(ctx: CommandContext, options: ImportPlanOptions): Promise<ImportPlanResult> {
  // Read in a worker thread: seconds of parsing never stall the server's other requests.
  const read: WorkerRead = options.trusted
    ? { ok: true, result: await readPlanDocument(options.bytes, options.fileName) }
    : await readPlanDocumentInWorker(options.bytes, {
        ...(options.fileName ? { fileName: options.fileName } : {}),
        limits: options.limits ?? IMPORT_WORKER_LIMITS,
        sourceTextChars: SOURCE_TEXT_CHARS,
      });
  if (!read.ok) throw workerFailure(read, options.bytes.length);
  const { draft, diagnostics, format } = read.result;
  const sourceText = read.result.sourceText?.slice(0, SOURCE_TEXT_CHARS) ?? null;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || draft.chapters.length === 0) {
    const first = errors[0] ?? diagnostics.find((d) => d.code === 'tables_without_outline') ?? diagnostics[0];
    throw new CommandError(
      'IMPORT_FAILED',
      first ? `${first.code}: ${first.messageEn}` : 'no chapters found',
      { diagnostics },
      first ? { zh: first.message, en: first.messageEn } : undefined,
    );
  }
  const kysely = ctx.db.kysely;
  const id = await storeDraft(kysely, ctx.caller.actor, {
    draft,
    diagnostics,
    sourceText,
    sourceFormat: format,
    ...(options.title ? { title: options.title } : {}),
  });
  // The stored row has the title in force: the given one, the document's, or the placeholder for neither.
  const row = await getPlanRow(kysely, id);
  const result: ImportPlanResult = {
    id,
    title: row.title,
    format: format ?? 'text',
    counts: {
      chapters: draft.chapters.length,
      indicators: draft.indicators.length,
      projects: draft.boxes.reduce((n, b) => n + b.projects.length, 0),
    },
    diagnostics,
  };
  if (!options.publish) return result;
  const published = await publishPlan(kysely, ctx.caller.actor, id, row.version);
  return { ...result, publishedVersion: published.number };
}

/** The worker ran out of memory or time, or died: a clear refusal, never a 500 (the server is unharmed). */
function workerFailure(read: Exclude<WorkerRead, { ok: true }>, bytes: number): CommandError {
  const mb = (bytes / 1_048_576).toFixed(1);
  if (read.problem === 'memory')
    return new CommandError(
      'IMPORT_TOO_LARGE',
      `the import worker reached its heap cap of ${read.limitMb} MB on a ${mb} MB file`,
      { problem: 'memory', limitMb: read.limitMb },
      {
        zh: `文件（${mb} MB）内容过于庞大，读取时超出 ${read.limitMb} MB 的内存上限，已停止：请拆分文件或删去无关内容后重新导入`,
        en: `The file (${mb} MB) needs more than the ${read.limitMb} MB memory cap to read; reading stopped: split it or remove what is not the plan, then import again`,
      },
    );
  if (read.problem === 'timeout')
    return new CommandError(
      'IMPORT_FAILED',
      `the import worker ran out of its ${read.limitMs} ms on a ${mb} MB file`,
      { problem: 'timeout', limitMs: read.limitMs },
      {
        zh: `文件（${mb} MB）读取超过 ${Math.round((read.limitMs ?? 0) / 1000)} 秒的时限，已停止：请检查文件是否损坏，或拆分后重新导入`,
        en: `Reading the file (${mb} MB) took longer than its ${Math.round((read.limitMs ?? 0) / 1000)} s limit and was stopped: check that it is not damaged, or split it`,
      },
    );
  return new CommandError(
    'IMPORT_FAILED',
    `the import worker failed: ${read.detail ?? 'no detail'}`,
    { problem: 'crashed' },
    {
      zh: '读取文件时出错，已停止，服务器未受影响：请检查文件后重新导入',
      en: 'Reading the file failed and was stopped (the server is unaffected): check the file and import it again',
    },
  );
}
