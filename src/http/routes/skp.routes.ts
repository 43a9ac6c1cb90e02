import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, Ok } from '../../contracts/common.ts';
import {
  EkspektasiRequest, KembalikanRequest, Matriks, MatriksQuery, PenilaiRequest, Progres, ProgresQuery, RevisiRequest,
  RiwayatItem, Skp, SkpCreateRequest, SkpListQuery, SkpRingkas, SkpSaveRequest, SkpTemplate, SkpTemplateInput,
  SkpTemplateUpdate, TemplateQuery, TerapkanTemplateRequest, TurunkanRequest, TurunkanResult, VersionRequest,
} from '../../contracts/skp.ts';
import { matriksPeranHasil, turunkanRhk } from '../../services/skp/cascade.service.ts';
import { progresSkp } from '../../services/skp/progres.service.ts';
import { createSkp, getSkp, listSkp, saveSkp, setEkspektasi } from '../../services/skp/skp.service.ts';
import {
  createTemplate, deleteTemplate, listTemplate, templateFromSkp, terapkanTemplate, updateTemplate,
} from '../../services/skp/template.service.ts';
import { ajukanSkp, gantiPenilai, kembalikanSkp, revisiSkp, riwayatSkp, setujuiSkp } from '../../services/skp/workflow.service.ts';
import { actorOf, type AppContext } from '../context.ts';

const tags = ['SKP'];

export const skpRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  app.get('/skp', { schema: { tags, summary: 'SKP saya, bawahan langsung, yang saya nilai, atau semua versi SKP satu pegawai (pegawaiId)', querystring: SkpListQuery, response: { 200: z.array(SkpRingkas) } } },
    async (req) => listSkp(db, actorOf(req), req.query.periodeId, req.query.lingkup, req.query.pegawaiId));
  app.post('/skp', { schema: { tags, summary: 'Mulai SKP saya (kosong, salin tahun lalu, atau dari template jabatan)', body: SkpCreateRequest, response: { 201: Skp } } },
    async (req, reply) => reply.status(201).send(await createSkp(db, actorOf(req), req.body)));
  app.get('/skp/matriks', { schema: { tags, summary: 'Matriks peran hasil: RHK saya × bawahan langsung', querystring: MatriksQuery, response: { 200: Matriks } } },
    async (req) => matriksPeranHasil(db, actorOf(req), req.query.periodeId));
  app.post('/skp/turunkan', { schema: { tags, summary: 'Turunkan satu RHK saya ke beberapa bawahan sekaligus', body: TurunkanRequest, response: { 200: TurunkanResult } } },
    async (req) => turunkanRhk(db, actorOf(req), req.body));
  app.get('/skp/progres', { schema: { tags, summary: 'Kemajuan penyusunan SKP per unit (admin)', querystring: ProgresQuery, response: { 200: Progres } } },
    async (req) => progresSkp(db, actorOf(req), req.query.periodeId));
  app.get('/skp/:id', { schema: { tags, summary: 'Satu SKP lengkap, dengan kekurangan dan hak akses pemanggil', params: IdParams, response: { 200: Skp } } },
    async (req) => getSkp(db, actorOf(req), req.params.id));
  app.put('/skp/:id', { schema: { tags, summary: 'Simpan isi SKP (draft; version wajib, 409 bila usang)', params: IdParams, body: SkpSaveRequest, response: { 200: Skp } } },
    async (req) => saveSkp(db, actorOf(req), req.params.id, req.body));
  app.put('/skp/:id/ekspektasi', { schema: { tags, summary: 'Ekspektasi khusus pimpinan per nilai BerAKHLAK (penilai)', params: IdParams, body: EkspektasiRequest, response: { 200: Skp } } },
    async (req) => setEkspektasi(db, actorOf(req), req.params.id, req.body));
  app.post('/skp/:id/ajukan', { schema: { tags, summary: 'Ajukan SKP ke pejabat penilai (422 dengan daftar kekurangan)', params: IdParams, body: VersionRequest, response: { 200: Skp } } },
    async (req) => ajukanSkp(db, actorOf(req), req.params.id, req.body.version));
  app.post('/skp/:id/setujui', { schema: { tags, summary: 'Setujui SKP (pejabat penilai)', params: IdParams, body: VersionRequest, response: { 200: Skp } } },
    async (req) => setujuiSkp(db, actorOf(req), req.params.id, req.body.version));
  app.post('/skp/:id/kembalikan', { schema: { tags, summary: 'Kembalikan SKP ke draft dengan catatan (pejabat penilai)', params: IdParams, body: KembalikanRequest, response: { 200: Skp } } },
    async (req) => kembalikanSkp(db, actorOf(req), req.params.id, req.body.version, req.body.catatan));
  app.post('/skp/:id/revisi', { schema: { tags, summary: 'Revisi SKP yang sudah disetujui: versi baru berlaku mulai tanggal tertentu', params: IdParams, body: RevisiRequest, response: { 201: Skp } } },
    async (req, reply) => reply.status(201).send(await revisiSkp(db, actorOf(req), req.params.id, req.body)));
  app.put('/skp/:id/penilai', { schema: { tags, summary: 'Tetapkan pejabat penilai secara manual (admin; data organisasi keliru)', params: IdParams, body: PenilaiRequest, response: { 200: Skp } } },
    async (req) => gantiPenilai(db, actorOf(req), req.params.id, req.body));
  app.post('/skp/:id/template', { schema: { tags, summary: 'Simpan RHK SKP ini sebagai template jabatan', params: IdParams, body: z.object({ nama: z.string().trim().min(3).max(200) }), response: { 201: SkpTemplate } } },
    async (req, reply) => reply.status(201).send(await templateFromSkp(db, actorOf(req), req.params.id, req.body.nama)));
  app.post('/skp/:id/terapkan-template', { schema: { tags, summary: 'Tambahkan RHK dari template jabatan ke draft', params: IdParams, body: TerapkanTemplateRequest, response: { 200: Skp } } },
    async (req) => terapkanTemplate(db, actorOf(req), req.params.id, req.body.templateId, req.body.version));
  app.get('/skp/:id/riwayat', { schema: { tags, summary: 'Jejak perubahan SKP (semua versi)', params: IdParams, response: { 200: z.array(RiwayatItem) } } },
    async (req) => riwayatSkp(db, actorOf(req), req.params.id));

  app.get('/skp-template', { schema: { tags, summary: 'Template RHK per jabatan', querystring: TemplateQuery, response: { 200: z.array(SkpTemplate) } } },
    async (req) => listTemplate(db, actorOf(req), req.query.jabatanId));
  app.post('/skp-template', { schema: { tags, summary: 'Buat template RHK jabatan (admin atau atasan)', body: SkpTemplateInput, response: { 201: SkpTemplate } } },
    async (req, reply) => reply.status(201).send(await createTemplate(db, actorOf(req), req.body)));
  app.put('/skp-template/:id', { schema: { tags, summary: 'Ubah template (version wajib)', params: IdParams, body: SkpTemplateUpdate, response: { 200: SkpTemplate } } },
    async (req) => updateTemplate(db, actorOf(req), req.params.id, req.body));
  app.delete('/skp-template/:id', { schema: { tags, summary: 'Hapus template', params: IdParams, response: { 200: Ok } } },
    async (req) => deleteTemplate(db, actorOf(req), req.params.id));
};
