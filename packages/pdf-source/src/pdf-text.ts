/**
 * The one file that talks to pdfjs: bytes → pages of positioned text runs. pdfjs reads its CMaps (without them
 * every glyph of a Chinese CID font comes out as nothing) and standard fonts from the package's folders, which is
 * why PDF reading lives outside the pure importer.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist';
import type { PdfPage, TextRun } from './positioned-text.ts';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;

/**
 * Loaded on first use: the CLI and the server import text and Word files without paying for it. The modern build,
 * not `legacy/`: the legacy build's core-js replaces Array.prototype.push process-wide with a JavaScript version
 * (it judges Node 20's V8 too old), which made reading a PDF 4× slower and would slow the whole server after the
 * first PDF. The one thing the modern build needs that Node 20 lacks is Promise.withResolvers (Node 22), added
 * here with its standard meaning.
 */
function loadPdfJs(): Promise<PdfJs> {
  if (typeof (Promise as { withResolvers?: unknown }).withResolvers !== 'function') {
    Object.defineProperty(Promise, 'withResolvers', {
      configurable: true,
      writable: true,
      value<T>() {
        let resolve!: (v: T | PromiseLike<T>) => void;
        let reject!: (e: unknown) => void;
        const promise = new Promise<T>((res, rej) => {
          resolve = res;
          reject = rej;
        });
        return { promise, resolve, reject };
      },
    });
  }
  return (pdfjs ??= importQuietly());
}

/** Imports pdfjs without the one line it prints on stdout in Node ("use the legacy build"), which would corrupt JSON output. */
async function importQuietly(): Promise<PdfJs> {
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].includes('`legacy` build'))) log(...args);
  };
  try {
    return await import('pdfjs-dist');
  } finally {
    console.log = log;
  }
}

export interface PdfReadOptions {
  /**
   * Stop reading pages when this process has spent this many milliseconds of CPU time on the file (the rest is
   * reported, not read). CPU time, not wall time: on a busy machine a fair read must not fail for waiting its turn.
   */
  readonly budgetMs: number;
  /** Give up on a step of pdfjs that has not settled after this many milliseconds of wall time (a hang). */
  readonly wallLimitMs: number;
  /** Read at most this many pages. */
  readonly maxPages: number;
}

export interface PdfReadResult {
  readonly pages: readonly PdfPage[];
  readonly pageCount: number;
  /** Why the document (`pages` empty) or its remaining pages could not be read. */
  readonly failure?: { readonly reason: string; readonly atPage: number };
}

class Timeout extends Error {}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** A clock for one read: CPU time spent so far against the budget, wall time against the hang limit. */
function limits(options: PdfReadOptions) {
  const cpuEnd = cpuMs() + options.budgetMs;
  const wallEnd = performance.now() + options.wallLimitMs;
  return <T>(work: Promise<T>): Promise<T> => {
    const left = wallEnd - performance.now();
    if (left <= 0 || cpuMs() > cpuEnd) return Promise.reject(new Timeout('time limit'));
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout('time limit')), left);
    });
    return Promise.race([work, limit]).finally(() => clearTimeout(timer));
  };
}

const reasonOf = (e: unknown): string => {
  if (e instanceof Timeout) return '读取超时 / reading took too long';
  const name = (e as { name?: string })?.name;
  if (name === 'PasswordException') return '文件已加密，需要密码 / the file is encrypted';
  if (name === 'InvalidPDFException') return '文件结构损坏 / invalid PDF structure';
  return String((e as Error)?.message ?? e).slice(0, 200);
};

// pdfjs draws images with these operators; a page that paints one and has no text is a scan.
const IMAGE_OPS = (lib: PdfJs) =>
  new Set([lib.OPS.paintImageXObject, lib.OPS.paintInlineImageXObject, lib.OPS.paintImageMaskXObject]);

/** Reads every page's text runs; never throws for a damaged file (the failure is returned). */
export async function readPdfPages(bytes: Uint8Array, options: PdfReadOptions): Promise<PdfReadResult> {
  const before = limits(options);
  const lib = await loadPdfJs();
  // pdfjs takes ownership of the buffer it is given: hand it a copy, the caller's bytes stay intact.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: join(PDFJS_DIR, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts/'),
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await before(task.promise);
  } catch (e) {
    task.promise.catch(() => undefined); // destroying rejects the pending load: expected, not an error
    void task.destroy();
    return { pages: [], pageCount: 0, failure: { reason: reasonOf(e), atPage: 1 } };
  }
  const pages: PdfPage[] = [];
  const imageOps = IMAGE_OPS(lib);
  const last = Math.min(doc.numPages, options.maxPages);
  try {
    for (let n = 1; n <= last; n++) {
      const page = await before(doc.getPage(n));
      const [, , width, height] = page.view;
      const content = await before(page.getTextContent());
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        // Rotated or mirrored text (stamps, watermarks, vertical labels) is not running text.
        if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || a! <= 0 || d! <= 0) continue;
        runs.push({
          str: item.str,
          x: e!,
          y: f!,
          width: item.width,
          size: item.height || (item.str.trim() ? d! : 0),
        });
      }
      let hasImage = false;
      if (!runs.some((r) => r.str.trim())) {
        const ops = await before(page.getOperatorList());
        hasImage = ops.fnArray.some((fn) => imageOps.has(fn));
      }
      pages.push({
        number: n,
        width: width! - (page.view[0] ?? 0),
        height: height! - (page.view[1] ?? 0),
        runs,
        hasImage,
      });
      page.cleanup();
    }
    if (last < doc.numPages) {
      return {
        pages,
        pageCount: doc.numPages,
        failure: {
          reason: `超过 ${options.maxPages} 页 / more than ${options.maxPages} pages`,
          atPage: last + 1,
        },
      };
    }
    return { pages, pageCount: doc.numPages };
  } catch (e) {
    return { pages, pageCount: doc.numPages, failure: { reason: reasonOf(e), atPage: pages.length + 1 } };
  } finally {
    void doc.destroy();
  }
}
