// SKP planning over HTTP on a real database: cascade Sekda → Kepala Dinas → Kabid → Kasi → staff,
// the submission guards, approval and return, 409 on stale saves, revision, and who may see what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { testTargets } from '../support/targets.ts';

const LAMPIRAN = { dukunganSumberDaya: 'Anggaran DPA 2026', skemaPertanggungjawaban: 'Laporan bulanan ke atasan', konsekuensi: 'Sesuai ketentuan' };
const iki = (indikator: string, extra: Record<string, unknown> = {}) => ({ indikator, target: 100, satuan: '%', ...extra });

describe.each(testTargets())('SKP on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let admin: Client; let sekda: Client; let kadis: Client; let kabid: Client; let kasi: Client; let staff: Client;
  let periodeId: string;
  const tahun = new Date().getFullYear();

  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    [admin, sekda, kadis, kabid, kasi, staff] = await Promise.all([
      loginAs(app.server, t.admin, PASSWORD), loginAs(app.server, t.sekda.nip, PASSWORD), loginAs(app.server, t.kepalaDinas.nip, PASSWORD),
      loginAs(app.server, t.kabid.nip, PASSWORD), loginAs(app.server, t.kasi.nip, PASSWORD), loginAs(app.server, t.staff.nip, PASSWORD),
    ]);
    periodeId = (await admin.get('/api/v1/periode')).body[0].id;
  });
  afterAll(async () => { await app?.close(); });

  async function start(c: Client) {
    const r = await c.post('/api/v1/skp', { periodeId });
    expect(r.status).toBe(201);
    return r.body;
  }
  async function save(c: Client, skp: { id: string; version: number }, body: Record<string, unknown>) {
    return c.put(`/api/v1/skp/${skp.id}`, { lampiran: LAMPIRAN, ...body, version: skp.version });
  }

  let sekdaSkp: any; let kadisSkp: any; let kabidSkp: any;

  it('the Sekda (top of the chain, JPT) plans without intervensi; the admin records the approval', async () => {
    sekdaSkp = await start(sekda);
    expect(sekdaSkp).toMatchObject({ model: 'JPT', status: 'DRAFT', versi: 1, penilai: null, mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31` });
    const s = await save(sekda, sekdaSkp, { rhk: [{ uraian: 'Meningkatnya kualitas tata kelola pemerintahan daerah', iki: [iki('Indeks reformasi birokrasi', { target: 75, satuan: 'poin', perspektif: 'PROSES_BISNIS_INTERNAL' })] }] });
    expect(s.status).toBe(200);
    expect(s.body.kekurangan).toEqual([]);
    const a = await sekda.post(`/api/v1/skp/${sekdaSkp.id}/ajukan`, { version: s.body.version });
    expect(a.body).toMatchObject({ status: 'DIAJUKAN', akses: { ubah: false, setujui: false } });
    // Nobody in the system is the Sekda's penilai: the kepala daerah signs on paper, the admin records it.
    expect((await sekda.post(`/api/v1/skp/${sekdaSkp.id}/setujui`, { version: a.body.version })).status).toBe(403);
    const ok = await admin.post(`/api/v1/skp/${sekdaSkp.id}/setujui`, { version: a.body.version });
    expect(ok.body.status).toBe('DISETUJUI');
    sekdaSkp = ok.body;
  });

  it('lists every missing piece of a kepala dinas\'s SKP on submission and changes nothing', async () => {
    kadisSkp = await start(kadis);
    expect(kadisSkp.model).toBe('JPT');
    expect(kadisSkp.penilai.nip.replace(/\s/g, '')).toBe(t.sekda.nip);
    expect(kadisSkp.rhkAtasan.map((r: { uraian: string }) => r.uraian)).toEqual(['Meningkatnya kualitas tata kelola pemerintahan daerah']);
    const r = await kadis.post(`/api/v1/skp/${kadisSkp.id}/ajukan`, { version: kadisSkp.version });
    expect(r.status).toBe(422);
    expect(r.body.error.details.kekurangan).toEqual([
      'Belum ada RHK utama; tambahkan paling sedikit satu',
      'Lampiran: dukungan sumber daya belum diisi',
      'Lampiran: skema pertanggungjawaban belum diisi',
      'Lampiran: konsekuensi belum diisi',
    ]);
    expect((await kadis.get(`/api/v1/skp/${kadisSkp.id}`)).body).toMatchObject({ status: 'DRAFT', version: kadisSkp.version });
  });

  it('JPT IKI need a perspektif; the Sekda approves the kepala dinas', async () => {
    const body = { rhk: [
      { uraian: 'Meningkatnya derajat kesehatan masyarakat', intervensiRhkId: sekdaSkp.rhk[0].id, iki: [iki('Angka harapan hidup', { target: 71.5, satuan: 'tahun' })] },
      { uraian: 'Meningkatnya mutu pelayanan kesehatan', iki: [iki('Persentase puskesmas terakreditasi paripurna', { target: 61.95, perspektif: 'PENERIMA_LAYANAN' })] },
    ] };
    const s = await save(kadis, kadisSkp, body);
    expect(s.body.kekurangan).toEqual(['RHK utama 1, IKI 1: pilih perspektif']);
    body.rhk[0]!.iki[0] = iki('Angka harapan hidup', { target: 71.5, satuan: 'tahun', perspektif: 'PENERIMA_LAYANAN' });
    const s2 = await save(kadis, s.body, body);
    expect(s2.body.kekurangan).toEqual([]);
    expect(s2.body.rhk[0]).toMatchObject({ intervensiUraian: 'Meningkatnya kualitas tata kelola pemerintahan daerah' });
    const a = await kadis.post(`/api/v1/skp/${kadisSkp.id}/ajukan`, { version: s2.body.version });
    expect(a.body.status).toBe('DIAJUKAN');
    expect((await sekda.get(`/api/v1/skp?periodeId=${periodeId}&lingkup=bawahan`)).body
      .find((x: { pegawai: { id: string } }) => x.pegawai.id === t.kepalaDinas.id)).toMatchObject({ status: 'DIAJUKAN', jumlahRhk: 2 });
    // Those below or beside the kepala dinas cannot approve, and cannot even see it.
    expect((await kabid.post(`/api/v1/skp/${kadisSkp.id}/setujui`, { version: a.body.version })).status).toBe(404);
    expect((await staff.get(`/api/v1/skp/${kadisSkp.id}`)).status).toBe(404);
    // The owner cannot approve their own SKP.
    expect((await kadis.post(`/api/v1/skp/${kadisSkp.id}/setujui`, { version: a.body.version })).status).toBe(403);
    const ok = await sekda.post(`/api/v1/skp/${kadisSkp.id}/setujui`, { version: a.body.version });
    expect(ok.body).toMatchObject({ status: 'DISETUJUI', kekurangan: [] });
    expect(ok.body.disetujuiAt).toBeTruthy();
    kadisSkp = ok.body;
    expect((await kadis.put(`/api/v1/skp/${kadisSkp.id}`, { rhk: [], version: kadisSkp.version })).status).toBe(422);
  });

  it('a kabid (JA) must pick the kepala dinas\'s RHK, never another one', async () => {
    kabidSkp = await start(kabid);
    expect(kabidSkp).toMatchObject({ model: 'JA_JF', pendekatan: 'KUALITATIF' });
    expect(kabidSkp.rhkAtasan).toHaveLength(2);
    const foreign = await save(kabid, kabidSkp, { rhk: [{ uraian: 'X', intervensiRhkId: sekdaSkp.rhk[0].id }] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details.fields['rhk.0.intervensiRhkId']).toBe('Pilih RHK dari SKP pejabat penilai Anda');
    const noPick = await save(kabid, kabidSkp, { rhk: [{ uraian: 'Meningkatnya cakupan pelayanan kesehatan primer', iki: [iki('Cakupan layanan primer')] }] });
    expect(noPick.body.kekurangan).toEqual(['RHK utama 1: pilih RHK atasan yang diintervensi']);
    const picked = await save(kabid, noPick.body, { rhk: [{ ...noPick.body.rhk[0], intervensiRhkId: kadisSkp.rhk[1].id }] });
    expect(picked.body.kekurangan).toEqual([]);
    expect(picked.body.rhk[0].id).toBe(noPick.body.rhk[0].id);
    kabidSkp = picked.body;
  });

  it('a stale save gets 409 with what differs; nothing is overwritten; every save is audited', async () => {
    const mine = { rhk: [{ ...kabidSkp.rhk[0], uraian: 'Versi tab kedua' }] };
    const first = await save(kabid, kabidSkp, { rhk: [{ ...kabidSkp.rhk[0], iki: [iki('Cakupan layanan primer', { target: 95 })] }] });
    expect(first.status).toBe(200);
    const second = await save(kabid, kabidSkp, mine);
    expect(second.status).toBe(409);
    expect(second.body.error.details.current).toMatchObject({ version: first.body.version, diubahOleh: expect.any(String) });
    expect(second.body.error.details.current.perubahan).toEqual(expect.arrayContaining([
      { bagian: 'RHK 1 — uraian', tersimpan: 'Meningkatnya cakupan pelayanan kesehatan primer', milikAnda: 'Versi tab kedua' },
      { bagian: 'RHK 1, IKI 1 — target', tersimpan: '95 %', milikAnda: '100 %' },
    ]));
    const now = (await kabid.get(`/api/v1/skp/${kabidSkp.id}`)).body;
    expect(now.rhk[0]).toMatchObject({ uraian: 'Meningkatnya cakupan pelayanan kesehatan primer', iki: [{ target: 95 }] });
    const trail = (await kabid.get(`/api/v1/skp/${kabidSkp.id}/riwayat`)).body;
    expect(trail[0]).toMatchObject({ aksi: 'UPDATE', perubahan: [{ bagian: 'RHK 1, IKI 1 — target', tersimpan: '100 %', milikAnda: '95 %' }] });
    expect(trail.at(-1).aksi).toBe('CREATE');
    kabidSkp = now;
  });

  it('the kabid hands an RHK down to the kasi through the matriks peran hasil', async () => {
    const rhkId = kabidSkp.rhk[0].id;
    const r = await kabid.post('/api/v1/skp/turunkan', { rhkId, pegawaiIds: [t.kasi.id, t.staff.id] });
    expect(r.body.ditambahkan).toEqual([t.kasi.id]);
    expect(r.body.dilewati).toEqual([{ pegawaiId: t.staff.id, alasan: 'Bukan bawahan langsung Anda' }]);
    expect((await kabid.post('/api/v1/skp/turunkan', { rhkId, pegawaiIds: [t.kasi.id] })).body.dilewati[0].alasan).toBe('RHK ini sudah ada di SKP-nya');
    const kasiList = (await kasi.get(`/api/v1/skp?periodeId=${periodeId}`)).body;
    expect(kasiList).toHaveLength(1);
    const kasiSkp = (await kasi.get(`/api/v1/skp/${kasiList[0].id}`)).body;
    expect(kasiSkp.rhk).toEqual([expect.objectContaining({ jenis: 'UTAMA', uraian: kabidSkp.rhk[0].uraian, intervensiRhkId: rhkId })]);
    const m = (await kabid.get(`/api/v1/skp/matriks?periodeId=${periodeId}`)).body;
    expect(m.baris.map((b: { id: string }) => b.id)).toEqual([rhkId]);
    const kolom = Object.fromEntries(m.kolom.map((k: { pegawai: { id: string }; status: string }) => [k.pegawai.id, k.status]));
    expect(kolom).toEqual({ [t.kasi.id]: 'DRAFT', [t.stafBidang[0]!.id]: 'BELUM_MULAI', [t.stafBidang[1]!.id]: 'BELUM_MULAI' });
    expect(m.sel[rhkId][t.kasi.id]).toEqual([{ id: kasiSkp.rhk[0].id, uraian: kabidSkp.rhk[0].uraian }]);
    // Handing down someone else's RHK is not possible.
    expect((await kasi.post('/api/v1/skp/turunkan', { rhkId, pegawaiIds: [t.staff.id] })).status).toBe(404);
    // An RHK that a subordinate intervenes cannot be deleted from under them.
    const del = await save(kabid, kabidSkp, { rhk: [] });
    expect(del.status).toBe(400);
    expect(del.body.error.details.fields.rhk).toMatch(/sudah diintervensi/);
  });

  it('returns with a catatan, then approves after the fix; only the recorded penilai decides', async () => {
    const a = await kabid.post(`/api/v1/skp/${kabidSkp.id}/ajukan`, { version: (await kabid.get(`/api/v1/skp/${kabidSkp.id}`)).body.version });
    expect(a.body.status).toBe('DIAJUKAN');
    expect((await kadis.post(`/api/v1/skp/${kabidSkp.id}/kembalikan`, { version: a.body.version, catatan: ' ' })).status).toBe(400);
    expect((await sekda.post(`/api/v1/skp/${kabidSkp.id}/kembalikan`, { version: a.body.version, catatan: 'Bukan penilai' })).status).toBe(403);
    const back = await kadis.post(`/api/v1/skp/${kabidSkp.id}/kembalikan`, { version: a.body.version, catatan: 'Target cakupan terlalu rendah, naikkan ke 98 %' });
    expect(back.body).toMatchObject({ status: 'DRAFT', catatanPengembalian: 'Target cakupan terlalu rendah, naikkan ke 98 %' });
    const fixed = await save(kabid, back.body, { rhk: [{ ...back.body.rhk[0], iki: [{ ...back.body.rhk[0].iki[0], target: 98 }] }] });
    const again = await kabid.post(`/api/v1/skp/${kabidSkp.id}/ajukan`, { version: fixed.body.version });
    expect(again.body).toMatchObject({ status: 'DIAJUKAN', catatanPengembalian: null });
    const ek = await kadis.put(`/api/v1/skp/${kabidSkp.id}/ekspektasi`, { ekspektasi: { BERORIENTASI_PELAYANAN: 'Respons keluhan puskesmas ≤ 2 hari' }, version: again.body.version });
    expect(ek.body.ekspektasi).toEqual({ BERORIENTASI_PELAYANAN: 'Respons keluhan puskesmas ≤ 2 hari' });
    expect((await kabid.put(`/api/v1/skp/${kabidSkp.id}/ekspektasi`, { ekspektasi: {}, version: ek.body.version })).status).toBe(403);
    const ok = await kadis.post(`/api/v1/skp/${kabidSkp.id}/setujui`, { version: ek.body.version });
    expect(ok.body.status).toBe('DISETUJUI');
    expect(ok.body.penilai.id).toBe(t.kepalaDinas.id);
    kabidSkp = ok.body;
    const trail = (await kabid.get(`/api/v1/skp/${kabidSkp.id}/riwayat`)).body.map((x: { aksi: string }) => x.aksi);
    expect(trail.slice(0, 5)).toEqual(['SETUJUI', 'EKSPEKTASI', 'AJUKAN', 'UPDATE', 'KEMBALIKAN']);
  });

  it('a mid-year revision opens version 2 and closes version 1 the day before', async () => {
    const bad = await kabid.post(`/api/v1/skp/${kabidSkp.id}/revisi`, { version: kabidSkp.version, jenis: 'UBAH_TARGET', alasan: 'Refocusing anggaran', berlakuMulai: `${tahun}-01-01` });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.berlakuMulai).toMatch(/harus setelah/);
    expect((await staff.post(`/api/v1/skp/${kabidSkp.id}/revisi`, { version: kabidSkp.version, jenis: 'UBAH_TARGET', alasan: 'Bukan saya', berlakuMulai: `${tahun}-07-01` })).status).toBe(404);
    const r = await kabid.post(`/api/v1/skp/${kabidSkp.id}/revisi`, { version: kabidSkp.version, jenis: 'UBAH_TARGET', alasan: 'Refocusing anggaran semester II', berlakuMulai: `${tahun}-07-01` });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ versi: 2, status: 'DRAFT', mulai: `${tahun}-07-01`, selesai: `${tahun}-12-31`, jenisRevisi: 'UBAH_TARGET', revisiDariId: kabidSkp.id });
    expect(r.body.rhk.map((x: { uraian: string }) => x.uraian)).toEqual(kabidSkp.rhk.map((x: { uraian: string }) => x.uraian));
    expect(r.body.ekspektasi).toEqual(kabidSkp.ekspektasi);
    const old = (await kabid.get(`/api/v1/skp/${kabidSkp.id}`)).body;
    expect(old).toMatchObject({ status: 'DISETUJUI', selesai: `${tahun}-06-30`, akses: { ubah: false, revisi: false } });
    expect(old.versiLain.map((v: { versi: number }) => v.versi)).toEqual([1, 2]);
    expect((await kabid.put(`/api/v1/skp/${kabidSkp.id}`, { rhk: [], version: old.version })).status).toBe(422);
    // The kasi's RHK still points at version 1's row; the matrix follows it to version 2.
    const m = (await kabid.get(`/api/v1/skp/matriks?periodeId=${periodeId}`)).body;
    expect(m.skpId).toBe(r.body.id);
    expect(m.sel[r.body.rhk[0].id][t.kasi.id]).toHaveLength(1);
    const s = await save(kabid, r.body, { rhk: [{ ...r.body.rhk[0], iki: [{ ...r.body.rhk[0].iki[0], target: 90 }] }] });
    expect((await kabid.post(`/api/v1/skp/${r.body.id}/ajukan`, { version: s.body.version })).body.status).toBe('DIAJUKAN');
  });

  it('the admin corrects a wrong penilai; then only the new penilai decides', async () => {
    const kasiSkp = (await kasi.get(`/api/v1/skp?periodeId=${periodeId}`)).body[0];
    let doc = (await kasi.get(`/api/v1/skp/${kasiSkp.id}`)).body;
    expect(doc.penilai.id).toBe(t.kabid.id);
    expect((await kasi.put(`/api/v1/skp/${doc.id}/penilai`, { version: doc.version, penilaiId: t.kasi.id, alasan: 'Saya sendiri' })).status).toBe(403);
    const self = await admin.put(`/api/v1/skp/${doc.id}/penilai`, { version: doc.version, penilaiId: t.kasi.id, alasan: 'Salah pilih' });
    expect(self.body.error.details.fields.penilaiId).toMatch(/dirinya sendiri/);
    const g = await admin.put(`/api/v1/skp/${doc.id}/penilai`, { version: doc.version, penilaiId: t.kepalaDinas.id, alasan: 'Jabatan kabid kosong, dinilai langsung kepala dinas' });
    expect(g.body).toMatchObject({ penilaiSumber: 'ADMIN', penilai: { id: t.kepalaDinas.id }, penilaiAlasan: 'Jabatan kabid kosong, dinilai langsung kepala dinas' });
    // The kasi's intervensi pointed at the kabid's RHK: with the new penilai it must be chosen again.
    doc = g.body;
    expect(doc.kekurangan).toContain('RHK utama 1: RHK atasan yang diintervensi bukan milik pejabat penilai saat ini; pilih ulang');
    const s = await save(kasi, doc, { rhk: [{ ...doc.rhk[0], intervensiRhkId: kadisSkp.rhk[0].id, iki: [iki('Puskesmas melayani sesuai standar')] }] });
    expect(s.body.kekurangan).toEqual([]);
    const a = await kasi.post(`/api/v1/skp/${doc.id}/ajukan`, { version: s.body.version });
    expect((await kabid.post(`/api/v1/skp/${doc.id}/setujui`, { version: a.body.version })).status).toBe(403);
    expect((await kadis.get(`/api/v1/skp?periodeId=${periodeId}&lingkup=dinilai`)).body.map((x: { id: string }) => x.id)).toContain(doc.id);
    expect((await kadis.post(`/api/v1/skp/${doc.id}/setujui`, { version: a.body.version })).body.status).toBe('DISETUJUI');
  });

  it('templates per jabatan: written by the admin, applied by the pegawai; a pegawai cannot write one', async () => {
    const jabatanId = (await admin.get(`/api/v1/pegawai/${t.staff.id}`)).body.jabatan.id;
    const tpl = await admin.post('/api/v1/skp-template', { jabatanId, nama: 'Pengolah data standar', rhk: [
      { uraian: 'Tersedianya data layanan kesehatan primer yang mutakhir', iki: [iki('Persentase data terverifikasi')], rencanaAksi: [{ bulan: 1, uraian: 'Rekap data Januari' }] },
    ] });
    expect(tpl.status).toBe(201);
    expect((await staff.post('/api/v1/skp-template', { jabatanId, nama: 'Milik saya', rhk: [{ uraian: 'x' }] })).status).toBe(403);
    // The kasi is the staff's atasan, so may write templates for that jabatan.
    expect((await kasi.post('/api/v1/skp-template', { jabatanId, nama: 'Dari kasi', rhk: [{ uraian: 'Laporan' }] })).status).toBe(201);
    const list = (await staff.get(`/api/v1/skp-template?jabatanId=${jabatanId}`)).body;
    expect(list.map((x: { nama: string }) => x.nama)).toEqual(['Dari kasi', 'Pengolah data standar']);
    const c = await staff.post('/api/v1/skp', { periodeId, sumber: 'TEMPLATE', templateId: tpl.body.id });
    expect(c.body.rhk).toEqual([expect.objectContaining({ uraian: 'Tersedianya data layanan kesehatan primer yang mutakhir', intervensiRhkId: null,
      rencanaAksi: [expect.objectContaining({ bulan: 1, uraian: 'Rekap data Januari' })] })]);
    expect((await staff.post('/api/v1/skp', { periodeId })).status).toBe(409);
    const upd = await admin.put(`/api/v1/skp-template/${tpl.body.id}`, { jabatanId, nama: 'Pengolah data', rhk: tpl.body.rhk, version: tpl.body.version });
    expect(upd.body.version).toBe(2);
    expect((await admin.put(`/api/v1/skp-template/${tpl.body.id}`, { jabatanId, nama: 'Lama', rhk: tpl.body.rhk, version: 1 })).status).toBe(409);
    expect((await admin.del(`/api/v1/skp-template/${tpl.body.id}`)).status).toBe(200);
  });

  it('copies last year\'s plan without its intervensi; a locked periode refuses every change', async () => {
    const last = await admin.post('/api/v1/periode', { tahun: tahun - 1, mulai: `${tahun - 1}-01-01`, selesai: `${tahun - 1}-12-31` });
    const kasiPrev = (await kasi.post('/api/v1/skp', { periodeId: last.body.id })).body;
    expect(kasiPrev.rhkAtasan).toEqual([]);
    await kasi.put(`/api/v1/skp/${kasiPrev.id}`, { rhk: [{ uraian: 'Terbinanya puskesmas', intervensiTeks: 'RHK kabid tahun lalu', iki: [iki('Puskesmas terbina')] }], lampiran: LAMPIRAN, version: kasiPrev.version });
    const dokter = t.pegawai.find((p) => p.unitKode === 'DINKES-YANKES-PRIMER' && p.jabatanKode.includes('DOKTER'))!;
    const dc = await loginAs(app.server, dokter.nip, PASSWORD);
    expect((await dc.post('/api/v1/skp', { periodeId, sumber: 'TAHUN_LALU' })).body.error.message).toBe(`Tidak ada SKP tahun ${tahun - 1} untuk disalin`);
    const kasiNow = (await kasi.get(`/api/v1/skp?periodeId=${periodeId}`)).body;
    expect(kasiNow).toHaveLength(1); // already has this year's (handed down); copying is for a fresh start
    const lock = await admin.post(`/api/v1/periode/${last.body.id}/kunci`, { version: last.body.version });
    expect(lock.body.status).toBe('DIKUNCI');
    const doc = (await kasi.get(`/api/v1/skp/${kasiPrev.id}`)).body;
    expect(doc.akses.ubah).toBe(false);
    expect((await kasi.put(`/api/v1/skp/${kasiPrev.id}`, { rhk: [], version: doc.version })).status).toBe(422);
    expect((await kasi.post(`/api/v1/skp/${kasiPrev.id}/ajukan`, { version: doc.version })).status).toBe(422);
    await admin.post(`/api/v1/periode/${last.body.id}/buka`, { version: lock.body.version });
    // The dokter starts this year from nothing; the staff's template start was checked above. Now copy.
    const prevStaff = await staff.post('/api/v1/skp', { periodeId: last.body.id });
    await staff.put(`/api/v1/skp/${prevStaff.body.id}`, { rhk: [{ uraian: 'Data tahun lalu', intervensiTeks: 'RHK kasi', iki: [iki('Data valid')] }], lampiran: LAMPIRAN, version: prevStaff.body.version });
    const epid = t.pegawai.find((p) => p.jabatanKode.includes('EPID'))!;
    const ec = await loginAs(app.server, epid.nip, PASSWORD);
    const ePrev = (await ec.post('/api/v1/skp', { periodeId: last.body.id })).body;
    await ec.put(`/api/v1/skp/${ePrev.id}`, { rhk: [{ uraian: 'Terlaksananya surveilans epidemiologi', intervensiTeks: 'RHK kabid', iki: [iki('Laporan surveilans', { target: 12, satuan: 'laporan' })] }], lampiran: LAMPIRAN, version: ePrev.version });
    const copy = await ec.post('/api/v1/skp', { periodeId, sumber: 'TAHUN_LALU' });
    expect(copy.status).toBe(201);
    expect(copy.body.rhk).toEqual([expect.objectContaining({ uraian: 'Terlaksananya surveilans epidemiologi', intervensiRhkId: null, intervensiTeks: null,
      iki: [expect.objectContaining({ indikator: 'Laporan surveilans', target: 12, satuan: 'laporan' })] })]);
    expect(copy.body.lampiran).toEqual(LAMPIRAN);
  });

  it('admin progress counts the latest version of each pegawai; other tenants see nothing', async () => {
    const p = (await admin.get(`/api/v1/skp/progres?periodeId=${periodeId}`)).body;
    const sum = Object.values(p.total as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBe(t.pegawai.length);
    expect(p.total.DISETUJUI).toBe(3); // sekda, kepala dinas, kasi (the kabid's version 2 is submitted)
    expect(p.total.DIAJUKAN).toBe(1);
    const dinkes = p.unit.find((u: { nama: string }) => u.nama === 'Dinas Kesehatan');
    expect(dinkes.jumlah.DISETUJUI).toBe(1);
    const other = await newTenant(app);
    const oa = await loginAs(app.server, other.admin, PASSWORD);
    expect((await oa.get(`/api/v1/skp/progres?periodeId=${periodeId}`)).status).toBe(404);
    expect((await oa.get(`/api/v1/skp/${kadisSkp.id}`)).status).toBe(404);
    const oKadis = await loginAs(app.server, other.kepalaDinas.nip, PASSWORD);
    expect((await oKadis.post(`/api/v1/skp/${kabidSkp.id}/setujui`, { version: 1 })).status).toBe(404);
  });
});
