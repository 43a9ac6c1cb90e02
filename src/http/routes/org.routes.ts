import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, Ok } from '../../contracts/common.ts';
import {
  AkunPegawaiResponse, AtasanOverrideRequest, Jabatan, JabatanInput, JabatanQuery, JabatanUpdate, Pegawai, PegawaiInput,
  PegawaiPage, PegawaiQuery, PegawaiUpdate, Penugasan, PenugasanInput, UnitKerja, UnitKerjaInput, UnitKerjaUpdate,
} from '../../contracts/org.ts';
import { issuePegawaiAccount } from '../../services/akun.service.ts';
import { createJabatan, deleteJabatan, listJabatan, updateJabatan } from '../../services/jabatan.service.ts';
import {
  createPegawai, deletePegawai, getPegawai, listBawahan, listPegawai, setAtasanOverride, updatePegawai,
} from '../../services/pegawai.service.ts';
import { createPenugasan, deletePenugasan, listPenugasan } from '../../services/penugasan.service.ts';
import { createUnitKerja, deleteUnitKerja, listUnitKerja, updateUnitKerja } from '../../services/unit-kerja.service.ts';
import { actorOf, type AppContext } from '../context.ts';

export const orgRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  let tags = ['Unit kerja'];
  app.get('/unit-kerja', { schema: { tags, summary: 'Pohon unit kerja (daftar datar dengan parentId)', response: { 200: z.array(UnitKerja) } } },
    async (req) => listUnitKerja(db, actorOf(req)));
  app.post('/unit-kerja', { schema: { tags, summary: 'Tambah unit kerja (admin)', body: UnitKerjaInput, response: { 201: UnitKerja } } },
    async (req, reply) => reply.status(201).send(await createUnitKerja(db, actorOf(req), req.body)));
  app.put('/unit-kerja/:id', { schema: { tags, summary: 'Ubah unit kerja (admin; version wajib)', params: IdParams, body: UnitKerjaUpdate, response: { 200: UnitKerja } } },
    async (req) => updateUnitKerja(db, actorOf(req), req.params.id, req.body));
  app.delete('/unit-kerja/:id', { schema: { tags, summary: 'Hapus unit kerja kosong (admin)', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deleteUnitKerja(db, actorOf(req), req.params.id); return { ok: true as const }; });

  tags = ['Jabatan'];
  app.get('/jabatan', { schema: { tags, summary: 'Daftar jabatan', querystring: JabatanQuery, response: { 200: z.array(Jabatan) } } },
    async (req) => listJabatan(db, actorOf(req), req.query.unitKerjaId));
  app.post('/jabatan', { schema: { tags, summary: 'Tambah jabatan (admin)', body: JabatanInput, response: { 201: Jabatan } } },
    async (req, reply) => reply.status(201).send(await createJabatan(db, actorOf(req), req.body)));
  app.put('/jabatan/:id', { schema: { tags, summary: 'Ubah jabatan (admin)', params: IdParams, body: JabatanUpdate, response: { 200: Jabatan } } },
    async (req) => updateJabatan(db, actorOf(req), req.params.id, req.body));
  app.delete('/jabatan/:id', { schema: { tags, summary: 'Hapus jabatan (admin)', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deleteJabatan(db, actorOf(req), req.params.id); return { ok: true as const }; });

  tags = ['Pegawai'];
  app.get('/pegawai', { schema: { tags, summary: 'Cari pegawai yang boleh dilihat pemanggil', querystring: PegawaiQuery, response: { 200: PegawaiPage } } },
    async (req) => listPegawai(db, actorOf(req), req.query));
  app.get('/pegawai/:id', { schema: { tags, summary: 'Satu pegawai (404 bila di luar jangkauan pemanggil)', params: IdParams, response: { 200: Pegawai } } },
    async (req) => getPegawai(db, actorOf(req), req.params.id));
  app.get('/pegawai/:id/bawahan', { schema: { tags, summary: 'Bawahan langsung', params: IdParams, response: { 200: z.array(Pegawai) } } },
    async (req) => listBawahan(db, actorOf(req), req.params.id));
  app.post('/pegawai', { schema: { tags, summary: 'Tambah pegawai (admin)', body: PegawaiInput, response: { 201: Pegawai } } },
    async (req, reply) => reply.status(201).send(await createPegawai(db, actorOf(req), req.body)));
  app.put('/pegawai/:id', { schema: { tags, summary: 'Ubah pegawai (admin; version wajib)', params: IdParams, body: PegawaiUpdate, response: { 200: Pegawai } } },
    async (req) => updatePegawai(db, actorOf(req), req.params.id, req.body));
  app.delete('/pegawai/:id', { schema: { tags, summary: 'Hapus pegawai (admin)', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deletePegawai(db, actorOf(req), req.params.id); return { ok: true as const }; });
  app.put('/pegawai/:id/atasan', { schema: { tags, summary: 'Atur atasan secara manual (admin); null kembali ke struktur', params: IdParams, body: AtasanOverrideRequest, response: { 200: Pegawai } } },
    async (req) => setAtasanOverride(db, actorOf(req), req.params.id, req.body.atasanId, req.body.version));
  app.post('/pegawai/:id/akun', { schema: { tags, summary: 'Buat atau atur ulang akun pegawai; kata sandi sementara ditampilkan sekali', params: IdParams, response: { 200: AkunPegawaiResponse } } },
    async (req) => issuePegawaiAccount(db, actorOf(req), req.params.id));

  tags = ['Plt/Plh'];
  app.get('/penugasan', { schema: { tags, summary: 'Penugasan Plt/Plh (admin)', response: { 200: z.array(Penugasan) } } },
    async (req) => listPenugasan(db, actorOf(req)));
  app.post('/penugasan', { schema: { tags, summary: 'Tambah Plt/Plh (admin)', body: PenugasanInput, response: { 201: Penugasan } } },
    async (req, reply) => reply.status(201).send(await createPenugasan(db, actorOf(req), req.body)));
  app.delete('/penugasan/:id', { schema: { tags, summary: 'Hapus Plt/Plh (admin)', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deletePenugasan(db, actorOf(req), req.params.id); return { ok: true as const }; });
};
