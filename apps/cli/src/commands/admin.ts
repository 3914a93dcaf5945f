/** `gangmu migrate`, `gangmu user add`, `gangmu audit verify|anchor`: operations on the database named by --database or DATABASE_URL. */
import {
  backupDatabase,
  createDatabase,
  restoreDatabase,
  databaseConfigFrom,
  migrateToLatest,
  ROLES,
  type Role,
} from '@gangmu/storage';
import {
  anchorAuditHead,
  assertAcceptablePassword,
  CommandError,
  createUser,
  describeChainReport,
  generatePassword,
  listUnits,
  SYSTEM_CALLER,
  verifyAuditTrail,
  type CommandContext,
} from '@gangmu/commands';
import type { Io } from '../main.ts';

export function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export async function withDb<T>(
  args: readonly string[],
  io: Io,
  fn: (db: ReturnType<typeof createDatabase>) => Promise<T>,
): Promise<T | undefined> {
  let db;
  try {
    db = createDatabase(databaseConfigFrom(option(args, 'database') ?? process.env.DATABASE_URL));
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n`);
    return undefined;
  }
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export async function runMigrate(args: readonly string[], io: Io): Promise<number> {
  const applied = await withDb(args, io, (db) => migrateToLatest(db));
  if (!applied) return 1;
  io.stdout.write(
    applied.length
      ? `已执行迁移 / applied: ${applied.join(', ')}\n`
      : '数据库已是最新 / already up to date\n',
  );
  return 0;
}

export async function runUserAdd(args: readonly string[], io: Io): Promise<number> {
  const username = option(args, 'username');
  const role = (option(args, 'role') ?? 'admin') as Role;
  const unitCode = option(args, 'unit');
  if (!username || !ROLES.includes(role)) {
    io.stderr.write(
      `用法 usage: gangmu user add --username NAME [--role ${ROLES.join('|')}] [--unit CODE] [--name 显示名] [--password P]\n`,
    );
    return 2;
  }
  const password = option(args, 'password') ?? generatePassword(username);
  try {
    assertAcceptablePassword(password, username);
  } catch (e) {
    const { zh, en } = (e as CommandError).userMessage!;
    io.stderr.write(`密码不符合要求 / the password is too weak: ${zh} / ${en}\n`);
    return 2;
  }
  const ok = await withDb(args, io, async (db) => {
    await migrateToLatest(db);
    const ctx = systemContext(db, io);
    const unit = unitCode ? (await listUnits(ctx)).find((u) => u.code === unitCode) : undefined;
    if (unitCode && !unit) throw new Error(`unit ${unitCode} does not exist`);
    await createUser(ctx, {
      username,
      displayName: option(args, 'name') ?? username,
      password,
      role,
      unitId: unit?.id ?? null,
      email: option(args, 'email') ?? null,
      // A generated password is shown on this screen: it serves one sign-in, which must change it.
      mustChangePassword: option(args, 'password') === undefined,
    });
    return true;
  }).catch((e: Error) => {
    io.stderr.write(`${commandErrorText(e)}\n`);
    return false;
  });
  if (!ok) return 1;
  io.stdout.write(
    `已创建用户 / user created: ${username} (${role})${option(args, 'password') ? '' : `\n一次性密码 / one-time password: ${password}`}\n`,
  );
  return 0;
}

/** `gangmu audit verify [--anchor FILE]`: 0 when the chain (and every anchor) holds, 3 when not. */
export async function runAuditVerify(args: readonly string[], io: Io): Promise<number> {
  const anchorFile = option(args, 'anchor');
  if (args.includes('--anchor') && !anchorFile) {
    io.stderr.write('用法 usage: gangmu audit verify [--anchor FILE] [--database URL]\n');
    return 2;
  }
  const report = await withDb(args, io, (db) =>
    verifyAuditTrail(systemContext(db, io), anchorFile ? { anchorFile } : {}),
  ).catch((e: Error) => {
    io.stderr.write(`${commandErrorText(e)}\n`);
    return undefined;
  });
  if (!report) return 1;
  const { zh, en } = describeChainReport(report);
  io.stdout.write(`${zh} / ${en}\n`);
  return report.ok ? 0 : 3;
}

/** `gangmu audit anchor [--file FILE]`: appends the chain head {seq, hash, at} to the anchor file (ANCHOR_FILE). */
export async function runAuditAnchor(args: readonly string[], io: Io): Promise<number> {
  const file = option(args, 'file') ?? process.env.ANCHOR_FILE;
  if (!file) {
    io.stderr.write('用法 usage: gangmu audit anchor --file FILE [--database URL]   (or ANCHOR_FILE)\n');
    return 2;
  }
  const anchor = await withDb(args, io, (db) => anchorAuditHead(systemContext(db, io), { file })).catch(
    (e: Error) => {
      io.stderr.write(`${commandErrorText(e)}\n`);
      return undefined;
    },
  );
  if (!anchor) return 1;
  io.stdout.write(
    `已锚定留痕链头 / audit head anchored: 第 ${anchor.seq} 条 / seq ${anchor.seq} ${anchor.hash} → ${file}\n`,
  );
  return 0;
}

function systemContext(db: ReturnType<typeof createDatabase>, io: Io): CommandContext {
  return { db, now: io.now ?? (() => new Date()), caller: SYSTEM_CALLER };
}

const commandErrorText = (e: Error): string =>
  e instanceof CommandError && e.userMessage ? `${e.userMessage.zh} / ${e.userMessage.en}` : e.message;

export async function runBackup(args: readonly string[], io: Io): Promise<number> {
  const file = option(args, 'out');
  if (!file) {
    io.stderr.write('用法 usage: gangmu backup --out FILE [--database URL]\n');
    return 2;
  }
  const counts = await withDb(args, io, (db) => backupDatabase(db, file)).catch((e: Error) => {
    io.stderr.write(`备份失败 / backup failed: ${e.message}\n`);
    return undefined;
  });
  if (!counts) return 1;
  io.stdout.write(
    `已备份 / backed up to ${file}: ${Object.entries(counts)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}\n`,
  );
  return 0;
}

export async function runRestore(args: readonly string[], io: Io): Promise<number> {
  const file = option(args, 'from');
  if (!file) {
    io.stderr.write('用法 usage: gangmu restore --from FILE [--database URL]   (into an empty database)\n');
    return 2;
  }
  const counts = await withDb(args, io, async (db) => {
    await migrateToLatest(db);
    return restoreDatabase(db, file);
  }).catch((e: Error) => {
    io.stderr.write(`恢复失败，数据库未改动 / restore failed, nothing changed: ${e.message}\n`);
    return undefined;
  });
  if (!counts) return 1;
  io.stdout.write(
    `已恢复 / restored from ${file}: ${Object.entries(counts)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}\n`,
  );
  return 0;
}
