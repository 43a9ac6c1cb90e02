// Realisasi over HTTP on a real database: the periods an SKP covers, capaian as evidence with the
// worked numbers of PermenPANRB 8/2021, gaps that stay gaps, the pre-fill from accepted activities,
// versioned saves, bukti dukung only for those who may read the SKP, and umpan balik berkelanjutan.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluasi } from '../../src/db/schema.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { approvedSkp, LAMPIRAN } from '../support/skp.ts';
import { testTargets } from '../support/targets.ts';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Like approvedSkp, with IKI as given (direction, range targets). */
async function approvedWithIki(owner: Client, penilai: Client, periodeId: string, iki: Record<string, unknown>[]) {
  const c = await owner.post('/api/v1/skp', { periodeId });
  expect(c.status).toBe(201);
  const s = await owner.put(`/api/v1/skp/${c.body.id}`, {
    rhk: [{ uraian: 'Terverifikasinya klaim layanan kesehatan', intervensiTeks: 'RHK atasan', iki }], lampiran: LAMPIRAN, version: c.body.version,
  });
  expect(s.body.kekurangan).toEqual([]);
  const a = await owner.post(`/api/v1/skp/${c.body.id}/ajukan`, { version: s.body.version });
  const ok = await penilai.post(`/api/v1/skp/${c.body.id}/setujui`, { version: a.body.version });
  expect(ok.body.status).toBe('DISETUJUI');
  return ok.body;
}

describe.each(testTargets())('realisasi on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let admin: Client; let staff: Client; let kasi: Client; let kabid: Client; let epid: Client; let admkes: Client;
  let skp: any; let skp2: any; let periodeId: string;
  let laporan: string; let berkas: string; let rhkId: string; let rhk2: string;
  // Last year's periode: every date in it is in the past, whatever day the suite runs.
  const y = new Date().getFullYear() - 1;
  const d = (md: string) => `${y}-${md}`;
  const url = (s: { id: string }, ikiId: string, ke: number) => `/api/v1/skp/${s.id}/realisasi/${ikiId}/${ke}`;
  const table = async (c: Client = staff, s = skp) => (await c.get(`/api/v1/skp/${s.id}/realisasi`)).body;
  const ikiOf = (tbl: any, ikiId: string) => tbl.rhk.flatMap((r: any) => r.iki).find((k: any) => k.id === ikiId);
  const cell = (tbl: any, ikiId: string, ke: number) => ikiOf(tbl, ikiId).sel.find((s: any) => s.periodeKe === ke);

  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    const epidP = t.pegawai.find((p) => p.jabatanKode.includes('EPID'))!;
    const admkesP = t.stafBidang[0]!;
    [admin, staff, kasi, kabid, epid, admkes] = await Promise.all([
      loginAs(app.server, t.admin, PASSWORD), loginAs(app.server, t.staff.nip, PASSWORD), loginAs(app.server, t.kasi.nip, PASSWORD),
      loginAs(app.server, t.kabid.nip, PASSWORD), loginAs(app.server, epidP.nip, PASSWORD), loginAs(app.server, admkesP.nip, PASSWORD),
    ]);
    periodeId = (await admin.post('/api/v1/periode', { tahun: y, mulai: `${y}-01-01`, selesai: `${y}-12-31` })).body.id;
    skp = await approvedSkp(staff, kasi, periodeId, [
      { uraian: 'Tersedianya data layanan kesehatan primer', satuan: 'laporan' },
      { uraian: 'Terkelolanya arsip seksi', satuan: 'berkas' },
    ]);
    rhkId = skp.rhk[0].id; rhk2 = skp.rhk[1].id;
    laporan = skp.rhk[0].iki[0].id; berkas = skp.rhk[1].iki[0].id;
    skp2 = await approvedWithIki(admkes, kabid, periodeId, [
      { indikator: 'Rata-rata waktu verifikasi klaim', target: 5, satuan: 'hari', arah: 'TURUN' },
      { indikator: 'Persentase puskesmas melapor tepat waktu', target: 80, targetAtas: 90, satuan: '%' },
      { indikator: 'Temuan audit klaim', target: 0, satuan: 'temuan', arah: 'TURUN' },
    ]);
  });
  afterAll(async () => { await app?.close(); });

  it('offers the quarters the SKP covers, each cell an empty gap, never zero', async () => {
    const tbl = await table();
    expect(tbl).toMatchObject({ frekuensi: 'TRIWULAN', tahun: y, status: 'DISETUJUI', akses: { isi: true, umpanBalik: 'PEGAWAI' } });
    expect(tbl.periode.map((p: any) => [p.ke, p.label, p.mulai, p.selesai, p.bisaDiisi])).toEqual([
      [1, 'Triwulan I', d('01-01'), d('03-31'), true], [2, 'Triwulan II', d('04-01'), d('06-30'), true],
      [3, 'Triwulan III', d('07-01'), d('09-30'), true], [4, 'Triwulan IV', d('10-01'), d('12-31'), true],
    ]);
    const k = ikiOf(tbl, laporan);
    expect(k).toMatchObject({ target: 12, targetAtas: null, satuan: 'laporan', arah: 'NAIK' });
    expect(k.sel[0]).toMatchObject({ nilai: null, kosong: true, nilaiAktivitas: null, version: 0, bukti: [], capaian: { persen: null, kategori: null, alasan: 'BELUM_DIISI' } });
    expect(k.kumulatif).toMatchObject({ cara: 'JUMLAH', nilai: null, periodeKosong: [1, 2, 3, 4], capaian: { persen: null, alasan: 'BELUM_DIISI' } });
    // The penilai reads it but does not fill it; someone in another unit does not see it at all.
    const byKasi = await table(kasi);
    expect(byKasi.akses).toEqual({ isi: false, umpanBalik: 'PENILAI' });
    expect(byKasi.periode[0]).toMatchObject({ bisaDiisi: false, alasan: 'Hanya pemilik SKP yang mengisi realisasi' });
    expect((await kabid.get(`/api/v1/skp/${skp.id}/realisasi`)).status).toBe(200);
    expect((await epid.get(`/api/v1/skp/${skp.id}/realisasi`)).status).toBe(404);
  });

  it('computes capaian as evidence: 13 of 12 laporan is 108,33 %; a gap stays out of the year to date', async () => {
    const r = await staff.put(url(skp, laporan, 1), { nilai: 13, catatan: 'Termasuk laporan tambahan Maret', version: 0 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ periodeKe: 1, nilai: 13, kosong: false, version: 1, catatan: 'Termasuk laporan tambahan Maret', capaian: { persen: 108.33, kategori: 'SANGAT_BAIK', alasan: null } });
    const r2 = await staff.put(url(skp, laporan, 2), { nilai: 5 });
    expect(r2.body.capaian.persen).toBe(41.67);
    const k = ikiOf(await table(), laporan);
    // Q3 and Q4 are gaps: listed, not added as zero.
    expect(k.kumulatif).toMatchObject({ cara: 'JUMLAH', nilai: 18, sampaiPeriodeKe: 2, periodeKosong: [3, 4], capaian: { persen: 150 } });
    expect(cell(await table(), laporan, 3)).toMatchObject({ nilai: null, kosong: true, capaian: { alasan: 'BELUM_DIISI' } });
  });

  it('lower is better (special condition), range targets, a percentage\'s year to date, and a zero target', async () => {
    const [waktu, persen, temuan] = skp2.rhk[0].iki.map((k: { id: string }) => k.id);
    expect((await admkes.put(url(skp2, waktu, 1), { nilai: 4 })).body.capaian).toEqual({ persen: 120, kategori: 'SANGAT_BAIK', alasan: null });
    expect((await admkes.put(url(skp2, waktu, 2), { nilai: 6 })).body.capaian).toEqual({ persen: 80, kategori: 'CUKUP', alasan: null });
    expect((await admkes.put(url(skp2, persen, 1), { nilai: 92 })).body.capaian).toEqual({ persen: 102.22, kategori: 'SANGAT_BAIK', alasan: null });
    expect((await admkes.put(url(skp2, persen, 2), { nilai: 85 })).body.capaian).toEqual({ persen: 100, kategori: 'BAIK', alasan: null });
    expect((await admkes.put(url(skp2, temuan, 1), { nilai: 1 })).body.capaian).toEqual({ persen: null, kategori: null, alasan: 'TARGET_NOL' });
    const tbl = await table(admkes, skp2);
    // A percentage is a level: the latest quarter stands for the year so far.
    expect(ikiOf(tbl, persen).kumulatif).toMatchObject({ cara: 'TERAKHIR', nilai: 85, sampaiPeriodeKe: 2, capaian: { persen: 100 } });
    expect(ikiOf(tbl, persen)).toMatchObject({ target: 80, targetAtas: 90, satuan: '%' });
    // So is an average duration: 4 and 6 hari do not add up to 10.
    expect(ikiOf(tbl, waktu).kumulatif).toMatchObject({ cara: 'TERAKHIR', nilai: 6, capaian: { persen: 80 } });
  });

  it('pre-fills from accepted activities in the IKI\'s unit; a value that differs needs a reason', async () => {
    const log = async (tanggal: string, rhk: string, jumlah: number, satuan: string) =>
      (await staff.post('/api/v1/aktivitas', { tanggal, rhkId: rhk, uraian: 'Menyusun laporan kunjungan puskesmas', jumlah, satuan, menit: 60 })).body.id as string;
    const ids = [
      await log(d('07-02'), rhkId, 2, 'laporan'), await log(d('08-05'), rhkId, 3, 'Laporan '), await log(d('09-10'), rhkId, 4, 'laporan'),
      await log(d('07-03'), rhk2, 40, 'dokumen'),
    ];
    const waiting = await log(d('09-11'), rhkId, 10, 'laporan');
    const v = await kasi.post('/api/v1/aktivitas/verifikasi', { ids, status: 'diterima' });
    expect(v.body.diproses).toHaveLength(4);
    let tbl = await table();
    // 2 + 3 + 4 accepted in Q3; the one still waiting does not count. The pre-fill is a suggestion, not a value.
    expect(cell(tbl, laporan, 3)).toMatchObject({ nilaiAktivitas: 9, nilai: null, kosong: true });
    expect(cell(tbl, laporan, 2).nilaiAktivitas).toBeNull();
    // Activities in 'dokumen' do not count toward an IKI in 'berkas'.
    expect(cell(tbl, berkas, 3).nilaiAktivitas).toBeNull();

    const differs = await staff.put(url(skp, laporan, 3), { nilai: 11, version: 0 });
    expect(differs.status).toBe(400);
    expect(differs.body.error.details.fields).toEqual({ alasan: 'Tulis alasan karena nilai berbeda dari rekap aktivitas' });
    expect(cell(await table(), laporan, 3)).toMatchObject({ nilai: null, version: 0 });

    const same = await staff.put(url(skp, laporan, 3), { nilai: 9, version: 0 });
    expect(same.body).toMatchObject({ nilai: 9, nilaiAktivitas: 9, alasan: null, version: 1 });
    const why = await staff.put(url(skp, laporan, 3), { nilai: 11, alasan: 'Dua laporan disusun di luar aplikasi saat gangguan jaringan', version: 1 });
    expect(why.body).toMatchObject({ nilai: 11, nilaiAktivitas: 9, alasan: 'Dua laporan disusun di luar aplikasi saat gangguan jaringan', version: 2 });
    await kasi.post('/api/v1/aktivitas/verifikasi', { ids: [waiting], status: 'diterima' });
    tbl = await table();
    expect(cell(tbl, laporan, 3)).toMatchObject({ nilai: 11, nilaiAktivitas: 19 });
  });

  it('refuses a stale save with 409 and the current cell, changing nothing', async () => {
    const stale = await staff.put(url(skp, laporan, 3), { nilai: 19, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    expect(stale.body.error.details.current).toMatchObject({ nilai: 11, version: 2, nilaiAktivitas: 19 });
    // A cell saved by someone else since it was read empty is stale too.
    expect((await staff.put(url(skp, laporan, 1), { nilai: 14 })).status).toBe(409);
    expect(cell(await table(), laporan, 3)).toMatchObject({ nilai: 11, version: 2 });
  });

  it('only the owner writes, within the SKP\'s periods, before the period is evaluated', async () => {
    expect((await kasi.put(url(skp, laporan, 4), { nilai: 1 })).status).toBe(403);
    expect((await epid.put(url(skp, laporan, 4), { nilai: 1 })).status).toBe(404);
    expect((await staff.put(url(skp, randomUUID(), 4), { nilai: 1 })).status).toBe(404);
    expect((await staff.put(url(skp, laporan, 5), { nilai: 1 })).status).toBe(400);
    expect((await staff.put(url(skp, laporan, 4), { nilai: 'banyak' })).status).toBe(400);
    await app.database.db.insert(evaluasi).values([
      { instansiId: t.instansiId, skpId: skp.id, jenis: 'PERIODIK', periodeKe: 1, status: 'DINILAI' },
      { instansiId: t.instansiId, skpId: skp.id, jenis: 'PERIODIK', periodeKe: 2, status: 'REALISASI_DIISI' },
    ]);
    const locked = await staff.put(url(skp, laporan, 1), { nilai: 14, version: 1 });
    expect(locked.status).toBe(422);
    expect(locked.body.error.message).toMatch(/sudah dinilai/);
    expect((await staff.put(url(skp, laporan, 2), { nilai: 6, version: 1 })).status).toBe(200);
    const tbl = await table();
    expect(tbl.periode[0]).toMatchObject({ bisaDiisi: false, statusEvaluasi: 'DINILAI' });
    expect(tbl.periode[1]).toMatchObject({ bisaDiisi: true, statusEvaluasi: 'REALISASI_DIISI' });
    expect((await staff.request('PUT', `${url(skp, laporan, 1)}/bukti/${randomUUID()}?nama=a.png`, undefined, { raw: PNG, contentType: 'image/png' })).status).toBe(422);
  });

  it('bukti dukung: checked by content, served only to those who may read the SKP', async () => {
    const bid = randomUUID();
    const b = `${url(skp, laporan, 4)}/bukti/${bid}`;
    const up = await staff.request('PUT', `${b}?nama=rekap-oktober.png`, undefined, { raw: PNG, contentType: 'image/png' });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ id: bid, jenis: 'BERKAS', mime: 'image/png', ukuran: PNG.length, nama: 'rekap-oktober.png' });
    expect((await staff.request('PUT', `${b}?nama=rekap-oktober.png`, undefined, { raw: PNG, contentType: 'image/png' })).body.id).toBe(bid);
    // The upload made the row without a value: still a gap, and a first save with version 0 still fits.
    expect(cell(await table(), laporan, 4)).toMatchObject({ nilai: null, kosong: true, version: 0, bukti: [{ id: bid }] });
    expect((await staff.put(url(skp, laporan, 4), { nilai: 3, version: 0 })).body).toMatchObject({ nilai: 3, version: 1, bukti: [{ id: bid }] });

    const fake = await staff.request('PUT', `${url(skp, laporan, 4)}/bukti/${randomUUID()}?nama=a.pdf`, undefined, { raw: Buffer.from('<html>bukan pdf</html>'), contentType: 'application/pdf' });
    expect(fake.status).toBe(400);
    expect(fake.body.error.details.fields.berkas).toMatch(/Jenis berkas tidak diterima/);
    const own = await staff.request('GET', b);
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    for (const c of [kasi, kabid, admin]) expect((await c.request('GET', b)).status).toBe(200);
    expect((await epid.request('GET', b)).status).toBe(404);
    expect((await admkes.request('GET', b)).status).toBe(404);
    const other = await newTenant(app);
    expect((await (await loginAs(app.server, other.admin, PASSWORD)).request('GET', b)).status).toBe(404);
    // The same id under another cell is a different bukti: not found there.
    expect((await staff.request('GET', `${url(skp, laporan, 3)}/bukti/${bid}`)).status).toBe(404);
    expect((await kasi.request('PUT', `${url(skp, laporan, 4)}/bukti/${randomUUID()}?nama=x.png`, undefined, { raw: PNG, contentType: 'image/png' })).status).toBe(403);

    expect((await staff.post(`${url(skp, laporan, 4)}/tautan/${randomUUID()}`, { nama: 'Notulen', url: 'javascript:alert(1)' })).status).toBe(400);
    const link = await staff.post(`${url(skp, laporan, 4)}/tautan/${randomUUID()}`, { nama: 'Folder laporan', url: 'https://drive.example.go.id/laporan' });
    expect(link.status).toBe(201);
    expect(cell(await table(kasi), laporan, 4).bukti.map((x: any) => x.jenis)).toEqual(['BERKAS', 'TAUTAN']);
    expect((await kasi.del(b)).status).toBe(403);
    expect((await staff.del(b)).status).toBe(200);
    expect((await kasi.request('GET', b)).status).toBe(404);
    expect(cell(await table(), laporan, 4).bukti).toHaveLength(1);
  });

  it('umpan balik: the penilai opens threads on an RHK and on AKUNTABEL, the pegawai replies, nobody else writes', async () => {
    const ub = `/api/v1/skp/${skp.id}/umpan-balik`;
    const a = await kasi.post(ub, { rhkId, isi: 'Laporan Triwulan I lengkap; mohon lampirkan rekap per puskesmas.' });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ rhkId, kodeBerakhlak: null, balasanUntukId: null, penulis: { id: t.kasi.id, peran: 'PENILAI' } });
    const b = await kasi.post(ub, { kodeBerakhlak: 'AKUNTABEL', isi: 'Pencatatan aktivitas tepat waktu dan jujur.' });
    expect(b.status).toBe(201);
    const reply = await staff.post(ub, { rhkId, isi: 'Baik, rekap per puskesmas saya lampirkan pada Triwulan II.', balasanUntukId: a.body.id });
    expect(reply.status).toBe(201);
    expect(reply.body.penulis).toMatchObject({ id: t.staff.id, peran: 'PEGAWAI' });
    const again = await kasi.post(ub, { rhkId, isi: 'Terima kasih.', balasanUntukId: reply.body.id });
    expect(again.status).toBe(201);

    const start = await staff.post(ub, { rhkId, isi: 'Saya ingin memulai utas.' });
    expect(start.status).toBe(403);
    const wrongTarget = await staff.post(ub, { rhkId, isi: 'Balasan salah tempat', balasanUntukId: b.body.id });
    expect(wrongTarget.body.error.details.fields.balasanUntukId).toMatch(/yang sama/);
    expect((await kasi.post(ub, { rhkId, kodeBerakhlak: 'KOMPETEN', isi: 'Dua sasaran' })).body.error.details.fields.rhkId).toBe('Pilih tepat satu: RHK atau nilai BerAKHLAK');
    expect((await kasi.post(ub, { isi: 'Tanpa sasaran' })).status).toBe(400);
    expect((await kasi.post(ub, { rhkId: skp2.rhk[0].id, isi: 'RHK orang lain' })).body.error.details.fields.rhkId).toBe('RHK bukan bagian dari SKP ini');
    expect((await kabid.post(ub, { rhkId, isi: 'Saya atasan penilai' })).status).toBe(403);
    expect((await epid.post(ub, { rhkId, isi: 'Orang luar' })).status).toBe(404);
    expect((await epid.get(ub)).status).toBe(404);

    const all = (await staff.get(ub)).body;
    expect(all.akses).toEqual({ mulai: false, balas: true });
    expect((await kasi.get(ub)).body.akses).toEqual({ mulai: true, balas: true });
    expect((await kabid.get(ub)).body.akses).toEqual({ mulai: false, balas: false });
    const thread = all.rhk.find((r: any) => r.id === rhkId).utas;
    expect(thread).toHaveLength(1);
    expect(thread[0].pesan.map((p: any) => [p.penulis.peran, p.id])).toEqual([
      ['PENILAI', a.body.id], ['PEGAWAI', reply.body.id], ['PENILAI', again.body.id],
    ]);
    expect(thread[0].pesan[0].penulis.nama).toContain(t.kasi.nama);
    expect(all.rhk.find((r: any) => r.id === rhk2).utas).toEqual([]);
    const akuntabel = all.perilaku.find((p: any) => p.kode === 'AKUNTABEL');
    expect(akuntabel).toMatchObject({ label: 'Akuntabel', utas: [{ id: b.body.id, pesan: [{ isi: 'Pencatatan aktivitas tepat waktu dan jujur.' }] }] });
    expect(all.perilaku.map((p: any) => p.kode)).toHaveLength(7);
    // Each side hears about the other's message.
    const notes = (await staff.get('/api/v1/notifikasi')).body.items.filter((n: any) => n.jenis === 'UMPAN_BALIK');
    expect(notes).toHaveLength(3);
    expect(notes[0].tautan).toBe(`/skp/${skp.id}/realisasi?tab=umpan-balik`);
  });

  it('a draft SKP takes no realisasi, and a locked periode takes nothing', async () => {
    const draft = (await kasi.post('/api/v1/skp', { periodeId })).body;
    const saved = (await kasi.put(`/api/v1/skp/${draft.id}`, { rhk: [{ uraian: 'Terlaksananya pelayanan primer', iki: [{ indikator: 'Puskesmas dibina', target: 10, satuan: 'puskesmas' }] }], lampiran: LAMPIRAN, version: draft.version })).body;
    const r = await kasi.put(url(draft, saved.rhk[0].iki[0].id, 1), { nilai: 2 });
    expect(r.status).toBe(422);
    expect(r.body.error.message).toMatch(/belum disetujui/);
    expect((await kasi.post(`/api/v1/skp/${draft.id}/umpan-balik`, { rhkId: saved.rhk[0].id, isi: 'x', balasanUntukId: randomUUID() })).status).toBe(422);

    const per = (await admin.get(`/api/v1/periode/${periodeId}`)).body;
    expect((await admin.post(`/api/v1/periode/${periodeId}/kunci`, { version: per.version })).status).toBe(200);
    expect((await staff.put(url(skp, berkas, 2), { nilai: 4 })).status).toBe(422);
    expect((await kasi.post(`/api/v1/skp/${skp.id}/umpan-balik`, { rhkId, isi: 'Setelah dikunci' })).status).toBe(422);
    const tbl = await table();
    expect(tbl.akses).toEqual({ isi: false, umpanBalik: null });
    expect(tbl.periode.every((p: any) => !p.bisaDiisi && p.alasan === 'Periode kinerja sudah dikunci')).toBe(true);
  });
});
