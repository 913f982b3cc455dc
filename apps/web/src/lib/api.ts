/**
 * A small fetch wrapper for the Liên Thông API: JSON in and out, same-origin cookies,
 * `Accept-Language` from the current UI language, and RFC 9457 problem+json errors turned
 * into a typed {@link ApiError}. Network failures become a {@link NetworkError}.
 */

import type { ProblemDetails as ContractProblem, ErrorCode, FieldError } from '@lienthong/contracts';

export type { FieldError };

/**
 * RFC 9457 problem details, as every error response of the API (ProblemDetails in
 * packages/contracts). `code` stays open: a newer server may send a code this build does not
 * know, and a body that is no problem document gets `HTTP_<status>`.
 */
export type ProblemDetails = Omit<ContractProblem, 'code'> & { code: ErrorCode | (string & {}) };

/** A non-2xx answer of the server. `detail` is the Vietnamese message meant for the user. */
export class ApiError extends Error {
  readonly status: number;
  /** Stable error code (`UNAUTHENTICATED`, `VALIDATION_FAILED`…), or `HTTP_<status>` when the body was no problem+json. */
  readonly code: ProblemDetails['code'];
  /** Message for the user; empty when the server sent no problem+json (a proxy page, for example). */
  readonly detail: string;
  readonly title: string;
  readonly type: string;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;
  /** True when the body was a well-formed problem+json document. */
  readonly isProblem: boolean;
  /** Language of `detail`: the response's Content-Language, else Vietnamese (the API's language). */
  readonly language: string;

  constructor(status: number, problem: Partial<ProblemDetails> & { isProblem?: boolean; language?: string }) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? `HTTP_${status}`;
    this.detail = problem.detail ?? '';
    this.title = problem.title ?? '';
    this.type = problem.type ?? 'about:blank';
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId;
    this.isProblem = problem.isProblem ?? false;
    this.language = problem.language ?? 'vi';
  }
}

/** The request never got an answer: offline, DNS, connection refused, CORS… */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

let currentLanguage: () => string = () => 'vi';

/** Tells the wrapper which UI language to send as `Accept-Language` (set by the i18n setup). */
export function setApiLanguage(language: () => string): void {
  currentLanguage = language;
}

function acceptLanguage(language: string): string {
  return language === 'vi' ? 'vi-VN, vi;q=0.9, en;q=0.5' : `${language}, vi;q=0.5`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldErrorsOf(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item) =>
    isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string'
      ? [{ path: item.path, message: item.message }]
      : [],
  );
}

/** Reads an RFC 9457 document; returns undefined when the value is not one. */
export function parseProblem(value: unknown): ProblemDetails | undefined {
  if (!isRecord(value)) return undefined;
  const { type, title, status, code, detail, instance, requestId } = value;
  if (typeof detail !== 'string' || typeof status !== 'number') return undefined;
  const errors = fieldErrorsOf(value.errors);
  return {
    type: typeof type === 'string' ? type : 'about:blank',
    title: typeof title === 'string' ? title : '',
    status,
    code: typeof code === 'string' ? code : `HTTP_${status}`,
    detail,
    ...(typeof instance === 'string' ? { instance } : {}),
    ...(typeof requestId === 'string' ? { requestId } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!/[/+]json\b/i.test(type)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Builds the ApiError of a non-2xx response. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const body = await readBody(response).catch(() => undefined);
  const problem = parseProblem(body);
  const language = response.headers.get('content-language')?.split(',')[0]?.trim();
  if (problem)
    return new ApiError(response.status, { ...problem, isProblem: true, ...(language ? { language } : {}) });
  return new ApiError(response.status, { title: response.statusText });
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Appended as the query string; empty, null and undefined values are left out. */
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}

/** The CSRF token the server set in the readable `lt_csrf` cookie, sent back as `X-CSRF-Token`. */
export function csrfToken(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const value = /(?:^|;\s*)lt_csrf=([^;]*)/.exec(document.cookie)?.[1];
  return value ? decodeURIComponent(value) : undefined;
}

/** Calls the API and returns the parsed JSON body (undefined for 204). Throws ApiError or NetworkError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const csrf = method === 'GET' ? undefined : csrfToken();
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': acceptLanguage(currentLanguage()),
    ...(csrf ? { 'X-CSRF-Token': csrf } : {}),
    ...options.headers,
  };
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers,
  };
  if (options.signal) init.signal = options.signal;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw await errorFromResponse(response);
  if (response.status === 204) return undefined as T;
  return (await readBody(response)) as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
