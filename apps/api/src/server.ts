/**
 * createServer: the whole HTTP API on a given database, testable in-process (app.inject) and served by
 * `gangmu serve`. Plugins, the error shape, body limits and parsers are set here; routes live in routes/.
 */
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import cookie from '@fastify/cookie';
import compress from '@fastify/compress';
import { constants as zlibConstants } from 'node:zlib';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { CommandError, type CommandErrorCode } from '@gangmu/commands';
import { isDatabaseUnavailable, StorageError, type Db } from '@gangmu/storage';
import { ApiError, errorBody, RETRY_AFTER_S, STATUS, langOf, type ErrorCode } from './errors.ts';
import { registerBodyLimits } from './body-limits.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerSecurity, type RegisteredRoute } from './security.ts';
import { isPlainText, LIMITS } from './schemas.ts';
import { registerRoutes } from './routes/index.ts';
import { registerPlanScope } from './plan-scope.ts';
import { EvaluationCache } from './evaluation-service.ts';
import { PlanHeads } from './plan-heads.ts';
import { Scheduler, type SchedulerOptions } from './supervision/scheduler.ts';
import { parseWebhookAllow, type WebhookPolicy } from './supervision/webhook-target.ts';
import { join } from 'node:path';
import { registerWeb, WEB_DIST } from './web.ts';
import type { TrustProxy } from './config.ts';

export interface ServerOptions {
  readonly db: Db;
  readonly logger?: boolean | object;
  /** The clock, injectable for tests. */
  readonly now?: () => Date;
  /** Whose X-Forwarded-* to trust: a hop count or proxy addresses (config.ts); never every client. */
  readonly trustProxy?: TrustProxy;
  /** Login attempts per minute per address (rate limit) and failures before a temporary lock. */
  readonly loginRateLimit?: number;
  readonly lockAfterFailures?: number;
  readonly lockMs?: number;
  /** Evidence files go to `${dataDir}/evidence`. Default: ./data */
  readonly dataDir?: string;
  /** Serve the built web app from this folder (default apps/web/dist, when it has been built); false to serve none. */
  readonly web?: string | false;
  /** The scheduler's settings (SMTP transport, reminder and escalation days…); the server owns one for /api/scheduler/run. */
  readonly scheduler?: Omit<SchedulerOptions, 'db'>;
  /**
   * Slow clients (issue 12): the whole request, the headers, an idle kept-alive connection, and how often
   * Node checks (default LIMITS; tests shorten them). A client trickling bytes is answered 408 and cut off.
   */
  readonly timeouts?: {
    readonly requestMs?: number;
    readonly headersMs?: number;
    readonly keepAliveMs?: number;
    readonly checkIntervalMs?: number;
  };
  /** Webhook receivers on the intranet: addresses and CIDR ranges, comma-separated (WEBHOOK_ALLOW). */
  readonly webhookAllow?: string;
  /** Ports of this machine no webhook may target besides the server's own (the database's). */
  readonly ownPorts?: readonly number[];
}

/** The instance with the TypeBox type provider kept, so each route's schemas type its request. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Registers the `plain-text` string format (no control characters) with the request validator. */
function addPlainTextFormat<T extends { addFormat(name: string, validate: (s: string) => boolean): T }>(
  ajv: T,
): T {
  return ajv.addFormat('plain-text', isPlainText);
}

/**
 * Fastify's form of TRUST_PROXY. A hop count becomes a function of the hop's position (the socket's peer is
 * hop 0): Fastify 5 treats a bare number as "trust nobody", which would put every client behind the proxy
 * under one address and one rate limit.
 */
function trustProxySetting(
  trust: TrustProxy | undefined,
): false | string[] | ((address: string, hop: number) => boolean) {
  if (trust === undefined || trust === false || trust === 0) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return [...trust];
}

const STORAGE_TO_API: Record<StorageError['code'], ErrorCode> = {
  NOT_FOUND: 'NOT_FOUND',
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  INVALID: 'INVALID',
  FORBIDDEN: 'FORBIDDEN',
};

const COMMAND_TO_API: Record<CommandErrorCode, ErrorCode> = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  INVALID: 'INVALID',
  IMPORT_FAILED: 'IMPORT_FAILED',
  IMPORT_TOO_LARGE: 'IMPORT_TOO_LARGE',
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  RATE_LIMITED: 'RATE_LIMITED',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
};

export async function createServer(
  options: ServerOptions,
): Promise<App & { routeTable: RegisteredRoute[]; scheduler: Scheduler }> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: LIMITS.jsonBodyBytes,
    requestTimeout: options.timeouts?.requestMs ?? LIMITS.requestTimeoutMs,
    keepAliveTimeout: options.timeouts?.keepAliveMs ?? LIMITS.keepAliveTimeoutMs,
    http: {
      headersTimeout: options.timeouts?.headersMs ?? LIMITS.headersTimeoutMs,
      connectionsCheckingInterval: options.timeouts?.checkIntervalMs ?? 1_000,
    },
    trustProxy: trustProxySetting(options.trustProxy),
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    ajv: {
      // Unknown fields are an error (not silently dropped) and types are never coerced in bodies.
      customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false },
      plugins: [addPlainTextFormat as never],
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(cookie);
  // gzip/brotli for clients that ask (browsers); plan files and evidence are binary and stay as they are.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Gangmu 纲目 API',
        version: '0.1.0',
        description:
          '规划纲要的导入、监测评估与留痕。Errors: { error: { code, message, details? } }; writes need If-Match and, with a session cookie, X-CSRF-Token.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gangmu_session' } } },
    },
  });

  registerBodyLimits(app);
  registerSecurityHeaders(app);

  app.setErrorHandler((err: FastifyError | ApiError | StorageError | CommandError, req, reply) => {
    const lang = langOf(req.headers['accept-language']);
    let code: ErrorCode;
    let detail: string | undefined;
    let details: Record<string, unknown> | undefined;
    if (err instanceof ApiError) [code, detail, details] = [err.code, err.detail, err.details];
    else if (err instanceof CommandError) {
      // The command's own message is for the log; a person sees only the message written for people.
      [code, detail, details] = [COMMAND_TO_API[err.code], err.userMessage?.[lang], err.details];
      if (!err.userMessage) req.log.info({ err }, 'command refused');
    } else if (err instanceof StorageError)
      [code, detail, details] = [STORAGE_TO_API[err.code], err.message, err.details];
    else if ((err as FastifyError).validation) {
      code = 'VALIDATION_FAILED';
      const v = (err as FastifyError).validation![0];
      const where = `${(err as FastifyError).validationContext ?? 'body'}${v?.instancePath ?? ''}`;
      detail =
        v?.keyword === 'format' && v.params?.format === 'plain-text'
          ? `${where} must not contain control characters`
          : `${where} ${v?.message ?? ''}`.trim();
      if (v?.keyword === 'additionalProperties')
        detail = `${where} has an unknown field "${(v.params as { additionalProperty?: string }).additionalProperty}"`;
    } else if (
      (err as FastifyError).code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      (err instanceof SyntaxError && (err as FastifyError).statusCode === 400)
    ) {
      code = 'MALFORMED_JSON';
    } else if ((err as FastifyError).code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      code = 'BODY_TOO_LARGE';
      detail = `limit ${req.routeOptions.bodyLimit ?? LIMITS.jsonBodyBytes} bytes for this route`;
    } else if ((err as FastifyError).code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      code = 'UNSUPPORTED_MEDIA_TYPE';
    else if ((err as FastifyError).statusCode === 429) code = 'RATE_LIMITED';
    else if (isDatabaseUnavailable(err)) {
      // A restart or failover: the pool reconnects on the next query, so the client may simply retry.
      code = 'DATABASE_UNAVAILABLE';
      void reply.header('retry-after', String(RETRY_AFTER_S));
      req.log.warn({ err }, 'database unavailable');
    } else if ((err as FastifyError).statusCode && (err as FastifyError).statusCode! < 500) {
      code = (err as FastifyError).statusCode === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED';
      detail = err.message;
    } else {
      code = 'INTERNAL';
      req.log.error({ err }, 'unhandled error');
    }
    void reply.status(STATUS[code]).send(errorBody(code, lang, detail, details));
  });
  app.setNotFoundHandler((req, reply) => {
    void reply
      .status(404)
      .send(errorBody('NOT_FOUND', langOf(req.headers['accept-language']), `${req.method} ${req.url}`));
  });

  const routeTable: RegisteredRoute[] = [];
  registerSecurity(app, options.db, routeTable, now);
  registerPlanScope(app, options.db, now);
  const cache = new EvaluationCache();
  const heads = new PlanHeads(options.db);
  // Any write through this server makes the next read see it.
  app.addHook('onResponse', async (req) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') heads.clear();
  });
  const webhookPolicy: WebhookPolicy = {
    allow: parseWebhookAllow(options.webhookAllow).allow,
    ownPorts: () => {
      const address = app.server.address();
      return [...(options.ownPorts ?? []), ...(address && typeof address === 'object' ? [address.port] : [])];
    },
  };
  const scheduler = new Scheduler({ now, webhookPolicy, ...options.scheduler, db: options.db });
  const evidenceDir = join(options.dataDir ?? 'data', 'evidence');
  await app.register(async (scope) => {
    registerRoutes(scope, {
      db: options.db,
      now,
      cache,
      heads,
      scheduler,
      evidenceDir,
      options,
      webhookPolicy,
    });
    if (options.web !== false) await registerWeb(scope, options.web ?? WEB_DIST);
  });
  await app.ready();
  return Object.assign(app, { routeTable, scheduler });
}
