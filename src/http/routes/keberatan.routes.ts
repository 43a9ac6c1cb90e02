import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contracts/common.ts';
import { EvaluasiParams } from '../../contracts/evaluasi.ts';
import { AjukanKeberatanRequest, DaftarKeberatan, Keberatan, PutusanKeberatanRequest } from '../../contracts/keberatan.ts';
import { ajukanKeberatan, daftarKeberatan, getKeberatan, putuskanKeberatan } from '../../services/evaluasi/keberatan.service.ts';
import { actorOf, type AppContext } from '../context.ts';

const tags = ['Keberatan'];

export const keberatanRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  app.post('/skp/:id/evaluasi/:jenis/:periodeKe/keberatan', { schema: { tags, summary: 'Pegawai mengajukan keberatan atas evaluasi tahunan yang final (sekali, sebelum batas hari instansi)', params: EvaluasiParams, body: AjukanKeberatanRequest, response: { 201: Keberatan } } },
    async (req, reply) => reply.status(201).send(await ajukanKeberatan(db, actorOf(req), req.params.id, req.params.jenis, req.params.periodeKe, req.body)));
  app.get('/keberatan', { schema: { tags, summary: 'Keberatan yang menunggu keputusan pemanggil (atasan pejabat penilai atau admin) dan keberatan pemanggil sendiri', response: { 200: DaftarKeberatan } } },
    async (req) => daftarKeberatan(db, actorOf(req)));
  app.get('/keberatan/:id', { schema: { tags, summary: 'Satu keberatan (pegawai, pejabat penilai, atasan pejabat penilai, admin)', params: IdParams, response: { 200: Keberatan } } },
    async (req) => getKeberatan(db, actorOf(req), req.params.id));
  app.post('/keberatan/:id/putusan', { schema: { tags, summary: 'Atasan pejabat penilai memutus keberatan: ditolak, atau dikabulkan dengan rating baru (dokumen evaluasi baru dengan kode baru)', params: IdParams, body: PutusanKeberatanRequest, response: { 200: Keberatan } } },
    async (req) => putuskanKeberatan(db, actorOf(req), req.params.id, req.body));
};
