/**
 * Error codes, their HTTP status (in exactly one table, STYLE habit 15) and their messages in Chinese and
 * English. Every error leaves the API as { error: { code, message, details? } }; unknown errors are logged
 * with the request id and shown only as INTERNAL.
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'BODY_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_LOCKED'
  | 'FORBIDDEN'
  | 'CSRF_FAILED'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'WEAK_PASSWORD'
  | 'NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'ALREADY_EXISTS'
  | 'PRECONDITION_REQUIRED'
  | 'INVALID'
  | 'IMPORT_FAILED'
  | 'IMPORT_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL';

export const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  WEAK_PASSWORD: 422,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  ALREADY_EXISTS: 409,
  PRECONDITION_REQUIRED: 428,
  INVALID: 422,
  IMPORT_FAILED: 422,
  IMPORT_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

const MESSAGES: Record<ErrorCode, { zh: string; en: string }> = {
  VALIDATION_FAILED: { zh: '请求内容不符合要求', en: 'The request is not valid' },
  MALFORMED_JSON: { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  BODY_TOO_LARGE: { zh: '请求体过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '不支持的内容类型', en: 'Unsupported content type' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please sign in' },
  INVALID_CREDENTIALS: { zh: '用户名或密码错误', en: 'Wrong user name or password' },
  ACCOUNT_LOCKED: {
    zh: '登录失败次数过多，账号已暂时锁定，请稍后再试',
    en: 'Too many failed sign-ins: the account is locked for a while',
  },
  FORBIDDEN: { zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  CSRF_FAILED: {
    zh: '缺少或错误的 CSRF 令牌（请求头 X-CSRF-Token）',
    en: 'Missing or wrong CSRF token (header X-CSRF-Token)',
  },
  PASSWORD_CHANGE_REQUIRED: {
    zh: '请先修改初始密码（POST /api/session/password）',
    en: 'Change the initial password first (POST /api/session/password)',
  },
  WEAK_PASSWORD: { zh: '密码不符合要求', en: 'The password is too weak' },
  NOT_FOUND: { zh: '未找到', en: 'Not found' },
  VERSION_CONFLICT: {
    zh: '该内容已被他人修改，请刷新后重试',
    en: 'Someone else changed this; reload and try again',
  },
  ALREADY_EXISTS: { zh: '已存在', en: 'Already exists' },
  PRECONDITION_REQUIRED: {
    zh: '修改须带 If-Match 请求头（当前版本号）',
    en: 'Writes need an If-Match header with the current version',
  },
  INVALID: { zh: '数据不符合业务规则', en: 'The data breaks a rule' },
  IMPORT_FAILED: { zh: '文件无法导入', en: 'The file cannot be imported' },
  IMPORT_TOO_LARGE: { zh: '文件过于庞大，无法读取', en: 'The file is too large to read' },
  RATE_LIMITED: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  DATABASE_UNAVAILABLE: {
    zh: '数据库暂时无法访问，请稍后重试',
    en: 'The database is unavailable for a moment; try again shortly',
  },
  INTERNAL: { zh: '服务器内部错误', en: 'Internal server error' },
};

/** Seconds a client is told to wait when the database is away (a failover usually takes a few). */
export const RETRY_AFTER_S = 2;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Specific, safe to show: which field, which limit. */
    readonly detail?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(detail ?? code);
  }
}

export type Lang = 'zh' | 'en';

/** zh unless the client prefers English (Accept-Language: en…) over Chinese. */
export function langOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  const prefs = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { tag: tag ?? '', q: Number.isFinite(q) ? q : 0 };
    })
    .sort((a, b) => b.q - a.q);
  const first = prefs.find((p) => p.tag.startsWith('zh') || p.tag.startsWith('en'));
  return first?.tag.startsWith('en') ? 'en' : 'zh';
}

export function errorBody(code: ErrorCode, lang: Lang, detail?: string, details?: Record<string, unknown>) {
  const base = MESSAGES[code][lang];
  return {
    error: {
      code,
      message: detail ? `${base}${lang === 'zh' ? '：' : ': '}${detail}` : base,
      ...(details ? { details } : {}),
    },
  };
}
