import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, Ok } from '../../contracts/common.ts';
import {
  Aktivitas, AktivitasInput, AktivitasQuery, AktivitasUpdate, Antrian, AntrianQuery, Bukti, BuktiParams, BuktiQuery, MAX_BUKTI_BYTES,
  PilihanRhk, PilihanRhkQuery, Rekap, RekapQuery, SinkronRequest, SinkronResult, TautanRequest, VerifikasiRequest, VerifikasiResult,
} from '../../contracts/aktivitas.ts';
import {
  createAktivitas, deleteAktivitas, getAktivitas, listAktivitas, pilihanRhk, updateAktivitas,
} from '../../services/aktivitas/aktivitas.service.ts';
import { addTautan, deleteBukti, openBukti, uploadBukti } from '../../services/aktivitas/bukti.service.ts';
import { rekapAktivitas } from '../../services/aktivitas/rekap.service.ts';
import { sinkronAktivitas } from '../../services/aktivitas/sinkron.service.ts';
import { antrianVerifikasi, verifikasiAktivitas } from '../../services/aktivitas/verifikasi.service.ts';
import { actorOf, type AppContext } from '../context.ts';

const tags = ['Aktivitas'];

export const aktivitasRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db, files } = ctx;
  // Activities and their evidence never change who anyone is: the session cache survives these writes.
  app.addHook('onRoute', (r) => { r.config = { ...r.config, actorNeutral: true }; });
  app.addContentTypeParser(['application/octet-stream', 'image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    { parseAs: 'buffer', bodyLimit: MAX_BUKTI_BYTES + 1024 }, (_req, body, done) => done(null, body));

  app.get('/aktivitas', { schema: { tags, summary: 'Aktivitas harian seorang pegawai dalam rentang tanggal', querystring: AktivitasQuery, response: { 200: z.array(Aktivitas) } } },
    async (req) => listAktivitas(db, actorOf(req), req.query));
  app.post('/aktivitas', { schema: { tags, summary: 'Catat aktivitas (id buatan klien opsional; kirim ulang tidak menggandakan)', body: AktivitasInput, response: { 201: Aktivitas } } },
    async (req, reply) => reply.status(201).send(await createAktivitas(db, actorOf(req), req.body)));
  app.get('/aktivitas/pilihan-rhk', { schema: { tags, summary: 'RHK dari SKP yang disetujui untuk tanggal itu, yang terakhir dipakai lebih dulu', querystring: PilihanRhkQuery, response: { 200: PilihanRhk } } },
    async (req) => pilihanRhk(db, actorOf(req), req.query.tanggal));
  app.get('/aktivitas/antrian', { schema: { tags, summary: 'Antrean verifikasi atasan per bawahan dan hari', querystring: AntrianQuery, response: { 200: Antrian } } },
    async (req) => antrianVerifikasi(db, actorOf(req), req.query));
  app.get('/aktivitas/rekap', { schema: { tags, summary: 'Rekap aktivitas diterima per RHK per bulan (bahan realisasi)', querystring: RekapQuery, response: { 200: Rekap } } },
    async (req) => rekapAktivitas(db, actorOf(req), req.query.pegawaiId, req.query.tahun));
  app.post('/aktivitas/verifikasi', { schema: { tags, summary: 'Terima atau tolak banyak aktivitas sekaligus (atasan langsung)', body: VerifikasiRequest, response: { 200: VerifikasiResult } } },
    async (req) => verifikasiAktivitas(db, actorOf(req), req.body));
  app.post('/aktivitas/sinkron', { schema: { tags, summary: 'Sinkron aktivitas luring: idempoten menurut id buatan klien', body: SinkronRequest, response: { 200: SinkronResult } } },
    async (req) => sinkronAktivitas(db, files, actorOf(req), req.body.items));
  app.get('/aktivitas/:id', { schema: { tags, summary: 'Satu aktivitas', params: IdParams, response: { 200: Aktivitas } } },
    async (req) => getAktivitas(db, actorOf(req), req.params.id));
  app.put('/aktivitas/:id', { schema: { tags, summary: 'Ubah aktivitas (version wajib); kembali menunggu verifikasi', params: IdParams, body: AktivitasUpdate, response: { 200: Aktivitas } } },
    async (req) => updateAktivitas(db, actorOf(req), req.params.id, req.body));
  app.delete('/aktivitas/:id', { schema: { tags, summary: 'Hapus aktivitas', params: IdParams, response: { 200: Ok } } },
    async (req) => deleteAktivitas(db, files, actorOf(req), req.params.id));
  app.put('/aktivitas/:id/bukti/:buktiId', {
    bodyLimit: MAX_BUKTI_BYTES + 1024,
    schema: { tags, summary: 'Unggah berkas bukti (isi mentah; foto JPG/PNG/WebP atau PDF, maks. 5 MB); idempoten menurut buktiId', params: BuktiParams, querystring: BuktiQuery, response: { 201: Bukti } },
  }, async (req, reply) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    return reply.status(201).send(await uploadBukti(db, files, actorOf(req), req.params.id, req.params.buktiId, req.query.nama, body));
  });
  app.post('/aktivitas/:id/tautan/:buktiId', { schema: { tags, summary: 'Tambah tautan sebagai bukti', params: BuktiParams, body: TautanRequest, response: { 201: Bukti } } },
    async (req, reply) => reply.status(201).send(await addTautan(db, actorOf(req), req.params.id, req.params.buktiId, req.body.nama, req.body.url)));
  app.get('/aktivitas/:id/bukti/:buktiId', { schema: { tags, summary: 'Unduh berkas bukti (hanya bagi yang berhak melihat aktivitasnya)', params: BuktiParams } },
    async (req, reply) => {
      const { meta, stream } = await openBukti(db, files, actorOf(req), req.params.id, req.params.buktiId);
      return reply
        .header('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(meta.nama)}`)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
        .header('Cache-Control', 'private, max-age=3600')
        .type(meta.mime ?? 'application/octet-stream')
        .send(stream);
    });
  app.delete('/aktivitas/:id/bukti/:buktiId', { schema: { tags, summary: 'Hapus bukti', params: BuktiParams, response: { 200: Ok } } },
    async (req) => deleteBukti(db, files, actorOf(req), req.params.id, req.params.buktiId));
};
