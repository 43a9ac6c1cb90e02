import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contracts/common.ts';
import { BacaSemuaResult, Notifikasi, NotifikasiList, NotifikasiQuery } from '../../contracts/notifikasi.ts';
import { bacaNotifikasi, bacaSemuaNotifikasi, listNotifikasi } from '../../services/notifikasi.service.ts';
import { actorOf, type AppContext } from '../context.ts';

const tags = ['Notifikasi'];

export const notifikasiRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  app.get('/notifikasi', { schema: { tags, summary: 'Notifikasi saya, terbaru dulu, dengan jumlah yang belum dibaca', querystring: NotifikasiQuery, response: { 200: NotifikasiList } } },
    async (req) => listNotifikasi(db, actorOf(req), req.query));
  app.post('/notifikasi/baca-semua', { schema: { tags, summary: 'Tandai semua notifikasi saya sudah dibaca', response: { 200: BacaSemuaResult } } },
    async (req) => bacaSemuaNotifikasi(db, actorOf(req)));
  app.post('/notifikasi/:id/baca', { schema: { tags, summary: 'Tandai satu notifikasi saya sudah dibaca', params: IdParams, response: { 200: Notifikasi } } },
    async (req) => bacaNotifikasi(db, actorOf(req), req.params.id));
};
