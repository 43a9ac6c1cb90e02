import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contracts/common.ts';
import {
  DaftarEvaluasi, EvaluasiAksiHasil, EvaluasiParams, EvaluasiVersionRequest, NilaiRequest, PengaturanPenilaian,
  PengaturanPenilaianInput, Penjelasan,
} from '../../contracts/evaluasi.ts';
import {
  daftarEvaluasi, finalkanEvaluasi, nilaiEvaluasi, realisasiSelesai, tetapkanPredikat,
} from '../../services/evaluasi/evaluasi.service.ts';
import { getPengaturan, simpanPengaturan } from '../../services/evaluasi/pengaturan.service.ts';
import { penjelasanEvaluasi } from '../../services/evaluasi/penjelasan.service.ts';
import { actorOf, type AppContext } from '../context.ts';

const tags = ['Evaluasi'];
const base = '/skp/:id/evaluasi/:jenis/:periodeKe';

export const evaluasiRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  app.get('/skp/:id/evaluasi', { schema: { tags, summary: 'Evaluasi periodik SKP ini dan, pada versi terakhir, evaluasi tahunan; dengan hak akses pemanggil', params: IdParams, response: { 200: DaftarEvaluasi } } },
    async (req) => daftarEvaluasi(db, actorOf(req), req.params.id));
  app.post(`${base}/realisasi-selesai`, { schema: { tags, summary: 'Pegawai menandai realisasi periode selesai diisi (OPEN → REALISASI_DIISI); IKI tanpa realisasi dikembalikan sebagai peringatan', params: EvaluasiParams, body: EvaluasiVersionRequest, response: { 200: EvaluasiAksiHasil } } },
    async (req) => realisasiSelesai(db, actorOf(req), req.params.id, req.params.jenis, req.params.periodeKe, req.body.version));
  app.put(`${base}/nilai`, { schema: { tags, summary: 'Pejabat penilai mengisi rating hasil kerja dan rating perilaku (→ DINILAI)', params: EvaluasiParams, body: NilaiRequest, response: { 200: EvaluasiAksiHasil } } },
    async (req) => nilaiEvaluasi(db, actorOf(req), req.params.id, req.params.jenis, req.params.periodeKe, req.body));
  app.post(`${base}/tetapkan`, { schema: { tags, summary: 'Pejabat penilai menetapkan predikat dari matriks rating (DINILAI → PREDIKAT_DITETAPKAN)', params: EvaluasiParams, body: EvaluasiVersionRequest, response: { 200: EvaluasiAksiHasil } } },
    async (req) => tetapkanPredikat(db, actorOf(req), req.params.id, req.params.jenis, req.params.periodeKe, req.body.version));
  app.post(`${base}/final`, { schema: { tags, summary: 'Pejabat penilai memfinalkan dokumen evaluasi (→ FINAL, dibekukan dengan kode verifikasi)', params: EvaluasiParams, body: EvaluasiVersionRequest, response: { 200: EvaluasiAksiHasil } } },
    async (req) => finalkanEvaluasi(db, actorOf(req), req.params.id, req.params.jenis, req.params.periodeKe, req.body.version));
  app.get(`${base}/penjelasan`, { schema: { tags, summary: 'Bagaimana predikat dan angka evaluasi ini dihitung', params: EvaluasiParams, response: { 200: Penjelasan } } },
    async (req) => penjelasanEvaluasi(db, actorOf(req), req.params.id, req.params.jenis, req.params.periodeKe));

  app.get('/pengaturan-penilaian', { schema: { tags, summary: 'Pengaturan penilaian instansi: saran rating dan mode numerik (admin)', response: { 200: PengaturanPenilaian } } },
    async (req) => getPengaturan(db, actorOf(req)));
  app.put('/pengaturan-penilaian', { schema: { tags, summary: 'Ubah pengaturan penilaian (admin; version wajib)', body: PengaturanPenilaianInput, response: { 200: PengaturanPenilaian } } },
    async (req) => simpanPengaturan(db, actorOf(req), req.body));
};
