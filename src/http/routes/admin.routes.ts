import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateTokenRequest, CreateTokenResponse, TokenApi } from '../../contracts/auth.ts';
import { IdParams, Ok } from '../../contracts/common.ts';
import { Instansi, InstansiCreated, InstansiInput } from '../../contracts/instansi.ts';
import { createInstansi, listInstansi } from '../../services/instansi.service.ts';
import { createToken, listTokens, revokeToken } from '../../services/token.service.ts';
import { actorOf, type AppContext } from '../context.ts';

export const adminRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  let tags = ['Token API'];
  app.get('/token-api', { schema: { tags, summary: 'Token integrasi (admin)', response: { 200: z.array(TokenApi) } } },
    async (req) => listTokens(db, actorOf(req)));
  app.post('/token-api', { schema: { tags, summary: 'Terbitkan token; nilainya hanya ditampilkan sekali', body: CreateTokenRequest, response: { 201: CreateTokenResponse } } },
    async (req, reply) => reply.status(201).send(await createToken(db, actorOf(req), req.body.nama)));
  app.delete('/token-api/:id', { schema: { tags, summary: 'Cabut token', params: IdParams, response: { 200: Ok } } },
    async (req) => { await revokeToken(db, actorOf(req), req.params.id); return { ok: true as const }; });

  tags = ['Instansi'];
  app.get('/instansi', { schema: { tags, summary: 'Daftar instansi (superadmin)', response: { 200: z.array(Instansi) } } },
    async (req) => listInstansi(db, actorOf(req)));
  app.post('/instansi', { schema: { tags, summary: 'Tambah instansi dan admin pertamanya (superadmin)', body: InstansiInput, response: { 201: InstansiCreated } } },
    async (req, reply) => reply.status(201).send(await createInstansi(db, actorOf(req), req.body)));
};
