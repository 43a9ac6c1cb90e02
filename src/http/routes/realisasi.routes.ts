import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, Ok } from '../../contracts/common.ts';
import { BuktiQuery, MAX_BUKTI_BYTES, TautanRequest } from '../../contracts/aktivitas.ts';
import {
  BuktiDukung, PesanUmpanBalik, RealisasiBuktiParams, RealisasiInput, RealisasiParams, RealisasiSel, RealisasiSkp,
  UmpanBalikInput, UmpanBalikSkp,
} from '../../contracts/realisasi.ts';
import {
  addTautanDukung, deleteBuktiDukung, openBuktiDukung, uploadBuktiDukung,
} from '../../services/evaluasi/bukti-dukung.service.ts';
import { getRealisasi, simpanRealisasi } from '../../services/evaluasi/realisasi.service.ts';
import { getUmpanBalik, tulisUmpanBalik } from '../../services/evaluasi/umpan-balik.service.ts';
import { actorOf, type AppContext } from '../context.ts';

const tags = ['Realisasi'];
const tagsUmpanBalik = ['Umpan balik'];

const sel = (p: { id: string; ikiId: string; periodeKe: number }) => ({ skpId: p.id, ikiId: p.ikiId, periodeKe: p.periodeKe });

export const realisasiRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db, files } = ctx;
  app.addContentTypeParser(['application/octet-stream', 'image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    { parseAs: 'buffer', bodyLimit: MAX_BUKTI_BYTES + 1024 }, (_req, body, done) => done(null, body));

  app.get('/skp/:id/realisasi', {
    schema: {
      tags, params: IdParams, response: { 200: RealisasiSkp },
      summary: 'Realisasi per IKI per periode (menurut frekuensi, dalam masa berlaku SKP): target, capaian sebagai bahan penilaian, bukti dukung, kumulatif; nilaiAktivitas = jumlah aktivitas diterima pada RHK-nya bila satuannya sama dengan satuan IKI',
      description: 'nilaiAktivitas: IKI dihitung dari aktivitas bila satuannya sama (tanpa beda huruf besar/kecil dan spasi di tepi) dengan satuan semua aktivitas diterima ber-jumlah pada RHK-nya di periode itu; nilainya jumlah `jumlah` rekap aktivitas bulan-bulan di dalam periode. Realisasi kosong ditandai (kosong: true), tidak dihitung nol. Kumulatif: satuan hitungan dijumlahkan; satuan %, satuan waktu (hari, jam, …) dan aspek kualitas/waktu memakai nilai periode terakhir.',
    },
  }, async (req) => getRealisasi(db, actorOf(req), req.params.id));
  app.put('/skp/:id/realisasi/:ikiId/:periodeKe', {
    schema: {
      tags, params: RealisasiParams, body: RealisasiInput, response: { 200: RealisasiSel },
      summary: 'Isi realisasi satu IKI pada satu periode (pemilik SKP; version wajib bila sudah ada; alasan wajib bila berbeda dari rekap aktivitas)',
    },
  }, async (req) => simpanRealisasi(db, actorOf(req), req.params.id, req.params.ikiId, req.params.periodeKe, req.body));
  app.put('/skp/:id/realisasi/:ikiId/:periodeKe/bukti/:buktiId', {
    bodyLimit: MAX_BUKTI_BYTES + 1024,
    schema: {
      tags, params: RealisasiBuktiParams, querystring: BuktiQuery, response: { 201: BuktiDukung },
      summary: 'Unggah berkas bukti dukung (isi mentah; foto JPG/PNG/WebP atau PDF, maks. 5 MB); idempoten menurut buktiId',
    },
  }, async (req, reply) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    return reply.status(201).send(await uploadBuktiDukung(db, files, actorOf(req), sel(req.params), req.params.buktiId, req.query.nama, body));
  });
  app.post('/skp/:id/realisasi/:ikiId/:periodeKe/tautan/:buktiId', {
    schema: { tags, summary: 'Tambah tautan (http/https) sebagai bukti dukung', params: RealisasiBuktiParams, body: TautanRequest, response: { 201: BuktiDukung } },
  }, async (req, reply) => reply.status(201).send(await addTautanDukung(db, actorOf(req), sel(req.params), req.params.buktiId, req.body.nama, req.body.url)));
  app.get('/skp/:id/realisasi/:ikiId/:periodeKe/bukti/:buktiId', {
    schema: { tags, summary: 'Unduh berkas bukti dukung (hanya bagi yang berhak membaca SKP-nya)', params: RealisasiBuktiParams },
  }, async (req, reply) => {
    const { meta, stream } = await openBuktiDukung(db, files, actorOf(req), sel(req.params), req.params.buktiId);
    return reply
      .header('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(meta.nama)}`)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
      .header('Cache-Control', 'private, max-age=3600')
      .type(meta.mime ?? 'application/octet-stream')
      .send(stream);
  });
  app.delete('/skp/:id/realisasi/:ikiId/:periodeKe/bukti/:buktiId', {
    schema: { tags, summary: 'Hapus bukti dukung (berkas atau tautan; pemilik SKP)', params: RealisasiBuktiParams, response: { 200: Ok } },
  }, async (req) => deleteBuktiDukung(db, files, actorOf(req), sel(req.params), req.params.buktiId));

  app.get('/skp/:id/umpan-balik', {
    schema: { tags: tagsUmpanBalik, summary: 'Utas umpan balik berkelanjutan per RHK dan per nilai BerAKHLAK, terlama dahulu', params: IdParams, response: { 200: UmpanBalikSkp } },
  }, async (req) => getUmpanBalik(db, actorOf(req), req.params.id));
  app.post('/skp/:id/umpan-balik', {
    schema: {
      tags: tagsUmpanBalik, params: IdParams, body: UmpanBalikInput, response: { 201: PesanUmpanBalik },
      summary: 'Tulis umpan balik (pejabat penilai memulai atau melanjutkan utas kapan saja sepanjang tahun; pegawai hanya membalas)',
    },
  }, async (req, reply) => reply.status(201).send(await tulisUmpanBalik(db, actorOf(req), req.params.id, req.body)));
};
