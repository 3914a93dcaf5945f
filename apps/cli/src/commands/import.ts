/** `gangmu import FILE [--format json|tree]`: reads a plan file (text, HTML, .docx, PDF) and prints its draft. */
import { readFileSync } from 'node:fs';
import { formatOutlineTree, toGoldShape } from '@gangmu/importer';
import { readPlanDocument } from '@gangmu/pdf-source';
import type { Io } from '../main.ts';

export async function runImport(args: readonly string[], io: Io): Promise<number> {
  let format = 'tree';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--format') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else files.push(a);
  }
  if (files.length !== 1 || (format !== 'json' && format !== 'tree')) {
    io.stderr.write('用法 usage: gangmu import FILE [--format json|tree]\n');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(files[0]!);
  } catch (e) {
    io.stderr.write(
      `无法读取文件 cannot read ${files[0]}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
    );
    return 1;
  }
  const { draft, diagnostics } = await readPlanDocument(bytes, files[0]!);
  if (format === 'json') io.stdout.write(`${JSON.stringify(toGoldShape(draft, diagnostics), null, 1)}\n`);
  else io.stdout.write(`${formatOutlineTree(draft, diagnostics)}\n`);
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
