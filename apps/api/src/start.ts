/** Starts the server: configuration, migrations, first-run bootstrap, listen; stops cleanly on SIGINT/SIGTERM. */
import nodemailer from 'nodemailer';
import { createDatabase, migrateToLatest } from '@gangmu/storage';
import { loadConfig } from './config.ts';
import { createServer } from './server.ts';
import { bootstrap } from './bootstrap.ts';
import { startAnchoring } from './audit-anchor.ts';

/** The PostgreSQL port of a connection URL (5432 unless it says otherwise). */
const databasePort = (url: string): number => Number(new URL(url).port || 5432);

export async function startServer(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  out: { write(s: string): unknown },
): Promise<{ close: () => Promise<void>; url: string }> {
  const config = loadConfig(args, env);
  // Until the server's logger exists, a lost connection goes to stderr; then to the log.
  let logConnectionError = (err: Error) => console.error('database connection lost:', err.message);
  const db = createDatabase(config.database, { onConnectionError: (err) => logConnectionError(err) });
  await migrateToLatest(db);
  const first = await bootstrap(db, { loadExample: config.loadExample });
  const mailer = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  const app = await createServer({
    db,
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    dataDir: config.dataDir,
    scheduler: { mailer, mailFrom: config.mailFrom },
    webhookAllow: config.webhookAllow,
    ownPorts: config.database.driver === 'postgres' ? [databasePort(config.database.url)] : [],
  });
  logConnectionError = (err) => app.log.warn({ err }, 'database connection lost; the pool reconnects');
  // Every app server runs the scheduler: notices are keyed and claimed with row locks, so each goes out once.
  if (config.schedulerIntervalS > 0)
    app.scheduler.start(config.schedulerIntervalS * 1000, (e) =>
      app.log.error({ err: e }, 'scheduler tick failed'),
    );
  // The audit head to an append-only file outside the database, so a rewritten chain is caught (issue 12).
  const anchoring = config.anchorFile
    ? await startAnchoring({
        db,
        file: config.anchorFile,
        intervalMs: config.anchorIntervalS * 1000,
        onError: (e) => app.log.error({ err: e }, 'audit anchor failed'),
      })
    : null;
  await app.listen({ host: config.host, port: config.port });
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  // One write, so that whoever reads the output sees the password and the address together.
  let message = '';
  if (first.adminPassword) {
    message += `\n首次启动：已创建管理员 / first start: administrator created\n  用户名 user: admin\n  一次性密码 one-time password: ${first.adminPassword}\n  （只显示这一次，请妥善保存 / shown only this once）\n\n`;
  }
  if (first.examplePlanId)
    message += `已载入并发布示例规划 / example plan loaded and published: ${url}/api/plans/${first.examplePlanId}\n`;
  const where = config.database.driver === 'sqlite' ? config.database.file : 'PostgreSQL';
  message += `纲目 Gangmu 已启动 / listening on ${url}  (database: ${where})\n`;
  out.write(message);
  const close = async () => {
    await app.scheduler.stop();
    await app.close();
    await anchoring?.stop();
    await db.close();
  };
  return { close, url };
}
