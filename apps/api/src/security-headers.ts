/**
 * Security headers on every response (issue 12), set in one onSend hook:
 * - Content-Security-Policy: pages may run scripts only from this server (no inline script, no eval); styles
 *   may be inline (Ant Design writes its styles at run time), images also data:/blob: (charts, previews);
 *   nothing may frame a page (`frame-ancestors 'none'`) except evidence files, which the staff app may preview
 *   (`'self'`). Other responses (JSON, files) get `default-src 'none'`: they are data, never documents.
 * - X-Frame-Options to the same effect for old browsers, X-Content-Type-Options: nosniff, Referrer-Policy.
 * - Cache-Control: no-store on API answers that can hold personal data: every answer to a signed-in caller
 *   (users, audit, staff views of opinions, reports…) and the session routes (sign-in answers before a user is
 *   known), so no shared or browser cache keeps them.
 */
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The staff app may show this response in a frame of its own (evidence files). */
    framable?: boolean;
  }
}

export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";
export const FRAMABLE_CSP =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

const isPersonal = (url: string, signedIn: boolean): boolean =>
  url.startsWith('/api/') && (signedIn || url === '/api/session' || url.startsWith('/api/session/'));

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    const framable = req.routeOptions.config?.framable === true;
    const type = String(reply.getHeader('content-type') ?? '');
    reply.header(
      'content-security-policy',
      framable ? FRAMABLE_CSP : type.startsWith('text/html') ? PAGE_CSP : DATA_CSP,
    );
    reply.header('x-frame-options', framable ? 'SAMEORIGIN' : 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (isPersonal(req.url, Boolean((req as { user?: unknown }).user)))
      reply.header('cache-control', 'no-store');
    return payload;
  });
}
