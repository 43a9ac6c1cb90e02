// Every API route, asked by the wrong caller. A new route fails this test until it is placed here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/password.ts';
import { akun } from '../../src/db/schema.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { Client, loginAs } from '../support/client.ts';
import { approvedSkp } from '../support/skp.ts';
import { testTargets } from '../support/targets.ts';
import { todayWib } from '../../src/lib/clock.ts';

type Ids = { other: string; unit: string; jabatan: string; token: string; job: string; penugasan: string; periode: string; skp: string; rhk: string; template: string; aktivitas: string };
/** Expected status for a plain pegawai, for a superadmin, and the body to send. */
const RULES: Record<string, { pegawai: number; superadmin: number; url?: (i: Ids) => string; body?: (i: Ids) => unknown }> = {
  'GET /api/v1/auth/session': { pegawai: 200, superadmin: 200 },
  'POST /api/v1/auth/login': { pegawai: 401, superadmin: 401, body: () => ({ username: 'x', password: 'y' }) },
  'POST /api/v1/auth/logout': { pegawai: 200, superadmin: 200 },
  'POST /api/v1/auth/password': { pegawai: 400, superadmin: 400, body: () => ({ passwordLama: 'salah-sekali-1', passwordBaru: 'Baru-sekali-2026' }) },
  'GET /api/v1/me': { pegawai: 200, superadmin: 200 },
  'PUT /api/v1/me/locale': { pegawai: 200, superadmin: 200, body: () => ({ locale: 'id' }) },
  'GET /api/v1/unit-kerja': { pegawai: 200, superadmin: 403 },
  'POST /api/v1/unit-kerja': { pegawai: 403, superadmin: 403, body: (i) => ({ parentId: i.unit, kode: 'AUTHZ', nama: 'Unit' }) },
  'PUT /api/v1/unit-kerja/:id': { pegawai: 403, superadmin: 403, url: (i) => i.unit, body: () => ({ parentId: null, kode: 'AUTHZ', nama: 'Unit', version: 1 }) },
  'DELETE /api/v1/unit-kerja/:id': { pegawai: 403, superadmin: 403, url: (i) => i.unit },
  'GET /api/v1/jabatan': { pegawai: 200, superadmin: 403 },
  'POST /api/v1/jabatan': { pegawai: 403, superadmin: 403, body: (i) => ({ unitKerjaId: i.unit, kode: 'AUTHZ', nama: 'J', jenis: 'PELAKSANA', kelasJabatan: 5 }) },
  'PUT /api/v1/jabatan/:id': { pegawai: 403, superadmin: 403, url: (i) => i.jabatan, body: (i) => ({ unitKerjaId: i.unit, kode: 'AUTHZ', nama: 'J', jenis: 'PELAKSANA', kelasJabatan: 5, version: 1 }) },
  'DELETE /api/v1/jabatan/:id': { pegawai: 403, superadmin: 403, url: (i) => i.jabatan },
  'GET /api/v1/pegawai': { pegawai: 200, superadmin: 403 },
  'GET /api/v1/pegawai/:id': { pegawai: 404, superadmin: 403, url: (i) => i.other },
  'GET /api/v1/pegawai/:id/bawahan': { pegawai: 404, superadmin: 403, url: (i) => i.other },
  'POST /api/v1/pegawai': { pegawai: 403, superadmin: 403, body: (i) => ({ nip: '199001012015011001', nama: 'X', jabatanId: i.jabatan, unitKerjaId: i.unit }) },
  'PUT /api/v1/pegawai/:id': { pegawai: 403, superadmin: 403, url: (i) => i.other, body: (i) => ({ nip: '199001012015011001', nama: 'X', jabatanId: i.jabatan, unitKerjaId: i.unit, version: 1 }) },
  'DELETE /api/v1/pegawai/:id': { pegawai: 403, superadmin: 403, url: (i) => i.other },
  'PUT /api/v1/pegawai/:id/atasan': { pegawai: 403, superadmin: 403, url: (i) => i.other, body: () => ({ atasanId: null, version: 1 }) },
  'POST /api/v1/pegawai/:id/akun': { pegawai: 403, superadmin: 403, url: (i) => i.other },
  'GET /api/v1/penugasan': { pegawai: 403, superadmin: 403 },
  'POST /api/v1/penugasan': { pegawai: 403, superadmin: 403, body: (i) => ({ pegawaiId: i.other, jabatanId: i.jabatan, jenis: 'PLT', mulai: '2026-01-01', selesai: null }) },
  'DELETE /api/v1/penugasan/:id': { pegawai: 403, superadmin: 403, url: (i) => i.penugasan },
  'GET /api/v1/token-api': { pegawai: 403, superadmin: 403 },
  'POST /api/v1/token-api': { pegawai: 403, superadmin: 403, body: () => ({ nama: 'curian' }) },
  'DELETE /api/v1/token-api/:id': { pegawai: 403, superadmin: 403, url: (i) => i.token },
  'GET /api/v1/instansi': { pegawai: 403, superadmin: 200 },
  'POST /api/v1/instansi': { pegawai: 403, superadmin: 201, body: () => { const k = `AUTHZ-${Date.now().toString(36).toUpperCase()}${process.pid}`; return { kode: k, nama: 'Kota Uji', jenis: 'KOTA', adminUsername: k.toLowerCase() }; } },
  'GET /api/v1/periode': { pegawai: 200, superadmin: 403 },
  'GET /api/v1/periode/:id': { pegawai: 200, superadmin: 403, url: (i) => i.periode },
  'POST /api/v1/periode': { pegawai: 403, superadmin: 403, body: () => ({ tahun: 2030, mulai: '2030-01-01', selesai: '2030-12-31' }) },
  'PUT /api/v1/periode/:id': { pegawai: 403, superadmin: 403, url: (i) => i.periode, body: () => ({ tahun: 2030, mulai: '2030-01-01', selesai: '2030-12-31', version: 1 }) },
  'POST /api/v1/periode/:id/kunci': { pegawai: 403, superadmin: 403, url: (i) => i.periode, body: () => ({ version: 1 }) },
  'POST /api/v1/periode/:id/buka': { pegawai: 403, superadmin: 403, url: (i) => i.periode, body: () => ({ version: 1 }) },
  'GET /api/v1/notifikasi': { pegawai: 200, superadmin: 403 },
  'POST /api/v1/notifikasi/baca-semua': { pegawai: 200, superadmin: 403 },
  'POST /api/v1/notifikasi/:id/baca': { pegawai: 404, superadmin: 403, url: (i) => i.other },
  'GET /api/v1/kalender/pegawai/:id': { pegawai: 404, superadmin: 403, url: (i) => `${i.other}?bulan=2026-03` },
  'GET /api/v1/hari-libur': { pegawai: 200, superadmin: 200, url: () => '?tahun=2026' },
  'POST /api/v1/hari-libur/instansi': { pegawai: 403, superadmin: 403, body: () => ({ tanggal: '2026-08-18', nama: 'Libur curian' }) },
  'DELETE /api/v1/hari-libur/instansi/:tanggal': { pegawai: 403, superadmin: 403, url: () => '2026-08-18' },
  // The superadmin adds, edits and removes the same far-future day, so a shared database is left as found.
  'POST /api/v1/hari-libur/nasional': { pegawai: 403, superadmin: 201, body: () => ({ tanggal: '2099-01-02', nama: 'Libur uji otorisasi', jenis: 'LIBUR_NASIONAL' }) },
  'PUT /api/v1/hari-libur/nasional/:tanggal': { pegawai: 403, superadmin: 200, url: () => '2099-01-02', body: () => ({ tanggal: '2099-01-02', nama: 'Libur uji otorisasi', jenis: 'CUTI_BERSAMA' }) },
  'DELETE /api/v1/hari-libur/nasional/:tanggal': { pegawai: 403, superadmin: 200, url: () => '2099-01-02' },
  'GET /api/v1/cuti': { pegawai: 200, superadmin: 403, url: () => '?tahun=2026' },
  'POST /api/v1/cuti': { pegawai: 403, superadmin: 403, body: (i) => ({ pegawaiId: i.other, jenis: 'CUTI_TAHUNAN', mulai: '2026-03-02', selesai: '2026-03-03' }) },
  'DELETE /api/v1/cuti/:id': { pegawai: 403, superadmin: 403, url: (i) => i.other },
  'GET /api/v1/skp': { pegawai: 200, superadmin: 403, url: (i) => `?periodeId=${i.periode}` },
  'POST /api/v1/skp': { pegawai: 201, superadmin: 403, body: (i) => ({ periodeId: i.periode }) },
  'GET /api/v1/skp/matriks': { pegawai: 200, superadmin: 403, url: (i) => `?periodeId=${i.periode}` },
  'POST /api/v1/skp/turunkan': { pegawai: 404, superadmin: 403, body: (i) => ({ rhkId: i.rhk, pegawaiIds: [i.other] }) },
  'GET /api/v1/skp/progres': { pegawai: 403, superadmin: 403, url: (i) => `?periodeId=${i.periode}` },
  'GET /api/v1/skp/:id': { pegawai: 404, superadmin: 403, url: (i) => i.skp },
  'GET /api/v1/skp/:id/pdf': { pegawai: 404, superadmin: 403, url: (i) => i.skp },
  'PUT /api/v1/skp/:id': { pegawai: 404, superadmin: 403, url: (i) => i.skp, body: () => ({ rhk: [], version: 1 }) },
  'PUT /api/v1/skp/:id/ekspektasi': { pegawai: 404, superadmin: 403, url: (i) => i.skp, body: () => ({ ekspektasi: { AKUNTABEL: 'x' }, version: 1 }) },
  'POST /api/v1/skp/:id/ajukan': { pegawai: 404, superadmin: 403, url: (i) => i.skp, body: () => ({ version: 1 }) },
  'POST /api/v1/skp/:id/setujui': { pegawai: 404, superadmin: 403, url: (i) => i.skp, body: () => ({ version: 1 }) },
  'POST /api/v1/skp/:id/kembalikan': { pegawai: 404, superadmin: 403, url: (i) => i.skp, body: () => ({ version: 1, catatan: 'Perbaiki' }) },
  'POST /api/v1/skp/:id/revisi': { pegawai: 404, superadmin: 403, url: (i) => i.skp, body: () => ({ version: 1, jenis: 'MUTASI', alasan: 'Pindah unit', berlakuMulai: '2026-07-01' }) },
  'PUT /api/v1/skp/:id/penilai': { pegawai: 403, superadmin: 403, url: (i) => i.skp, body: (i) => ({ version: 1, penilaiId: i.other, alasan: 'Data organisasi keliru' }) },
  'POST /api/v1/skp/:id/template': { pegawai: 404, superadmin: 403, url: (i) => i.skp, body: () => ({ nama: 'Curian' }) },
  'POST /api/v1/skp/:id/terapkan-template': { pegawai: 404, superadmin: 403, url: (i) => i.skp, body: (i) => ({ version: 1, templateId: i.template }) },
  'GET /api/v1/skp/:id/riwayat': { pegawai: 404, superadmin: 403, url: (i) => i.skp },
  'GET /api/v1/skp-template': { pegawai: 200, superadmin: 403 },
  'POST /api/v1/skp-template': { pegawai: 403, superadmin: 403, body: (i) => ({ jabatanId: i.jabatan, nama: 'Template curian', rhk: [{ uraian: 'x' }] }) },
  'PUT /api/v1/skp-template/:id': { pegawai: 403, superadmin: 403, url: (i) => i.template, body: (i) => ({ jabatanId: i.jabatan, nama: 'Template curian', rhk: [{ uraian: 'x' }], version: 1 }) },
  'DELETE /api/v1/skp-template/:id': { pegawai: 403, superadmin: 403, url: (i) => i.template },
  'GET /api/v1/aktivitas': { pegawai: 200, superadmin: 403, url: () => '?dari=2026-01-01&sampai=2026-12-31' },
  'POST /api/v1/aktivitas': { pegawai: 400, superadmin: 403, body: (i) => ({ tanggal: '2026-01-05', rhkId: i.rhk, uraian: 'Bukan RHK saya', menit: 30 }) },
  'GET /api/v1/aktivitas/pilihan-rhk': { pegawai: 200, superadmin: 403, url: () => '?tanggal=2026-01-05' },
  'GET /api/v1/aktivitas/antrian': { pegawai: 200, superadmin: 403 },
  'GET /api/v1/aktivitas/rekap': { pegawai: 404, superadmin: 403, url: (i) => `?tahun=2026&pegawaiId=${i.other}` },
  'POST /api/v1/aktivitas/verifikasi': { pegawai: 200, superadmin: 403, body: (i) => ({ ids: [i.aktivitas], status: 'diterima' }) },
  'POST /api/v1/aktivitas/sinkron': { pegawai: 200, superadmin: 403, body: (i) => ({ items: [{ id: i.aktivitas, hapus: true }] }) },
  'GET /api/v1/aktivitas/:id': { pegawai: 404, superadmin: 403, url: (i) => i.aktivitas },
  'PUT /api/v1/aktivitas/:id': { pegawai: 404, superadmin: 403, url: (i) => i.aktivitas, body: (i) => ({ tanggal: '2026-01-05', rhkId: i.rhk, uraian: 'Diubah orang lain', menit: 30, version: 1 }) },
  'DELETE /api/v1/aktivitas/:id': { pegawai: 404, superadmin: 403, url: (i) => i.aktivitas },
  'PUT /api/v1/aktivitas/:id/bukti/:buktiId': { pegawai: 404, superadmin: 403, url: (i) => `${i.aktivitas}|${i.aktivitas}?nama=a.png`, body: () => Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64') },
  'POST /api/v1/aktivitas/:id/tautan/:buktiId': { pegawai: 404, superadmin: 403, url: (i) => `${i.aktivitas}|${i.aktivitas}`, body: () => ({ nama: 'x', url: 'https://contoh.go.id' }) },
  'GET /api/v1/aktivitas/:id/bukti/:buktiId': { pegawai: 404, superadmin: 403, url: (i) => `${i.aktivitas}|${i.aktivitas}` },
  'DELETE /api/v1/aktivitas/:id/bukti/:buktiId': { pegawai: 404, superadmin: 403, url: (i) => `${i.aktivitas}|${i.aktivitas}` },
  // Realisasi and umpan balik of the kepala dinas's SKP, which the staff cannot see.
  'GET /api/v1/skp/:id/realisasi': { pegawai: 404, superadmin: 403, url: (i) => i.skp },
  'PUT /api/v1/skp/:id/realisasi/:ikiId/:periodeKe': { pegawai: 404, superadmin: 403, url: (i) => `${i.skp}|${i.rhk}|1`, body: () => ({ nilai: 1, version: 0 }) },
  'PUT /api/v1/skp/:id/realisasi/:ikiId/:periodeKe/bukti/:buktiId': { pegawai: 404, superadmin: 403, url: (i) => `${i.skp}|${i.rhk}|1|${i.aktivitas}?nama=a.png`, body: () => Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64') },
  'POST /api/v1/skp/:id/realisasi/:ikiId/:periodeKe/tautan/:buktiId': { pegawai: 404, superadmin: 403, url: (i) => `${i.skp}|${i.rhk}|1|${i.aktivitas}`, body: () => ({ nama: 'x', url: 'https://contoh.go.id' }) },
  'GET /api/v1/skp/:id/realisasi/:ikiId/:periodeKe/bukti/:buktiId': { pegawai: 404, superadmin: 403, url: (i) => `${i.skp}|${i.rhk}|1|${i.aktivitas}` },
  'DELETE /api/v1/skp/:id/realisasi/:ikiId/:periodeKe/bukti/:buktiId': { pegawai: 404, superadmin: 403, url: (i) => `${i.skp}|${i.rhk}|1|${i.aktivitas}` },
  'GET /api/v1/skp/:id/umpan-balik': { pegawai: 404, superadmin: 403, url: (i) => i.skp },
  'POST /api/v1/skp/:id/umpan-balik': { pegawai: 404, superadmin: 403, url: (i) => i.skp, body: (i) => ({ rhkId: i.rhk, isi: 'Umpan balik curian' }) },
  // Evaluasi of the kepala dinas's SKP, which the staff cannot see; the settings are the admin's.
  'GET /api/v1/skp/:id/evaluasi': { pegawai: 404, superadmin: 403, url: (i) => i.skp },
  'POST /api/v1/skp/:id/evaluasi/:jenis/:periodeKe/realisasi-selesai': { pegawai: 404, superadmin: 403, url: (i) => `${i.skp}|periodik|1`, body: () => ({ version: 1 }) },
  'PUT /api/v1/skp/:id/evaluasi/:jenis/:periodeKe/nilai': { pegawai: 404, superadmin: 403, url: (i) => `${i.skp}|periodik|1`, body: () => ({ version: 1, ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI' }) },
  'POST /api/v1/skp/:id/evaluasi/:jenis/:periodeKe/tetapkan': { pegawai: 404, superadmin: 403, url: (i) => `${i.skp}|periodik|1`, body: () => ({ version: 1 }) },
  'POST /api/v1/skp/:id/evaluasi/:jenis/:periodeKe/final': { pegawai: 404, superadmin: 403, url: (i) => `${i.skp}|tahunan|0`, body: () => ({ version: 1 }) },
  'GET /api/v1/skp/:id/evaluasi/:jenis/:periodeKe/penjelasan': { pegawai: 404, superadmin: 403, url: (i) => `${i.skp}|periodik|1` },
  'GET /api/v1/skp/:id/evaluasi/:jenis/:periodeKe/dokumen.pdf': { pegawai: 404, superadmin: 403, url: (i) => `${i.skp}|periodik|1` },
  'POST /api/v1/skp/:id/evaluasi/:jenis/:periodeKe/keberatan': { pegawai: 404, superadmin: 403, url: (i) => `${i.skp}|tahunan|0`, body: () => ({ alasan: 'Rating perilaku tidak sesuai dengan catatan umpan balik sepanjang tahun' }) },
  'GET /api/v1/keberatan': { pegawai: 200, superadmin: 403 },
  'GET /api/v1/keberatan/:id': { pegawai: 404, superadmin: 403, url: (i) => i.other },
  'POST /api/v1/keberatan/:id/putusan': { pegawai: 404, superadmin: 403, url: (i) => i.other, body: () => ({ version: 1, keputusan: 'DITOLAK', catatan: 'Penilaian sudah sesuai bukti' }) },
  // The check behind the QR code of a printed document needs no session: an unknown code is 404 for everyone.
  'GET /api/v1/verifikasi-dokumen/:kode': { pegawai: 404, superadmin: 404, url: () => 'AAAAAAAAAAAAAAAAAAAAAAAAAA' },
  'GET /api/v1/pengaturan-penilaian': { pegawai: 403, superadmin: 403 },
  'PUT /api/v1/pengaturan-penilaian': { pegawai: 403, superadmin: 403, body: () => ({ saranAktif: true, ambangDiAtas: 110, ambangSesuai: 90, modeNumerik: false, version: 1 }) },
  'GET /api/v1/import': { pegawai: 403, superadmin: 403 },
  'GET /api/v1/import/:id': { pegawai: 403, superadmin: 403, url: (i) => i.job },
  'GET /api/v1/import/template/:jenis': { pegawai: 403, superadmin: 403, url: () => 'pegawai' },
  'POST /api/v1/import/:jenis': { pegawai: 403, superadmin: 403, url: () => 'pegawai?namaFile=a.csv', body: () => Buffer.from('NIP\n1\n') },
  // Kurva distribusi: a plain pegawai leads no unit, so sees an empty list and may not act on any unit.
  'GET /api/v1/predikat-organisasi': { pegawai: 200, superadmin: 403, url: () => '?tahun=2025' },
  'PUT /api/v1/predikat-organisasi/:unitKerjaId/:tahun': { pegawai: 403, superadmin: 403, url: (i) => `${i.unit}|2025`, body: () => ({ predikat: 'BAIK' }) },
  'GET /api/v1/kurva/:unitKerjaId/:tahun': { pegawai: 403, superadmin: 403, url: (i) => `${i.unit}|2025` },
  'POST /api/v1/kurva/:unitKerjaId/:tahun/kalibrasi': { pegawai: 403, superadmin: 403, url: (i) => `${i.unit}|2025`, body: (i) => ({ perubahan: [{ evaluasiId: i.other, predikat: 'SANGAT_BAIK' }], alasan: 'Menaikkan predikat sendiri' }) },
  'POST /api/v1/kurva/:unitKerjaId/:tahun/override': { pegawai: 403, superadmin: 403, url: (i) => `${i.unit}|2025`, body: () => ({ alasan: 'Mengabaikan pemeriksaan tanpa wewenang' }) },
};
/** Login answers 401 for bad credentials rather than for a missing session. */
const PUBLIC = new Set(['POST /api/v1/auth/login', 'GET /api/v1/verifikasi-dokumen/:kode']);
/** Public routes that answer an anonymous caller with something other than 401. */
const ANONYMOUS: Record<string, number> = { 'GET /api/v1/verifikasi-dokumen/:kode': 404 };

describe.each(testTargets())('authorisation of every route on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let ids: Ids;
  const superUser = `super-${Date.now().toString(36)}-${process.pid}`;
  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    await app.database.db.insert(akun).values({ username: superUser, passwordHash: await hashPassword(PASSWORD), peran: ['SUPERADMIN'] });
    const admin = await loginAs(app.server, t.admin, PASSWORD);
    const unit = (await admin.get('/api/v1/unit-kerja')).body.find((u: { kode: string }) => u.kode === 'DINKES-P2P-SURV');
    const jabatan = (await admin.get(`/api/v1/jabatan?unitKerjaId=${unit.id}`)).body.find((j: { kepalaUnit: boolean }) => j.kepalaUnit);
    const token = (await admin.post('/api/v1/token-api', { nama: 'Integrasi' })).body.id;
    const job = (await admin.request('POST', '/api/v1/import/unit-kerja?namaFile=u.csv', undefined, { raw: Buffer.from('Kode,Nama\nX1,Unit X\n') })).body.id;
    const other = t.pegawai.find((p) => p.unitKode === 'DINKES-P2P' && !p.kepala)!.id;
    const penugasan = (await admin.post('/api/v1/penugasan', { pegawaiId: other, jabatanId: jabatan.id, jenis: 'PLH', mulai: '2026-01-01', selesai: '2026-01-05' })).body.id;
    const periode = (await admin.get('/api/v1/periode')).body[0].id;
    const kadis = await loginAs(app.server, t.kepalaDinas.nip, PASSWORD);
    const skp = (await kadis.post('/api/v1/skp', { periodeId: periode })).body;
    const rhk = (await kadis.put(`/api/v1/skp/${skp.id}`, { rhk: [{ uraian: 'Meningkatnya derajat kesehatan masyarakat' }], version: skp.version })).body.rhk[0].id;
    const template = (await admin.post('/api/v1/skp-template', { jabatanId: jabatan.id, nama: 'Kepala seksi', rhk: [{ uraian: 'Terlaksananya surveilans' }] })).body.id;
    // An activity of someone the staff cannot see: the epidemiolog's, on an SKP approved by the kabid P2P.
    const kabidP2p = await loginAs(app.server, t.pegawai.find((p) => p.unitKode === 'DINKES-P2P' && p.kepala)!.nip, PASSWORD);
    const otherSkp = await approvedSkp(await loginAs(app.server, t.pegawai.find((p) => p.id === other)!.nip, PASSWORD), kabidP2p, periode, [{ uraian: 'Surveilans' }]);
    const otherClient = await loginAs(app.server, t.pegawai.find((p) => p.id === other)!.nip, PASSWORD);
    const aktivitas = (await otherClient.post('/api/v1/aktivitas', { tanggal: todayWib(), rhkId: otherSkp.rhk[0].id, uraian: 'Analisis data surveilans', menit: 60 })).body.id;
    ids = { other, unit: unit.id, jabatan: jabatan.id, token, job, penugasan, periode, skp: skp.id, rhk, template, aktivitas };
  });
  afterAll(async () => { await app?.close(); });

  const call = (c: Client, key: string) => {
    const [method, path] = key.split(' ') as [string, string];
    const rule = RULES[key]!;
    // `url` fills the path parameters in order ('|' between two), or is appended when there are none.
    const parts = rule.url ? rule.url(ids).split('|') : [];
    let k = 0;
    const url = /:\w+/.test(path) ? path.replace(/:\w+/g, () => parts[k++] ?? '') : path + (parts[0] ?? '');
    const body = rule.body?.(ids);
    return Buffer.isBuffer(body) ? c.request(method, url, undefined, { raw: body }) : c.request(method, url, body ?? (method === 'GET' || method === 'DELETE' ? undefined : {}));
  };

  it('has a rule for every registered route', () => {
    const registered = app.server.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(Object.keys(RULES).sort());
  });

  it('refuses anonymous callers everywhere but login', async () => {
    for (const key of Object.keys(RULES)) {
      const r = await call(new Client(app.server), key);
      expect([key, r.status]).toEqual([key, ANONYMOUS[key] ?? 401]);
      if (!PUBLIC.has(key)) expect(r.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('gives a plain pegawai 403 on admin routes and 404 on other people', async () => {
    for (const key of Object.keys(RULES)) {
      const c = await loginAs(app.server, t.staff.nip, PASSWORD);
      const r = await call(c, key);
      expect([key, r.status]).toEqual([key, RULES[key]!.pegawai]);
    }
  });

  it('keeps the superadmin to the instansi list, away from personal data', async () => {
    for (const key of Object.keys(RULES)) {
      const c = await loginAs(app.server, superUser, PASSWORD);
      const r = await call(c, key);
      expect([key, r.status]).toEqual([key, RULES[key]!.superadmin]);
    }
  });

  it('lets the superadmin create an instansi with a first admin who must change the password', async () => {
    const su = await loginAs(app.server, superUser, PASSWORD);
    const kode = `KOTA-${Date.now().toString(36).toUpperCase()}`;
    const r = await su.post('/api/v1/instansi', { kode, nama: 'Pemerintah Kota Contoh', jenis: 'KOTA', adminUsername: `adm.${kode.toLowerCase()}` });
    expect(r.status).toBe(201);
    const first = await new Client(app.server).login(r.body.adminUsername, r.body.passwordSementara);
    expect(first.body.user).toMatchObject({ wajibGantiPassword: true, peran: ['ADMIN'] });
    const dup = await su.post('/api/v1/instansi', { kode, nama: 'Lagi', jenis: 'KOTA', adminUsername: 'adm.lain' });
    expect(dup.body.error.details.fields.kode).toMatch(/sudah dipakai/);
  });
});
