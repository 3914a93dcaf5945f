/**
 * Unzipping an uploaded Office file (.docx, .xlsx) with a running byte budget (issue 12). The sizes a ZIP
 * archive declares are the sender's word: a part that declares 1 KB may inflate to 1 GB. So nothing here reads
 * them; the archive is fed to fflate's streaming reader a few KB at a time and every inflated byte is counted,
 * and the read stops at the first chunk that passes the budget. Memory is bounded by the budget plus one step's
 * output (DEFLATE expands at most ≈ 1032:1, so a 4 KB step yields ≤ 4.2 MB), whatever the archive says.
 */
import { Unzip, UnzipInflate } from 'fflate';

/** Compressed bytes fed per step. */
const STEP_BYTES = 4096;

export type BudgetedUnzip =
  | { readonly ok: true; readonly files: Readonly<Record<string, Uint8Array>>; readonly inflated: number }
  | {
      readonly ok: false;
      /** `over_budget`: inflating passed `maxBytes` (in `part`); `damaged`: not a readable ZIP archive. */
      readonly problem: 'over_budget' | 'damaged';
      readonly part?: string;
      /** Bytes inflated when the read stopped. */
      readonly inflated: number;
      readonly detail?: string;
    };

export interface BudgetedUnzipOptions {
  /** Total inflated bytes allowed over every part read. */
  readonly maxBytes: number;
  /** Which parts to inflate (default: all); the others are skipped without inflating. */
  readonly wanted?: (name: string) => boolean;
}

class OverBudget extends Error {
  constructor(readonly part: string) {
    super('over budget');
  }
}

/**
 * Inflates the wanted parts of a ZIP archive, stopping at the first chunk over `maxBytes` in total.
 * Never throws: a damaged archive or one over budget is a result.
 *
 * @example
 * const r = unzipWithBudget(bytes, { maxBytes: 16 << 20, wanted: (n) => n === 'word/document.xml' });
 * if (!r.ok) return refuse(r.problem);
 */
export function unzipWithBudget(bytes: Uint8Array, options: BudgetedUnzipOptions): BudgetedUnzip {
  const files: Record<string, Uint8Array> = {};
  const started = new Set<string>();
  let inflated = 0;
  const unzip = new Unzip((file) => {
    if (options.wanted && !options.wanted(file.name)) return;
    // A name seen twice: the first copy is the one read (the second is never inflated, so it cannot be a bomb).
    if (started.has(file.name)) return;
    started.add(file.name);
    const chunks: Uint8Array[] = [];
    file.ondata = (error, data, final) => {
      if (error) throw error;
      inflated += data.length;
      if (inflated > options.maxBytes) throw new OverBudget(file.name);
      chunks.push(data);
      if (final) files[file.name] = concat(chunks);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    if (bytes.length === 0) throw new Error('empty file');
    for (let at = 0; at < bytes.length; at += STEP_BYTES) {
      const end = Math.min(bytes.length, at + STEP_BYTES);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (e) {
    if (e instanceof OverBudget) return { ok: false, problem: 'over_budget', part: e.part, inflated };
    return { ok: false, problem: 'damaged', inflated, detail: (e as Error).message };
  }
  const unfinished = [...started].find((name) => !(name in files));
  if (unfinished !== undefined)
    return {
      ok: false,
      problem: 'damaged',
      part: unfinished,
      inflated,
      detail: `${unfinished} is cut short`,
    };
  if (started.size === 0 && !hasZipHeader(bytes))
    return { ok: false, problem: 'damaged', inflated, detail: 'no ZIP header' };
  return { ok: true, files, inflated };
}

function hasZipHeader(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
