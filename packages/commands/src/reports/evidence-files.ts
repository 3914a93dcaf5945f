/**
 * Evidence files are stored outside anything the server serves statically (under the data directory),
 * under a random name; the name users gave is sanitised and kept only as metadata. Only a few types are
 * accepted, and the content must match the declared type.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

/** Accepted types and the bytes their files start with. */
export const EVIDENCE_TYPES: Record<string, { ext: string; magic: number[] }> = {
  'application/pdf': { ext: 'pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  'image/png': { ext: 'png', magic: [0x89, 0x50, 0x4e, 0x47] },
  'image/jpeg': { ext: 'jpg', magic: [0xff, 0xd8, 0xff] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    ext: 'docx',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    ext: 'xlsx',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
};

/** Keeps letters (CJK included), digits, dots, dashes and underscores; no paths, no control characters. */
export function sanitizeFileName(name: string, ext: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._\- ()（）]/gu, '_')
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
  const stem = clean.replace(/\.[^.]*$/, '') || 'evidence';
  return `${stem}.${ext}`;
}

export function checkEvidence(bytes: Uint8Array, contentType: string): string | null {
  const type = EVIDENCE_TYPES[contentType];
  if (!type) return `不接受的文件类型 ${contentType}；可上传 PDF、PNG、JPEG、Word、Excel / type not accepted`;
  if (bytes.length === 0) return '文件为空 / the file is empty';
  if (bytes.length > EVIDENCE_MAX_BYTES) return `文件超过 ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB / too large`;
  if (!type.magic.every((b, i) => bytes[i] === b))
    return `文件内容不是声明的类型 ${type.ext} / the content is not a ${type.ext}`;
  return null;
}

export async function storeEvidence(
  dir: string,
  bytes: Uint8Array,
): Promise<{ storedName: string; sha256: string }> {
  await mkdir(dir, { recursive: true });
  const storedName = randomUUID();
  await writeFile(join(dir, storedName), bytes, { flag: 'wx' });
  return { storedName, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export const readEvidenceFile = (dir: string, storedName: string) => readFile(join(dir, storedName));
