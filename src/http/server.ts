// The Fastify app: API under /api/v1, OpenAPI at /api/openapi.json and /api/docs, and the built SPA.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { registerAuthHook } from './auth.hook.ts';
import type { AppContext } from './context.ts';
import { registerErrorHandler } from './error-handler.ts';
import { adminRoutes } from './routes/admin.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { importRoutes } from './routes/import.routes.ts';
import { orgRoutes } from './routes/org.routes.ts';
import { kalenderRoutes } from './routes/kalender.routes.ts';
import { notifikasiRoutes } from './routes/notifikasi.routes.ts';
import { periodeRoutes } from './routes/periode.routes.ts';
import { skpCetakRoutes } from './routes/skp-cetak.routes.ts';
import { skpRoutes } from './routes/skp.routes.ts';
import { aktivitasRoutes } from './routes/aktivitas.routes.ts';
import { evaluasiRoutes } from './routes/evaluasi.routes.ts';
import { keberatanRoutes } from './routes/keberatan.routes.ts';
import { dokumenEvaluasiRoutes } from './routes/dokumen-evaluasi.routes.ts';
import { kurvaRoutes } from './routes/kurva.routes.ts';
import { realisasiRoutes } from './routes/realisasi.routes.ts';

export async function buildServer(ctx: AppContext & { dbKind: string }): Promise<FastifyInstance> {
  const { config } = ctx;
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Replies of 1 KB and more go compressed to clients that accept it (a weak connection pays per
  // byte; a month's list shrinks fifteenfold). Brotli at a low quality: fast enough per request.
  await app.register(compress, {
    threshold: 1024, encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(cookie);
  registerErrorHandler(app);
  // The list of API routes, so a test can prove each one has an authorisation rule.
  const apiRoutes: { method: string; url: string }[] = [];
  app.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api/v1/')) return;
    for (const m of [r.method].flat()) if (m !== 'HEAD') apiRoutes.push({ method: m, url: r.url });
  });
  app.decorate('apiRoutes', apiRoutes);
  registerAuthHook(app, ctx);

  await app.register(swagger, {
    openapi: {
      info: { title: 'e-Kinerja API', version: '1', description: 'Pengelolaan kinerja ASN. Semua galat berbentuk {"error":{"code","message","details"}}.' },
      components: {
        securitySchemes: {
          sesi: { type: 'apiKey', in: 'cookie', name: 'ekinerja_sesi' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ sesi: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/api/health', {
    config: { public: true },
    schema: { tags: ['Sistem'], summary: 'Status layanan dan basis data', response: { 200: z.object({ status: z.literal('ok'), db: z.string() }), 503: z.object({ status: z.literal('error'), db: z.string() }) } },
  }, async (_req, reply) => {
    try {
      await ctx.db.execute(sql`select 1`);
      return { status: 'ok' as const, db: ctx.dbKind };
    } catch {
      return reply.status(503).send({ status: 'error' as const, db: 'tidak terhubung' });
    }
  });

  await app.register(async (api) => {
    await api.register(authRoutes(ctx));
    await api.register(orgRoutes(ctx));
    await api.register(adminRoutes(ctx));
    await api.register(importRoutes(ctx));
    await api.register(periodeRoutes(ctx));
    await api.register(notifikasiRoutes(ctx));
    await api.register(kalenderRoutes(ctx));
    await api.register(skpRoutes(ctx));
    await api.register(aktivitasRoutes(ctx));
    await api.register(evaluasiRoutes(ctx));
    await api.register(keberatanRoutes(ctx));
    await api.register(dokumenEvaluasiRoutes(ctx));
    await api.register(kurvaRoutes(ctx));
    await api.register(realisasiRoutes(ctx));
    await api.register(skpCetakRoutes(ctx));
  }, { prefix: '/api/v1' });

  await serveSpa(app, config);
  return app;
}

/** Serves the built SPA with a history fallback; unknown API paths get the JSON 404. */
async function serveSpa(app: FastifyInstance, config: Config) {
  const index = path.join(config.webDir, 'index.html');
  const html = fs.existsSync(index) ? fs.readFileSync(index) : null;
  if (html) {
    await app.register(fastifyStatic, {
      // Text assets are compressed once at build time (scripts/precompress.mjs), at the best ratio.
      root: config.webDir, wildcard: false, index: false, preCompressed: true,
      setHeaders: (res, file) => {
        // Hashed assets never change; index.html and the service worker must always be fresh.
        res.header('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.log.warn(`SPA belum dibangun (${index} tidak ada); jalankan npm run build:web`);
  }
  app.setNotFoundHandler((req, reply) => {
    if (html && req.method === 'GET' && !req.url.startsWith('/api/')) {
      return reply.header('Cache-Control', 'no-cache').type('text/html').send(html);
    }
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `Alamat ${req.method} ${req.url.split('?')[0]} tidak ditemukan` } });
  });
}
