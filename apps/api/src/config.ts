/**
 * Configuration from flags and environment variables, validated once at start (STYLE habit 17): every
 * problem is listed in one readable error, and nothing starts with a half-valid configuration.
 */
import { isIP } from 'node:net';
import { databaseConfigFrom, type DatabaseConfig } from '@gangmu/storage';
import { parseWebhookAllow } from './supervision/webhook-target.ts';

/**
 * Which proxies may set X-Forwarded-For/-Proto: none (false), the last N hops (a hop count), or the listed
 * proxy addresses and CIDR ranges. Never "any": then every client could name its own address and walk past
 * the per-address limits (issue 12).
 */
export type TrustProxy = false | number | readonly string[];

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly database: DatabaseConfig;
  /** Behind a TLS-terminating proxy: whose X-Forwarded-* to trust (cookies are then Secure over https). */
  readonly trustProxy: TrustProxy;
  readonly loadExample: boolean;
  readonly logLevel: string;
  /** smtp://user:pass@host:port — e-mail notices; none when unset. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** Seconds between scheduler ticks (warning sweep, reminders, deliveries); 0 turns the scheduler off. */
  readonly schedulerIntervalS: number;
  readonly dataDir: string;
  /** Intranet webhook receivers allowed despite being private addresses: addresses and CIDR ranges. */
  readonly webhookAllow: string;
  /** Append-only file the audit chain head is copied to (docs/operations.md, "Audit anchor"); none when unset. */
  readonly anchorFile: string | null;
  /** Seconds between audit anchors while anchorFile is set. */
  readonly anchorIntervalS: number;
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

/** An IPv4 or IPv6 address, optionally with a /prefix. */
function isAddressOrRange(text: string): boolean {
  const [address = '', prefix, ...rest] = text.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY / --trust-proxy: unset or 0 → off; N → the last N hops are proxies; a comma list → the proxies'
 * addresses or CIDR ranges. The bare flag `--trust-proxy` means one hop (the documented single reverse proxy).
 */
export function parseTrustProxy(text: string | undefined, problems: string[]): TrustProxy {
  const value = (text ?? '').trim();
  if (value === '' || value === '0') return false;
  if (/^\d+$/.test(value)) {
    if (Number(value) > 10) problems.push(`TRUST_PROXY hop count must be from 0 to 10 (got "${value}")`);
    return Number(value);
  }
  const list = value.split(',').map((a) => a.trim());
  const wrong = list.filter((a) => !isAddressOrRange(a));
  if (wrong.length)
    problems.push(
      `TRUST_PROXY must be a hop count (1) or a comma list of proxy addresses or CIDR ranges, never "true" (got "${wrong.join(', ')}")`,
    );
  return list;
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
  const proxyFlag = args.includes('--trust-proxy') ? '1' : undefined;
  const proxyValue = flag(args, 'trust-proxy');
  const trustProxy = parseTrustProxy(
    proxyValue !== undefined && !proxyValue.startsWith('--') ? proxyValue : (proxyFlag ?? env.TRUST_PROXY),
    problems,
  );
  const webhookAllow = env.WEBHOOK_ALLOW ?? '';
  const { wrong } = parseWebhookAllow(webhookAllow);
  if (wrong.length)
    problems.push(
      `WEBHOOK_ALLOW must be addresses or CIDR ranges, comma-separated (got "${wrong.join(', ')}")`,
    );
  const anchorFile = env.ANCHOR_FILE?.trim() || null;
  const anchorIntervalText = env.ANCHOR_INTERVAL_S ?? '600';
  if (!/^\d+$/.test(anchorIntervalText) || Number(anchorIntervalText) < 1)
    problems.push(
      `ANCHOR_INTERVAL_S must be a whole number of seconds, at least 1 (got "${anchorIntervalText}")`,
    );
  if (problems.length) throw new ConfigError(problems);
  return {
    host,
    port,
    database,
    trustProxy,
    loadExample: !args.includes('--no-example') && env.GANGMU_NO_EXAMPLE !== '1',
    logLevel,
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? 'gangmu@localhost',
    schedulerIntervalS: Number(intervalText),
    dataDir: env.GANGMU_DATA_DIR ?? 'data',
    webhookAllow,
    anchorFile,
    anchorIntervalS: Number(anchorIntervalText),
  };
}
