/**
 * The `gangmu` command line. Each command is a function of its arguments and two streams, so tests run
 * it in-process; `bin/gangmu.mjs` wires it to the real process.
 */
import { runImport } from './commands/import.ts';
import { runEvaluate } from './commands/evaluate.ts';
import { runServe } from './commands/serve.ts';
import { runReport } from './commands/report.ts';
import { runSweepCommand } from './commands/sweep.ts';
import {
  runAuditAnchor,
  runAuditVerify,
  runBackup,
  runMigrate,
  runRestore,
  runUserAdd,
} from './commands/admin.ts';

export interface Io {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
  /** The clock (tests fix it); the real one when absent. */
  readonly now?: () => Date;
}

const USAGE = `用法 / usage:
  gangmu import FILE [--format json|tree]   导入规划（txt、HTML、docx、PDF）并输出草稿
  gangmu evaluate INPUT.json                 评估指标（见 docs/evaluation.md）
  gangmu serve [--host H] [--port P] [--database URL] [--no-example]
                                             启动服务（默认 SQLite：data/gangmu.db）
  gangmu migrate [--database URL]            执行数据库迁移
  gangmu user add --username U [--role R] [--unit CODE] [--password P]
                                             新建用户（不给密码则生成并显示一次）
  gangmu audit verify [--anchor FILE] [--database URL]
                                             校验留痕链，指出第一条被篡改或缺失的事件；给出锚点文件时也核对锚点
  gangmu audit anchor [--file FILE] [--database URL]
                                             把当前链头（序号、哈希、时间）追加到锚点文件（默认 ANCHOR_FILE）
  gangmu report --plan ID --kind annual|midterm|final --year 2023 --out FILE [--format docx|brief|xlsx] [--fresh]
                                             评估报告（Word，GB/T 9704 版式）、一页纸或主要指标表（Excel）
  gangmu sweep [--plan ID] [--database URL]  预警扫描（逾期任务、漏报、指标、逾期意见）并排队通知，无需启动服务
  gangmu backup --out FILE [--database URL]  备份（JSON lines，可恢复到 SQLite 或 PostgreSQL）
  gangmu restore --from FILE [--database URL]
                                             恢复到空数据库（全部成功或全部不改）
`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'import':
      return runImport(rest, io);
    case 'evaluate':
      return runEvaluate(rest, io);
    case 'serve':
      return runServe(rest, io);
    case 'migrate':
      return runMigrate(rest, io);
    case 'user':
      if (rest[0] === 'add') return runUserAdd(rest.slice(1), io);
      break;
    case 'report':
      return runReport(rest, io);
    case 'sweep':
      return runSweepCommand(rest, io);
    case 'backup':
      return runBackup(rest, io);
    case 'restore':
      return runRestore(rest, io);
    case 'audit':
      if (rest[0] === 'verify') return runAuditVerify(rest.slice(1), io);
      if (rest[0] === 'anchor') return runAuditAnchor(rest.slice(1), io);
      break;
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
  }
  io.stderr.write(`未知命令 unknown command: ${argv.join(' ')}\n${USAGE}`);
  return 2;
}
