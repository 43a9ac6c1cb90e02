// Typed fetch wrapper for /api/v1: adds the CSRF header to writes and turns the
// server's error shape into ApiError so screens can show field messages.
import type { ErrorBody, FieldErrors } from '../../../src/contracts/index.ts';

export const API_BASE = '/api/v1';

/** Codes the client makes itself, for failures that never reached the server's error shape. */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export const BAD_RESPONSE = 'BAD_RESPONSE';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;
  readonly details: unknown;
  /** The sign-in the request was sent under (see `sessionEpoch`). */
  readonly epoch: number;

  constructor(status: number, code: string, message: string, details?: unknown, epoch = signIns) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.fields = readFields(details);
    this.epoch = epoch;
  }

  /** The fresh record the server sends with a 409 VERSION_CONFLICT. */
  current<T>(): T | null {
    if (this.details && typeof this.details === 'object' && 'current' in this.details) {
      return (this.details as { current: T }).current;
    }
    return null;
  }
}

function readFields(details: unknown): FieldErrors {
  if (!details || typeof details !== 'object' || !('fields' in details)) return {};
  const fields = (details as { fields: unknown }).fields;
  if (!fields || typeof fields !== 'object') return {};
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(fields)) if (typeof v === 'string') out[k] = v;
  return out;
}

// Kept in memory only: it comes back from /auth/session on every page load.
let csrfToken: string | null = null;
// Counts sign-ins: a 401 answering a request sent before the latest one says nothing about the new session.
let signIns = 0;
export function setCsrfToken(token: string | null): void {
  if (token && token !== csrfToken) signIns += 1;
  csrfToken = token;
}
export const sessionEpoch = () => signIns;

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Raw bytes (file upload); sent as application/octet-stream. */
  raw?: Blob;
  signal?: AbortSignal;
}

export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.raw) {
    headers['content-type'] = 'application/octet-stream';
    body = opts.raw;
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;

  const epoch = signIns;
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), {
      method, headers, body, credentials: 'same-origin', signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, NETWORK_ERROR, 'Tidak dapat terhubung ke server');
  }

  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      if (res.ok) throw new ApiError(res.status, BAD_RESPONSE, 'Jawaban server tidak terbaca');
    }
  }
  if (!res.ok) {
    const err = (data as Partial<ErrorBody> | null)?.error;
    throw new ApiError(res.status, err?.code ?? `HTTP_${res.status}`, err?.message ?? res.statusText, err?.details, epoch);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  del: <T>(path: string) => request<T>('DELETE', path),
};

export function isApiError(e: unknown, status?: number): e is ApiError {
  return e instanceof ApiError && (status === undefined || e.status === status);
}
