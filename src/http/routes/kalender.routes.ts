import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, Ok } from '../../contracts/common.ts';
import {
  BulanQuery, Cuti, CutiInput, CutiPage, CutiQuery, HariLibur, HariLiburInstansiInput, HariLiburNasionalInput, KalenderPegawai,
  TahunQuery, TanggalParams,
} from '../../contracts/kalender.ts';
import {
  addCuti, addHariLiburInstansi, addHariLiburNasional, deleteCuti, deleteHariLiburInstansi, deleteHariLiburNasional,
  kalenderPegawai, listCuti, listHariLibur, updateHariLiburNasional,
} from '../../services/kalender.service.ts';
import { actorOf, type AppContext } from '../context.ts';

const tags = ['Kalender'];

export const kalenderRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  app.get('/kalender/pegawai/:id', {
    schema: { tags, summary: 'Kalender kerja satu pegawai sebulan: jenis hari, cuti, aktivitas, status', params: IdParams, querystring: BulanQuery, response: { 200: KalenderPegawai } },
  }, async (req) => kalenderPegawai(db, actorOf(req), req.params.id, req.query.bulan));

  app.get('/hari-libur', { schema: { tags, summary: 'Hari libur nasional, cuti bersama, dan libur instansi setahun', querystring: TahunQuery, response: { 200: z.array(HariLibur) } } },
    async (req) => listHariLibur(db, actorOf(req), req.query.tahun));
  app.post('/hari-libur/instansi', { schema: { tags, summary: 'Tambah hari libur instansi (admin)', body: HariLiburInstansiInput, response: { 201: HariLibur } } },
    async (req, reply) => reply.status(201).send(await addHariLiburInstansi(db, actorOf(req), req.body)));
  app.delete('/hari-libur/instansi/:tanggal', { schema: { tags, summary: 'Hapus hari libur instansi (admin)', params: TanggalParams, response: { 200: Ok } } },
    async (req) => { await deleteHariLiburInstansi(db, actorOf(req), req.params.tanggal); return { ok: true as const }; });
  app.post('/hari-libur/nasional', { schema: { tags, summary: 'Tambah hari libur nasional atau cuti bersama (superadmin)', body: HariLiburNasionalInput, response: { 201: HariLibur } } },
    async (req, reply) => reply.status(201).send(await addHariLiburNasional(db, actorOf(req), req.body)));
  app.put('/hari-libur/nasional/:tanggal', { schema: { tags, summary: 'Ubah atau pindahkan hari libur nasional (superadmin)', params: TanggalParams, body: HariLiburNasionalInput, response: { 200: HariLibur } } },
    async (req) => updateHariLiburNasional(db, actorOf(req), req.params.tanggal, req.body));
  app.delete('/hari-libur/nasional/:tanggal', { schema: { tags, summary: 'Hapus hari libur nasional (superadmin)', params: TanggalParams, response: { 200: Ok } } },
    async (req) => { await deleteHariLiburNasional(db, actorOf(req), req.params.tanggal); return { ok: true as const }; });

  app.get('/cuti', { schema: { tags, summary: 'Cuti dan dinas luar, terbaru dulu, per halaman (admin: seluruh instansi; pegawai: miliknya)', querystring: CutiQuery, response: { 200: CutiPage } } },
    async (req) => listCuti(db, actorOf(req), req.query));
  app.post('/cuti', { schema: { tags, summary: 'Catat cuti pegawai (admin)', body: CutiInput, response: { 201: Cuti } } },
    async (req, reply) => reply.status(201).send(await addCuti(db, actorOf(req), req.body)));
  app.delete('/cuti/:id', { schema: { tags, summary: 'Hapus cuti (admin)', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deleteCuti(db, actorOf(req), req.params.id); return { ok: true as const }; });
};
