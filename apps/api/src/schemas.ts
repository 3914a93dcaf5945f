/**
 * Request schemas shared by the routes, and the limits they enforce (defined once, STYLE habit 13).
 * Text fields use the `safe-text` format: markup and SQL statements are refused at the boundary with a
 * 400 that names the field, whatever the storage would have done with them.
 */
import { Type, type TSchema } from 'typebox';

export const LIMITS = {
  /** JSON bodies; documented in docs/operations.md. */
  jsonBodyBytes: 1024 * 1024,
  /** Plan files uploaded for import. */
  importBytes: 20 * 1024 * 1024,
  titleChars: 200,
  textChars: 20_000,
  opinionChars: 2_000,
} as const;

const MARKUP = /<\s*\/?\s*[a-z!][^>]*>|javascript\s*:|\bon[a-z]+\s*=/i;
const SQL =
  /;\s*(?:drop|delete|insert|update|alter|truncate|create|grant|exec)\b|\bunion\s+(?:all\s+)?select\b|'\s*or\s+'?\d+'?\s*=\s*'?\d+|--\s*$|\/\*.*\*\//i;

/** Accepts text that holds neither HTML markup nor SQL statements. */
export const isSafeText = (s: string): boolean => !MARKUP.test(s) && !SQL.test(s);

export const SafeText = (maxLength: number, minLength = 0) =>
  Type.String({ format: 'safe-text', maxLength, minLength });
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
