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
  const { draft, diagnostics, format, sourceText } = await readPlanDocument(options.bytes, options.fileName);
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
    sourceText: sourceText?.slice(0, SOURCE_TEXT_CHARS) ?? null,
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
