import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.ts';
import { Periode, PeriodeInput, PeriodeStatusRequest, PeriodeUpdate } from '../../contracts/periode.ts';
import { createPeriode, getPeriode, listPeriode, setPeriodeStatus, updatePeriode } from '../../services/periode.service.ts';
import { actorOf, type AppContext } from '../context.ts';

const tags = ['Periode'];

export const periodeRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  app.get('/periode', { schema: { tags, summary: 'Periode kinerja instansi', response: { 200: z.array(Periode) } } },
    async (req) => listPeriode(db, actorOf(req)));
  app.get('/periode/:id', { schema: { tags, summary: 'Satu periode', params: IdParams, response: { 200: Periode } } },
    async (req) => getPeriode(db, actorOf(req), req.params.id));
  app.post('/periode', { schema: { tags, summary: 'Buka periode baru (admin)', body: PeriodeInput, response: { 201: Periode } } },
    async (req, reply) => reply.status(201).send(await createPeriode(db, actorOf(req), req.body)));
  app.put('/periode/:id', { schema: { tags, summary: 'Ubah pengaturan periode (admin; version wajib)', params: IdParams, body: PeriodeUpdate, response: { 200: Periode } } },
    async (req) => updatePeriode(db, actorOf(req), req.params.id, req.body));
  app.post('/periode/:id/kunci', { schema: { tags, summary: 'Kunci periode (admin)', params: IdParams, body: PeriodeStatusRequest, response: { 200: Periode } } },
    async (req) => setPeriodeStatus(db, actorOf(req), req.params.id, 'DIKUNCI', req.body.version));
  app.post('/periode/:id/buka', { schema: { tags, summary: 'Buka kembali periode yang dikunci (admin)', params: IdParams, body: PeriodeStatusRequest, response: { 200: Periode } } },
    async (req) => setPeriodeStatus(db, actorOf(req), req.params.id, 'DIBUKA', req.body.version));
};
