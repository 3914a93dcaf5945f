/**
 * The `gangmu` command line. Each command is a function of its arguments and two streams, so tests run
 * it in-process; `bin/gangmu.mjs` wires it to the real process.
 */
import { runImport } from './commands/import.ts';
import { runEvaluate } from './commands/evaluate.ts';

export interface Io {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
}

const USAGE = `用法 / usage:
  gangmu import FILE [--format json|tree]   导入规划文本（txt、HTML、docx）并输出草稿
  gangmu evaluate INPUT.json                 评估指标（见 docs/evaluation.md）
`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'import':
      return runImport(rest, io);
    case 'evaluate':
      return runEvaluate(rest, io);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.stderr.write(`未知命令 unknown command: ${command}\n${USAGE}`);
      return 2;
  }
}
