import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DaftarUnitKurva, KalibrasiRequest, KurvaDistribusi, KurvaOverrideRequest, KurvaParams, PenetapanPredikatOrganisasi, PredikatOrganisasiQuery,
  SetPredikatOrganisasiRequest,
} from '../../contracts/kurva.ts';
import {
  abaikanKurva, daftarUnitKurva, kalibrasiKurva, kurvaDistribusi, tetapkanPredikatOrganisasi,
} from '../../services/evaluasi/kurva.service.ts';
import { actorOf, type AppContext } from '../context.ts';

const tags = ['Kurva distribusi'];

export const kurvaRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  app.get('/predikat-organisasi', {
    schema: { tags, summary: 'Unit yang predikat kinerja organisasinya ditetapkan atau dikalibrasi pemanggil pada tahun itu (admin: semua unit)', querystring: PredikatOrganisasiQuery, response: { 200: DaftarUnitKurva } },
  }, async (req) => daftarUnitKurva(db, actorOf(req), req.query.tahun));
  app.put('/predikat-organisasi/:unitKerjaId/:tahun', {
    schema: { tags, summary: 'Tetapkan predikat kinerja organisasi unit (pimpinan satu tingkat di atas, atau admin atas nama beliau); version wajib bila sudah pernah ditetapkan', params: KurvaParams, body: SetPredikatOrganisasiRequest, response: { 200: PenetapanPredikatOrganisasi } },
  }, async (req) => tetapkanPredikatOrganisasi(db, actorOf(req), req.params.unitKerjaId, req.params.tahun, req.body));
  app.get('/kurva/:unitKerjaId/:tahun', {
    schema: { tags, summary: 'Distribusi predikat tahunan pegawai yang dinilai kepala unit, pemeriksaan pola distribusi, dan usulan perbaikan', params: KurvaParams, response: { 200: KurvaDistribusi } },
  }, async (req) => kurvaDistribusi(db, actorOf(req), req.params.unitKerjaId, req.params.tahun));
  app.post('/kurva/:unitKerjaId/:tahun/kalibrasi', {
    schema: { tags, summary: 'Kalibrasi: ubah predikat tahunan yang sudah ditetapkan dan belum final, sekaligus, dengan alasan', params: KurvaParams, body: KalibrasiRequest, response: { 200: KurvaDistribusi } },
  }, async (req) => kalibrasiKurva(db, actorOf(req), req.params.unitKerjaId, req.params.tahun, req.body));
  app.post('/kurva/:unitKerjaId/:tahun/override', {
    schema: { tags, summary: 'Abaikan pemeriksaan pola distribusi dengan alasan tertulis (pimpinan yang menetapkan predikat organisasi, atau admin)', params: KurvaParams, body: KurvaOverrideRequest, response: { 200: KurvaDistribusi } },
  }, async (req) => abaikanKurva(db, actorOf(req), req.params.unitKerjaId, req.params.tahun, req.body));
};
