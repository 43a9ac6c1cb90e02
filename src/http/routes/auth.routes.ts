import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChangePasswordRequest, LocaleRequest, LoginRequest, LoginResponse, Me } from '../../contracts/auth.ts';
import { Ok } from '../../contracts/common.ts';
import { AppError } from '../../errors.ts';
import { changePassword, describeMe, login, logout, setLocale } from '../../services/auth.service.ts';
import { SESSION_COOKIE } from '../auth.hook.ts';
import { actorOf, type AppContext } from '../context.ts';

const tags = ['Akun'];

export const authRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.post('/auth/login', {
    config: { public: true },
    schema: { tags, summary: 'Masuk dengan NIP (atau nama akun) dan kata sandi', body: LoginRequest, response: { 200: LoginResponse } },
  }, async (req, reply) => {
    const r = await login(ctx.db, { ...req.body, ip: req.ip, userAgent: req.headers['user-agent'], sessionHours: ctx.config.SESSION_HOURS });
    reply.setCookie(SESSION_COOKIE, r.token, {
      path: '/', httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https', expires: r.expiresAt,
    });
    return { user: await describeMe(ctx.db, r.actor), csrfToken: r.csrfToken };
  });

  app.get('/auth/session', {
    config: { public: true },
    schema: { tags, summary: 'Sesi yang sedang berjalan (untuk memuat ulang halaman)', response: { 200: LoginResponse } },
  }, async (req) => {
    const actor = actorOf(req);
    // A bearer token has no cookie session to restore.
    if (!req.csrfToken) throw new AppError('UNAUTHENTICATED', 'Sesi Anda sudah berakhir. Silakan masuk kembali.');
    return { user: await describeMe(ctx.db, actor), csrfToken: req.csrfToken };
  });

  app.post('/auth/logout', {
    config: { allowPasswordChangePending: true },
    schema: { tags, summary: 'Keluar', response: { 200: Ok } },
  }, async (req, reply) => {
    if (req.sessionTokenHash) await logout(ctx.db, req.sessionTokenHash);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.post('/auth/password', {
    config: { allowPasswordChangePending: true },
    schema: { tags, summary: 'Ganti kata sandi', body: ChangePasswordRequest, response: { 200: Ok } },
  }, async (req) => {
    await changePassword(ctx.db, actorOf(req), req.sessionTokenHash, req.body);
    return { ok: true as const };
  });

  app.get('/me', {
    config: { allowPasswordChangePending: true },
    schema: { tags, summary: 'Akun dan data pegawai pengguna', response: { 200: Me } },
  }, async (req) => describeMe(ctx.db, actorOf(req)));

  app.put('/me/locale', {
    config: { allowPasswordChangePending: true },
    schema: { tags, summary: 'Bahasa antarmuka', body: LocaleRequest, response: { 200: Ok } },
  }, async (req) => {
    await setLocale(ctx.db, actorOf(req), req.body.locale);
    return { ok: true as const };
  });
};
