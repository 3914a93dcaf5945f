/** An evidence file, for anyone who may read its report (a task's co-unit the lead's too). */
import { getEvidence, getReport } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { EVIDENCE_TYPES, readEvidenceFile } from './evidence-files.ts';
import { notFound, reportAccess } from './report-subject.ts';

export interface ReadEvidenceOptions {
  readonly evidenceId: string;
  readonly evidenceDir: string;
}

export interface EvidenceFile {
  readonly fileName: string;
  readonly contentType: string;
  /** The extension of the declared type, for an ASCII fallback name. */
  readonly ext: string;
  readonly bytes: Buffer;
}

export async function readEvidence(ctx: CommandContext, o: ReadEvidenceOptions): Promise<EvidenceFile> {
  const k = ctx.db.kysely;
  const e = await getEvidence(k, o.evidenceId);
  if (!e) throw notFound(`evidence ${o.evidenceId}`);
  const report = await getReport(k, e.report_id);
  if (!report || (await reportAccess(ctx, report)) === 'none')
    throw new CommandError('FORBIDDEN', `evidence ${o.evidenceId} belongs to another unit`, undefined, {
      zh: '这份材料属于其他单位',
      en: 'This file belongs to another unit',
    });
  return {
    fileName: e.file_name,
    contentType: e.content_type,
    ext: EVIDENCE_TYPES[e.content_type]?.ext ?? 'bin',
    bytes: await readEvidenceFile(o.evidenceDir, e.stored_name),
  };
}
