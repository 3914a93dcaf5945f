/** The API client: JSON, the session cookie, the CSRF token on writes, If-Match, and errors as readable messages. */
import type {
  EvaluationStatus,
  IndicatorEvaluationJson,
  PlanEvaluationJson,
  PlanJson,
  PlanNodeJson,
  PlanSummaryJson,
} from '@gangmu/contract';

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

/** An evaluation's status, as the API sends it. */
export type Status = EvaluationStatus;

/** The one label of an evaluation's status and flags (SPEC §2.7 R4), as the API gives it. */
export type StatusLabel = Pick<IndicatorEvaluationJson, 'label' | 'labelEn'>;

/** An indicator evaluated as of a year, as the API sends it. */
export type IndicatorEvaluation = IndicatorEvaluationJson;

/** The summary counts of SPEC §2.7 R3: mid-term before the plan's target year, final form from it on. */
export type PlanSummary = PlanSummaryJson;

/** A plan's evaluation: every indicator, the summary sentence and the counts. */
export type PlanEvaluation = PlanEvaluationJson;

/** A node of a plan's outline with its text and row version. */
export type OutlineNode = PlanNodeJson;

/** A plan for staff: the working copy with its text, indicators and projects (GET /api/plans/:planId). */
export type PlanView = PlanJson;
