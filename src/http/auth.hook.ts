// Resolves the caller from a bearer token or the session cookie, and enforces CSRF on
// cookie-authenticated writes and the forced password change. Resolved sessions are reused for
// SESSION_CACHE_MS; any write not marked `actorNeutral` drops them all in this process.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import '@fastify/cookie';
import { AppError } from '../errors.ts';
import { SessionCache } from '../auth/session-cache.ts';
import { sha256 } from '../auth/tokens.ts';
import { lookupSession, type SessionLookup } from '../services/auth.service.ts';
import { lookupBearer } from '../services/token.service.ts';
import type { AppContext } from './context.ts';

export const SESSION_COOKIE = 'ekinerja_sesi';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameToken = (a: string, b: string) => {
  const x = Buffer.from(a); const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export function registerAuthHook(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('csrfToken', null);
  const sessions = new SessionCache<SessionLookup>(ctx.config.SESSION_CACHE_MS);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/v1/') || req.is404) return;
    const cfg = req.routeOptions.config;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      req.actor = await lookupBearer(ctx.db, auth.slice(7).trim());
      if (!req.actor) throw new AppError('UNAUTHENTICATED', 'Token API tidak valid atau sudah dicabut');
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const hash = sha256(token);
      let s = sessions.get(hash) ?? null;
      if (!s) {
        s = await lookupSession(ctx.db, hash, ctx.config.SESSION_HOURS);
        if (s) sessions.set(hash, s, s.expiresAt);
      }
      if (s) {
        req.actor = s.actor;
        req.sessionTokenHash = s.tokenHash;
        req.csrfToken = s.csrfToken;
        if (!SAFE.has(req.method) && !cfg.public) {
          const sent = req.headers['x-csrf-token'];
          if (typeof sent !== 'string' || !s.csrfToken || !sameToken(sent, s.csrfToken)) {
            throw new AppError('CSRF', 'Permintaan ditolak: token keamanan (CSRF) tidak ada atau salah. Muat ulang halaman.');
          }
        }
      }
    }
    if (cfg.public) return;
    if (!req.actor) throw new AppError('UNAUTHENTICATED', 'Sesi Anda sudah berakhir. Silakan masuk kembali.');
    if (req.actor.wajibGantiPassword && !cfg.allowPasswordChangePending) {
      throw new AppError('FORBIDDEN', 'Anda wajib mengganti kata sandi sementara sebelum melanjutkan.', { reason: 'PASSWORD_CHANGE_REQUIRED' });
    }
  });
  // Roles, jabatan, Plt and sessions change only through writes; after one, resolve afresh.
  app.addHook('onResponse', async (req) => {
    if (!SAFE.has(req.method) && !req.routeOptions.config?.actorNeutral) sessions.clear();
  });
}
