/**
 * 佐证材料: a file added to the caller's own report — one of the accepted types, its content matching the declared
 * type, at most 20 MB; stored under a random name outside anything served, the given name sanitised.
 */
import { addEvidence as recordEvidence, type EvidenceTable } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { checkEvidence, EVIDENCE_TYPES, sanitizeFileName, storeEvidence } from './evidence-files.ts';
import { loadReport } from './report-subject.ts';

export interface AddEvidenceOptions {
  readonly reportId: string;
  readonly bytes: Uint8Array;
  /** The declared type (the request's content type, without parameters). */
  readonly contentType: string;
  /** The name the file had on the uploader's computer. */
  readonly name?: string;
  /** Where evidence files are kept (the server's data directory). */
  readonly evidenceDir: string;
}

export async function addEvidence(ctx: CommandContext, o: AddEvidenceOptions): Promise<EvidenceTable> {
  const { report } = await loadReport(ctx, o.reportId, 'own');
  const problem = checkEvidence(o.bytes, o.contentType);
  const type = EVIDENCE_TYPES[o.contentType];
  if (problem || !type) {
    const text = problem ?? 'type not accepted';
    const at = text.indexOf(' / ');
    const [zh, en] = at < 0 ? [text, text] : [text.slice(0, at), text.slice(at + 3)];
    throw new CommandError('INVALID', text, { field: 'file' }, { zh, en });
  }
  const stored = await storeEvidence(o.evidenceDir, o.bytes);
  return recordEvidence(ctx.db.kysely, ctx.caller.actor, {
    report_id: report.id,
    file_name: sanitizeFileName(o.name ?? 'evidence', type.ext),
    stored_name: stored.storedName,
    content_type: o.contentType,
    size: o.bytes.length,
    sha256: stored.sha256,
  });
}
