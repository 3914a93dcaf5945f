/**
 * Configuration from flags and environment variables, validated once at start (STYLE habit 17): every
 * problem is listed in one readable error, and nothing starts with a half-valid configuration.
 */
import { databaseConfigFrom, type DatabaseConfig } from '@gangmu/storage';

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly database: DatabaseConfig;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* and mark cookies Secure. */
  readonly trustProxy: boolean;
  readonly loadExample: boolean;
  readonly logLevel: string;
  /** smtp://user:pass@host:port — e-mail notices; none when unset. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** Seconds between scheduler ticks (warning sweep, reminders, deliveries); 0 turns the scheduler off. */
  readonly schedulerIntervalS: number;
  readonly dataDir: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误 / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function flag(args: readonly string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = args[i]!;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[i + 1];
}

export function loadConfig(args: readonly string[], env: NodeJS.ProcessEnv): ServerConfig {
  const problems: string[] = [];
  const host = flag(args, 'host') ?? env.HOST ?? '127.0.0.1';
  const portText = flag(args, 'port') ?? env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535)
    problems.push(`PORT / --port must be a whole number from 1 to 65535 (got "${portText}")`);
  if (!/^[\w.:-]+$/.test(host))
    problems.push(`HOST / --host must be a host name or IP address (got "${host}")`);
  let database: DatabaseConfig = { driver: 'sqlite', file: 'data/gangmu.db' };
  try {
    database = databaseConfigFrom(flag(args, 'database') ?? env.DATABASE_URL);
  } catch (e) {
    problems.push(`DATABASE_URL / --database: ${(e as Error).message}`);
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel))
    problems.push(
      `LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}")`,
    );
  const smtpUrl = env.SMTP_URL ?? null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl))
    problems.push(`SMTP_URL must start with smtp:// or smtps:// (got "${smtpUrl.slice(0, 30)}")`);
  const intervalText = env.SCHEDULER_INTERVAL_S ?? '300';
  if (!/^\d+$/.test(intervalText))
    problems.push(`SCHEDULER_INTERVAL_S must be a whole number of seconds (got "${intervalText}")`);
  if (problems.length) throw new ConfigError(problems);
  return {
    host,
    port,
    database,
    trustProxy: (env.TRUST_PROXY ?? '') === '1' || args.includes('--trust-proxy'),
    loadExample: !args.includes('--no-example') && env.GANGMU_NO_EXAMPLE !== '1',
    logLevel,
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? 'gangmu@localhost',
    schedulerIntervalS: Number(intervalText),
    dataDir: env.GANGMU_DATA_DIR ?? 'data',
  };
}
