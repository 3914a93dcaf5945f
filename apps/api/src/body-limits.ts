/**
 * Request bodies by route (issue 12): a route reads JSON unless its config says it takes a file
 * (`config: { takesFile: true }`: plan import, evidence, the task workbook, bulletins), and only such a route
 * accepts binary content types, up to LIMITS.importBytes. Anonymous routes take at most
 * LIMITS.anonymousBodyBytes, other JSON routes LIMITS.jsonBodyBytes. A body for another type is refused in
 * onRequest, before a byte of it is read, so no route buffers megabytes it will not use.
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.ts';
import { LIMITS } from './schemas.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The body is a file (binary content types accepted, up to LIMITS.importBytes). */
    takesFile?: boolean;
  }
}

/** Content types read as raw bytes, on the routes that take files. */
export const FILE_TYPES = [
  'application/octet-stream',
  'text/plain',
  'text/html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/pdf',
  'image/png',
  'image/jpeg',
] as const;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

/** The largest body a route accepts, from its access rule and whether it takes files. */
export function bodyLimitOf(config: { access?: unknown; takesFile?: boolean } | undefined): number {
  if (config?.takesFile) return LIMITS.importBytes;
  return config?.access === 'public' ? LIMITS.anonymousBodyBytes : LIMITS.jsonBodyBytes;
}

/** Registers the file parsers, each route's body limit, and the refusal of bodies a route does not read. */
export function registerBodyLimits(app: FastifyInstance): void {
  for (const type of FILE_TYPES)
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: LIMITS.importBytes }, (_req, body, done) =>
      done(null, body),
    );
  app.addHook('onRoute', (route) => {
    route.bodyLimit ??= bodyLimitOf(route.config as { access?: unknown; takesFile?: boolean });
  });
  app.addHook('onRequest', async (req) => {
    const config = req.routeOptions.config;
    if (!config.access || config.takesFile) return;
    const hasBody =
      req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (!hasBody) return;
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    if (!JSON_TYPE.test(type))
      throw new ApiError('UNSUPPORTED_MEDIA_TYPE', `${req.method} ${req.routeOptions.url} takes JSON`);
    const limit = req.routeOptions.bodyLimit ?? LIMITS.jsonBodyBytes;
    if (Number(req.headers['content-length'] ?? 0) > limit)
      throw new ApiError('BODY_TOO_LARGE', `limit ${limit} bytes for this route`);
  });
}
