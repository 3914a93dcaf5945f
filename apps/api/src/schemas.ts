/**
 * Request schemas shared by the routes, and the limits they enforce (defined once, STYLE habit 13).
 * Text fields use the `plain-text` format: any characters a policy text may hold (`a<b`, `'1' or 1=1` quoted,
 * a trailing `--`) within a length, but no control characters. There is no pattern filter for markup or SQL:
 * queries are parameterised and React escapes output, and such a filter refused legitimate texts while letting
 * attacks through (issue 12).
 */
import { Type, type TSchema } from 'typebox';

export const LIMITS = {
  /** JSON bodies; documented in docs/operations.md. */
  jsonBodyBytes: 1024 * 1024,
  /** Bodies of routes open to anonymous callers (sign-in, opinions): small, as anyone may send them. */
  anonymousBodyBytes: 64 * 1024,
  /** Plan files uploaded for import. */
  importBytes: 20 * 1024 * 1024,
  /** A whole request, headers and body (a 20 MiB import at ≈ 200 KB/s fits); then 408 and the socket closes. */
  requestTimeoutMs: 120_000,
  /** The request line and headers. */
  headersTimeoutMs: 15_000,
  /** An idle kept-alive connection. */
  keepAliveTimeoutMs: 5_000,
  titleChars: 200,
  textChars: 20_000,
  opinionChars: 2_000,
} as const;

/** C0 controls other than tab, line feed and carriage return; DEL and the C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Accepts any text without control characters (tab and line breaks allowed). */
export const isPlainText = (s: string): boolean => !CONTROL.test(s);

/** A text field: a string within a length, refused when it holds control characters. */
export const PlainText = (maxLength: number, minLength = 0) =>
  Type.String({ format: 'plain-text', maxLength, minLength });
/** @deprecated The routes' old name for {@link PlainText}; it no longer filters markup or SQL. */
export const SafeText = PlainText;
export const Id = Type.String({ pattern: '^[0-9a-f-]{36}$' });
export const Year = Type.Integer({ minimum: 1949, maximum: 2100 });
export const YearQuery = Type.String({ pattern: '^(19|20|21)\\d\\d$' });
export const IsoTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$',
});

export const strict = <T extends Record<string, TSchema>>(props: T) =>
  Type.Object(props, { additionalProperties: false });

export const ErrorResponse = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Any()) }),
});
