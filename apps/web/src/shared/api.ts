/** The API client: JSON, the session cookie, the CSRF token on writes, If-Match, and errors as readable messages. */
let csrfToken: string | null = null;
export const setCsrf = (token: string | null) => (csrfToken = token);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const lang = () => (localStorage.getItem('gangmu.lang') === 'en' ? 'en' : 'zh-CN');

export async function api<T>(
  path: string,
  init: {
    method?: string;
    body?: unknown;
    ifMatch?: number;
    raw?: Blob | ArrayBuffer;
    contentType?: string;
  } = {},
): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': lang() };
  if (init.method && init.method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (init.ifMatch !== undefined) headers['if-match'] = `"${init.ifMatch}"`;
  let body: BodyInit | undefined;
  if (init.raw !== undefined) {
    body = init.raw as BodyInit;
    headers['content-type'] = init.contentType ?? 'application/octet-stream';
  } else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(path, { method: init.method ?? 'GET', headers, body, credentials: 'same-origin' });
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = (data as { error?: { code: string; message: string; details?: unknown } }).error;
    throw new ApiError(res.status, err?.code ?? 'HTTP', err?.message ?? res.statusText, err?.details);
  }
  return data as T;
}

export type Status =
  | 'ACHIEVED'
  | 'ON_TRACK'
  | 'AT_RISK'
  | 'OFF_TRACK'
  | 'NEARLY_ACHIEVED'
  | 'NOT_ACHIEVED'
  | 'NOT_ASSESSABLE'
  | 'INVALID';

export interface IndicatorEvaluation {
  id: string;
  name: string;
  category: string | null;
  unit: string | null;
  attribute: 'expected' | 'binding';
  kind: string;
  target: string | null;
  status: Status;
  flags: string[];
  latestYear: number | null;
  projectedValue: number | null;
  requiredRemainingPerYear: number | null;
  reason: string;
  reasonEn: string;
}

export interface PlanEvaluation {
  planId: string;
  asOfYear: number;
  summary: { sentence: string; sentenceEn: string; byStatus: Record<string, number>; total: number };
  indicators: IndicatorEvaluation[];
}

export interface OutlineNode {
  id: string;
  kind: 'part' | 'chapter' | 'section' | 'item';
  no: number;
  title: string;
  body: string;
  version: number;
  children: OutlineNode[];
}

export interface PlanView {
  id: string;
  title: string;
  issuer: string | null;
  period: { start: number | null; end: number | null; vision: number | null };
  baseYear: number | null;
  status: 'draft' | 'published';
  publishedVersion: number;
  version: number;
  outline: OutlineNode[];
  indicators: {
    id: string;
    name: string;
    category: string | null;
    unit: string | null;
    attribute: string;
    target: string | null;
    unitId: string | null;
    version: number;
    definition: Record<string, unknown>;
  }[];
  projects: { id: string; boxNo: number; boxTitle: string; no: number; name: string; description: string }[];
}
