// Keberatan over HTTP: only the owner objects, only to a FINAL annual evaluation, once, within the
// instansi's deadline; only the atasan pejabat penilai decides; a granted one freezes a new document
// with a new code while the old code still verifies, as replaced; a rejected one changes nothing.
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluasi, notifikasi } from '../../src/db/schema.ts';
import { addDaysIso, todayWib } from '../../src/lib/clock.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { Client, loginAs } from '../support/client.ts';
import { pdfText } from '../support/pdf-text.ts';
import { approvedSkp } from '../support/skp.ts';
import { testTargets } from '../support/targets.ts';

const ALASAN = 'Rating perilaku tidak sesuai dengan umpan balik positif yang saya terima sepanjang tahun.';

async function getPdf(server: FastifyInstance, c: Client, url: string) {
  const r = await server.inject({ method: 'GET', url, headers: { host: 'ekinerja.test', ...(c.cookie ? { cookie: c.cookie } : {}) } });
  return { status: r.statusCode, body: r.rawPayload };
}

describe.each(testTargets())('keberatan on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let admin: Client; let dokter: Client; let staff: Client; let kasi: Client; let kabid: Client; let epid: Client; let otherAdmin: Client;
  let skpDokter: any; let skpStaff: any; let periodeId: string;
  const tahun = new Date().getFullYear() - 1;
  const tahunan = (skp: any) => `/api/v1/skp/${skp.id}/evaluasi/tahunan/0`;
  const annual = async (c: Client, skp: any) => (await c.get(`/api/v1/skp/${skp.id}/evaluasi`)).body.tahunan;

  /** Realisasi done, rated by the kasi (Sesuai × Sesuai → Baik), predikat fixed, FINAL. */
  async function finalTahunan(owner: Client, skp: any) {
    const ev = await annual(owner, skp);
    const done = await owner.post(`${tahunan(skp)}/realisasi-selesai`, { version: ev.version });
    const n = await kasi.put(`${tahunan(skp)}/nilai`, { version: done.body.evaluasi.version, ratingHasil: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI' });
    const p = await kasi.post(`${tahunan(skp)}/tetapkan`, { version: n.body.evaluasi.version });
    const f = await kasi.post(`${tahunan(skp)}/final`, { version: p.body.evaluasi.version });
    expect(f.status).toBe(200);
    return f.body.evaluasi;
  }

  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    const other = await newTenant(app);
    const dokterP = t.pegawai.find((p) => p.jabatanKode.includes('DOKTER'))!;
    const epidP = t.pegawai.find((p) => p.jabatanKode.includes('EPID'))!;
    [admin, dokter, staff, kasi, kabid, epid, otherAdmin] = await Promise.all([
      loginAs(app.server, t.admin, PASSWORD), loginAs(app.server, dokterP.nip, PASSWORD), loginAs(app.server, t.staff.nip, PASSWORD),
      loginAs(app.server, t.kasi.nip, PASSWORD), loginAs(app.server, t.kabid.nip, PASSWORD), loginAs(app.server, epidP.nip, PASSWORD),
      loginAs(app.server, other.admin, PASSWORD),
    ]);
    const per = await admin.post('/api/v1/periode', { tahun, mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31`, frekuensi: 'TRIWULAN' });
    periodeId = per.body.id;
    skpDokter = await approvedSkp(dokter, kasi, per.body.id, [{ uraian: 'Terlayaninya pasien rawat jalan', satuan: 'laporan' }]);
    skpStaff = await approvedSkp(staff, kasi, per.body.id, [{ uraian: 'Tersedianya data layanan kesehatan primer', satuan: 'laporan' }]);
    await finalTahunan(dokter, skpDokter);
    await finalTahunan(staff, skpStaff);
  });
  afterAll(async () => { await app?.close(); });

  it('lets only the owner object, only to the FINAL annual evaluation, with a reason', async () => {
    const body = { alasan: ALASAN };
    expect((await kasi.post(`${tahunan(skpDokter)}/keberatan`, body)).status).toBe(403);
    expect((await epid.post(`${tahunan(skpDokter)}/keberatan`, body)).status).toBe(404);
    expect((await otherAdmin.post(`${tahunan(skpDokter)}/keberatan`, body)).status).toBe(404);
    const periodik = await dokter.post(`/api/v1/skp/${skpDokter.id}/evaluasi/periodik/1/keberatan`, body);
    expect([periodik.status, periodik.body.error.message]).toEqual([422, 'Keberatan hanya dapat diajukan atas evaluasi tahunan']);
    const short = await dokter.post(`${tahunan(skpDokter)}/keberatan`, { alasan: 'Tidak setuju' });
    expect(short.status).toBe(400);
    expect(short.body.error.details.fields.alasan).toBe('Tuliskan alasan keberatan dengan jelas (minimal 20 karakter)');
    expect((await kabid.get('/api/v1/keberatan')).body.untukDiputus).toEqual([]);
  });

  it('closes filing after the instansi\'s number of days, which the admin sets', async () => {
    const ev = await annual(dokter, skpDokter);
    expect(ev.akses.keberatan).toBe(true);
    expect(ev.batasKeberatan).toBe(addDaysIso(todayWib(new Date(ev.finalAt)), 14));
    // Made final 20 days ago: past the default 14 days.
    const lama = new Date(Date.now() - 20 * 86_400_000);
    await app.database.db.update(evaluasi).set({ finalAt: lama }).where(and(eq(evaluasi.instansiId, t.instansiId), eq(evaluasi.id, ev.id)));
    expect((await annual(dokter, skpDokter)).akses.keberatan).toBe(false);
    const late = await dokter.post(`${tahunan(skpDokter)}/keberatan`, { alasan: ALASAN });
    const batas = addDaysIso(todayWib(lama), 14);
    expect(late.status).toBe(422);
    expect(late.body.error.message).toBe(`Batas pengajuan keberatan sudah lewat (paling lambat ${new Date(`${batas}T00:00:00Z`).toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })})`);
    const cur = (await admin.get('/api/v1/pengaturan-penilaian')).body;
    expect(cur.batasKeberatanHari).toBe(14);
    const bad = await admin.put('/api/v1/pengaturan-penilaian', { ...cur, batasKeberatanHari: 0 });
    expect(bad.body.error.details.fields.batasKeberatanHari).toBe('Batas keberatan paling sedikit 1 hari');
    expect((await admin.put('/api/v1/pengaturan-penilaian', { ...cur, batasKeberatanHari: 30 })).body.batasKeberatanHari).toBe(30);
    expect((await annual(dokter, skpDokter)).batasKeberatan).toBe(addDaysIso(todayWib(lama), 30));
  });

  it('files once; the atasan pejabat penilai is told and is the one to decide', async () => {
    const filed = await dokter.post(`${tahunan(skpDokter)}/keberatan`, { alasan: ALASAN });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      status: 'DIAJUKAN', keputusan: null, alasan: ALASAN, tahun,
      pemutus: { id: t.kabid.id }, penilai: { id: t.kasi.id },
      semula: { ratingHasil: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' },
      akses: { putuskan: false },
    });
    const again = await dokter.post(`${tahunan(skpDokter)}/keberatan`, { alasan: ALASAN });
    expect([again.status, again.body.error.message]).toEqual([422, 'Keberatan atas evaluasi ini sudah diajukan']);
    const ev = await annual(dokter, skpDokter);
    expect(ev.keberatan).toMatchObject({ id: filed.body.id, status: 'DIAJUKAN' });
    expect(ev.akses.keberatan).toBe(false);
    const [note] = await app.database.db.select().from(notifikasi).where(and(eq(notifikasi.instansiId, t.instansiId), eq(notifikasi.pegawaiId, t.kabid.id), eq(notifikasi.jenis, 'KEBERATAN')));
    expect(note).toMatchObject({ judul: 'Keberatan menunggu keputusan Anda', tautan: `/keberatan?id=${filed.body.id}` });
    const queue = (await kabid.get('/api/v1/keberatan')).body;
    expect(queue.untukDiputus.map((k: any) => [k.id, k.akses.putuskan])).toEqual([[filed.body.id, true]]);
    expect((await dokter.get('/api/v1/keberatan')).body.diajukan.map((k: any) => k.id)).toEqual([filed.body.id]);
    // The parties and the admin read it; nobody else does.
    for (const c of [dokter, kasi, kabid, admin]) expect((await c.get(`/api/v1/keberatan/${filed.body.id}`)).status).toBe(200);
    for (const c of [epid, staff, otherAdmin]) expect((await c.get(`/api/v1/keberatan/${filed.body.id}`)).status).toBe(404);
  });

  it('grants with new ratings: the predikat follows the matrix, a new document replaces the old, which still verifies as replaced', async () => {
    const k = (await kabid.get('/api/v1/keberatan')).body.untukDiputus[0];
    const before = await annual(dokter, skpDokter);
    const grant = { version: k.version, keputusan: 'DIKABULKAN', catatan: 'Realisasi dan umpan balik sepanjang tahun menunjukkan kinerja di atas ekspektasi.', ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI' };
    for (const c of [kasi, dokter]) expect((await c.post(`/api/v1/keberatan/${k.id}/putusan`, grant)).status).toBe(403);
    expect((await epid.post(`/api/v1/keberatan/${k.id}/putusan`, grant)).status).toBe(404);
    const missing = await kabid.post(`/api/v1/keberatan/${k.id}/putusan`, { ...grant, ratingPerilaku: null });
    expect(missing.body.error.details.fields).toEqual({ ratingPerilaku: 'Pilih rating perilaku kerja pengganti' });
    const same = await kabid.post(`/api/v1/keberatan/${k.id}/putusan`, { ...grant, ratingHasil: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI' });
    expect(same.body.error.details.fields.ratingHasil).toMatch(/sama dengan semula/);
    expect((await kabid.post(`/api/v1/keberatan/${k.id}/putusan`, { ...grant, version: k.version + 5 })).status).toBe(409);

    const done = await kabid.post(`/api/v1/keberatan/${k.id}/putusan`, grant);
    expect(done.status).toBe(200);
    // Di Atas × Di Atas → Sangat Baik (PermenPANRB 6/2022 matrix); a new code, the old one kept as replaced.
    expect(done.body).toMatchObject({ status: 'DIPUTUS', keputusan: 'DIKABULKAN', catatanKeputusan: grant.catatan, akses: { putuskan: false } });
    expect(done.body.hasil).toMatchObject({ ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI', predikat: 'SANGAT_BAIK' });
    expect(done.body.hasil.kodeVerifikasi).not.toBe(before.kodeVerifikasi);
    expect((await kabid.post(`/api/v1/keberatan/${k.id}/putusan`, { ...grant, version: done.body.version })).body.error.message).toBe('Keberatan ini sudah diputus');

    const after = await annual(dokter, skpDokter);
    expect(after).toMatchObject({ status: 'FINAL', ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI', predikat: 'SANGAT_BAIK', kodeVerifikasi: done.body.hasil.kodeVerifikasi, keberatan: { status: 'DIPUTUS', keputusan: 'DIKABULKAN' } });
    expect(after.version).toBe(before.version + 1);
    // Still frozen: no edit in place after the decision either.
    expect((await kasi.put(`${tahunan(skpDokter)}/nilai`, { version: after.version, ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI' })).status).toBe(422);
    const penjelasan = (await dokter.get(`${tahunan(skpDokter)}/penjelasan`)).body.perhitungan;
    expect(penjelasan.matriks).toMatchObject({ ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI', predikat: 'SANGAT_BAIK' });
    expect(penjelasan.predikat).toBe('SANGAT_BAIK');

    const anon = new Client(app.server);
    const old = await anon.get(`/api/v1/verifikasi-dokumen/${before.kodeVerifikasi}`);
    expect(old.status).toBe(200);
    expect(old.body).toMatchObject({ berlaku: false, ratingPerilaku: 'Sesuai Ekspektasi', predikat: { kode: 'BAIK' } });
    expect(old.body.digantiPada).toBe(done.body.diputusAt);
    const cur = await anon.get(`/api/v1/verifikasi-dokumen/${after.kodeVerifikasi}`);
    expect(cur.body).toMatchObject({ berlaku: true, digantiPada: null, ratingHasil: 'Di Atas Ekspektasi', predikat: { kode: 'SANGAT_BAIK' } });

    const pdf = await getPdf(app.server, dokter, `${tahunan(skpDokter)}/dokumen.pdf`);
    expect(pdf.status).toBe(200);
    const text = (await pdfText(pdf.body)).replace(/\s+/g, ' ');
    expect(text).toContain('KEPUTUSAN ATAS KEBERATAN');
    expect(text).toContain(`menggantikan dokumen berkode ${before.kodeVerifikasi}`);
    expect(text).toContain(grant.catatan);
    expect(text).toContain(`Kode verifikasi: ${after.kodeVerifikasi}`);
    const [note] = await app.database.db.select().from(notifikasi).where(and(eq(notifikasi.instansiId, t.instansiId), eq(notifikasi.pegawaiId, skpDokter.pegawai.id), eq(notifikasi.jenis, 'KEBERATAN')));
    expect(note?.isi).toBe('Keberatan atas evaluasi kinerja tahunan dikabulkan: predikat menjadi Sangat Baik.');
  });

  it('whoever is the penilai\'s atasan today may decide too; a rejected objection leaves everything as it was', async () => {
    const before = await annual(staff, skpStaff);
    const filed = await staff.post(`${tahunan(skpStaff)}/keberatan`, { alasan: ALASAN });
    expect(filed.status).toBe(201);
    expect(filed.body.pemutus.id).toBe(t.kabid.id);
    // The kasi (penilai) now reports to the kepala dinas (the admin's override, as with a Plt or a mutasi).
    const kadis = await loginAs(app.server, t.kepalaDinas.nip, PASSWORD);
    expect((await kadis.get(`/api/v1/keberatan/${filed.body.id}`)).status).toBe(404);
    const kasiRow = (await admin.get(`/api/v1/pegawai/${t.kasi.id}`)).body;
    expect((await admin.put(`/api/v1/pegawai/${t.kasi.id}/atasan`, { atasanId: t.kepalaDinas.id, version: kasiRow.version })).status).toBe(200);
    // Waiting ones first; the dokter's, decided earlier, is listed after it and can no longer be decided.
    const queue = (await kadis.get('/api/v1/keberatan')).body.untukDiputus;
    expect(queue.map((k: any) => [k.id, k.status, k.akses.putuskan])).toEqual([[filed.body.id, 'DIAJUKAN', true], [expect.any(String), 'DIPUTUS', false]]);
    // The one recorded at filing keeps the right as well; the admin does not get it.
    expect((await kabid.get(`/api/v1/keberatan/${filed.body.id}`)).body.akses.putuskan).toBe(true);
    expect((await admin.post(`/api/v1/keberatan/${filed.body.id}/putusan`, { version: filed.body.version, keputusan: 'DITOLAK', catatan: 'Penilaian sudah sesuai bukti.' })).status).toBe(403);
    const no = await kadis.post(`/api/v1/keberatan/${filed.body.id}/putusan`, { version: filed.body.version, keputusan: 'DITOLAK', catatan: 'Penilaian pejabat penilai sudah sesuai bukti.' });
    expect(no.body).toMatchObject({ status: 'DIPUTUS', keputusan: 'DITOLAK', hasil: null, pemutus: { id: t.kabid.id } });
    expect(no.body.diputusOleh).toContain(t.kepalaDinas.nama);
    // Filed while that arrangement holds, a keberatan is addressed to the one in office now.
    const perawatP = t.pegawai.find((p) => p.jabatanKode.includes('PERAWAT'))!;
    const perawat = await loginAs(app.server, perawatP.nip, PASSWORD);
    const skpPerawat = await approvedSkp(perawat, kasi, periodeId, [{ uraian: 'Terlaksananya asuhan keperawatan', satuan: 'pasien' }]);
    await finalTahunan(perawat, skpPerawat);
    const baru = await perawat.post(`${tahunan(skpPerawat)}/keberatan`, { alasan: ALASAN });
    expect(baru.body.pemutus.id).toBe(t.kepalaDinas.id);
    const [note] = await app.database.db.select().from(notifikasi).where(and(eq(notifikasi.instansiId, t.instansiId), eq(notifikasi.pegawaiId, t.kepalaDinas.id), eq(notifikasi.jenis, 'KEBERATAN')));
    expect(note?.tautan).toBe(`/keberatan?id=${baru.body.id}`);
    const after = await annual(staff, skpStaff);
    expect(after).toMatchObject({ predikat: before.predikat, ratingHasil: before.ratingHasil, ratingPerilaku: before.ratingPerilaku, kodeVerifikasi: before.kodeVerifikasi, version: before.version });
    expect(after.keberatan).toMatchObject({ status: 'DIPUTUS', keputusan: 'DITOLAK' });
    expect((await new Client(app.server).get(`/api/v1/verifikasi-dokumen/${before.kodeVerifikasi}`)).body.berlaku).toBe(true);
  });
});
