// Talks to the server as a browser would: session cookie plus the CSRF header on writes.
import type { FastifyInstance } from 'fastify';

// One address per test file: failed logins are throttled per IP in the database, and test files
// share one PostgreSQL database, so they must not count each other's failures.
const IP = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

export interface Res<T = any> { status: number; body: T; headers: Record<string, unknown> }

export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  bearer: string | null = null;
  constructor(private server: FastifyInstance) {}

  async request<T = any>(method: string, url: string, body?: unknown, opts: { csrf?: boolean; raw?: Buffer; contentType?: string } = {}): Promise<Res<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.csrf && opts.csrf !== false && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    let payload: string | Buffer | undefined;
    if (opts.raw) { payload = opts.raw; headers['content-type'] = opts.contentType ?? 'application/octet-stream'; }
    else if (body !== undefined) { payload = JSON.stringify(body); headers['content-type'] = 'application/json'; }
    const r = await this.server.inject({ method: method as 'GET', url, headers, payload, remoteAddress: IP });
    const setCookie = r.headers['set-cookie'];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    if (first) this.cookie = first.split(';')[0]!;
    let parsed: unknown = r.body;
    if (String(r.headers['content-type'] ?? '').includes('json')) parsed = r.json();
    return { status: r.statusCode, body: parsed as T, headers: r.headers };
  }

  get<T = any>(url: string) { return this.request<T>('GET', url); }
  post<T = any>(url: string, body?: unknown, opts?: { csrf?: boolean }) { return this.request<T>('POST', url, body ?? {}, opts); }
  put<T = any>(url: string, body?: unknown, opts?: { csrf?: boolean }) { return this.request<T>('PUT', url, body ?? {}, opts); }
  del<T = any>(url: string, opts?: { csrf?: boolean }) { return this.request<T>('DELETE', url, undefined, opts); }

  async login(username: string, password: string) {
    const r = await this.post('/api/v1/auth/login', { username, password });
    if (r.status === 200) this.csrf = r.body.csrfToken;
    return r;
  }
}

export async function loginAs(server: FastifyInstance, username: string, password: string) {
  const c = new Client(server);
  const r = await c.login(username, password);
  if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return c;
}
